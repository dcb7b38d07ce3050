import type { Database } from "../db/client.ts";
import {
  completeOrder,
  ordersGoingOut,
  progressMessageState,
  recordProgressShown,
} from "../db/orders/order-progress-state.ts";
import { type OrderCounts, orderCounts, orderRecipients } from "../db/orders/order-status.ts";
import { LANGUAGES, type Translate } from "../i18n/translator.ts";
import type { Logger } from "../logger.ts";
import type { DeliveryLine } from "./delivery-line.ts";
import type { MessageSender, RenderedMessage } from "./message-sender.ts";
import { startPeriodic } from "./periodic.ts";

/** The progress message is edited at most this often, and only when its numbers changed. */
export const PROGRESS_EVERY_MS = 3_000;

/** How many unreachable people the final summary names; the others are counted. */
export const SUMMARY_NAMES = 10;

/** The longest an edit waits for its turn among the outbox's sends; else it waits a round. */
const MAX_EDIT_WAIT_MS = 1_000;

export interface OrderProgressDeps {
  db: Database;
  logger: Logger;
  translate: Translate;
  /** Absent while no messenger is configured: nothing is edited, orders are still completed. */
  sender?: MessageSender;
  /** The line the outbox sends in (startJobs shares one): edits count against the same limits. */
  line?: DeliveryLine;
  /** Names this process in the job's lease: one instance edits at a time. */
  instanceId: string;
  /** How often to look at the orders going out (default a second). */
  intervalMs?: number;
  now?: () => Date;
}

/** ru "1 234" with a narrow no-break space between thousands, en "1,234". */
export function formatCount(value: number, language: string): string {
  return String(value).replace(/\B(?=(\d{3})+(?!\d))/g, language === "en" ? "," : "\u202F");
}

type OrderInProgress = Awaited<ReturnType<typeof ordersGoingOut>>[number];

/**
 * One round over the orders going out: the coordinator's progress message is edited when its
 * numbers changed and PROGRESS_EVERY_MS have passed since it last changed (what it shows and when
 * are kept on the order, so a restarted process goes on from there). Once nothing is pending, a
 * last edit shows the final numbers and the summary is queued with the order's `completedAt`.
 * Returns how many messages were edited and orders completed.
 */
export async function updateOrderProgress(
  deps: OrderProgressDeps,
  now: Date = deps.now?.() ?? new Date(),
): Promise<{ edited: number; completed: number }> {
  let edited = 0;
  let completed = 0;
  for (const order of await ordersGoingOut(deps.db.prisma)) {
    try {
      const outcome = await progressOf(deps, order, now);
      if (outcome.edited) edited++;
      if (outcome.completed) completed++;
    } catch (error) {
      // One order's trouble never holds the others' progress back.
      deps.logger.error({ msg: "order progress failed", orderId: order.id, err: error });
    }
  }
  return { edited, completed };
}

async function progressOf(
  deps: OrderProgressDeps,
  order: OrderInProgress,
  now: Date,
): Promise<{ edited: boolean; completed: boolean }> {
  const prisma = deps.db.prisma;
  const counts = await orderCounts(prisma, order.id);
  const done = counts.pending === 0;
  const progress = order.progressOutboxId
    ? await progressMessageState(prisma, order.progressOutboxId)
    : null;
  // Ordered from the command line: nobody watches, the order is only marked complete.
  if (!progress) return { edited: false, completed: done && (await complete(deps, order, now)) };
  // The progress message itself is still on its way (it goes first): nothing to edit yet.
  if (progress.status === "pending") return { edited: false, completed: false };
  const message = progressMessage(deps.translate, progress.person.language, order, counts, done);
  const changed = message.text !== order.progressText;
  const editable = progress.status === "sent" && progress.sentMessageId !== null && deps.sender;
  let edited = false;
  if (editable && changed) {
    const shownAt = order.progressShownAt?.getTime() ?? 0;
    if (now.getTime() - shownAt < PROGRESS_EVERY_MS) return { edited: false, completed: false };
    const to = { chat: String(progress.person.telegramId), group: false };
    const turn = (await deps.line?.take(to, MAX_EDIT_WAIT_MS)) ?? { go: true };
    if (!turn.go) return { edited: false, completed: false };
    const result = await deps.sender?.edit(
      progress.person,
      progress.sentMessageId as string,
      message,
    );
    deps.line?.answered(to);
    if (result && !result.ok && !result.permanent) {
      // Telegram asks to slow down (or failed for a moment): this round shows nothing more.
      if (result.retryAfterMs !== undefined) deps.line?.slowDown(to, result.retryAfterMs);
      return { edited: false, completed: false };
    }
    // A message that cannot be edited (deleted, say) is left as it is; the summary still comes.
    edited = result?.ok ?? false;
  }
  const shown = edited ? { progressText: message.text, progressShownAt: now } : {};
  if (done)
    return {
      edited,
      completed: await complete(deps, order, now, { coordinatorId: progress.personId, shown }),
    };
  if (edited) await recordProgressShown(prisma, order.id, shown);
  return { edited, completed: false };
}

/** The progress message with these numbers, in the coordinator's language. */
function progressMessage(
  translate: Translate,
  language: string,
  order: OrderInProgress,
  counts: OrderCounts,
  done: boolean,
): RenderedMessage {
  const count = (value: number) => formatCount(value, language);
  return {
    text: translate(language, done ? "order-progress-done" : "order-progress-sending", {
      title: order.title,
      delivered: count(counts.delivered),
      recipients: count(counts.recipients),
      unreachable: count(counts.unreachable),
      pending: count(counts.pending),
    }),
    buttons: [
      [
        {
          label: translate(language, "order-open-button"),
          action: { kind: "open-order", orderId: order.id },
        },
      ],
    ],
  };
}

/**
 * Marks the order complete and, when a coordinator watches it, queues the summary — in one
 * transaction, so it is queued once even when two rounds race. Returns false if already done.
 */
async function complete(
  deps: OrderProgressDeps,
  order: OrderInProgress,
  now: Date,
  watched?: { coordinatorId: number; shown: { progressText?: string; progressShownAt?: Date } },
): Promise<boolean> {
  const summary = watched ? await summaryMessage(deps, order) : undefined;
  const completed = await completeOrder(
    deps.db.prisma,
    order.id,
    now,
    watched?.shown ?? {},
    watched && summary ? { to: watched.coordinatorId, message: summary } : undefined,
  );
  if (completed) deps.logger.info({ msg: "order delivery complete", orderId: order.id });
  return completed;
}

/** The final summary: numbers, the first unreachable people with their schools, acknowledgements. */
async function summaryMessage(deps: OrderProgressDeps, order: OrderInProgress) {
  const prisma = deps.db.prisma;
  const counts = await orderCounts(prisma, order.id);
  const unreachable = (await orderRecipients(prisma, order.id)).filter(
    (row) => row.state === "unreachable",
  );
  // Names and schools are data; the sentences around them are rendered in both languages, and
  // the outbox picks the coordinator's when it sends.
  const inBoth = (render: (language: string) => string) =>
    Object.fromEntries(LANGUAGES.map((language) => [language, render(language)])) as {
      ru: string;
      en: string;
    };
  const details = inBoth((language) => {
    const t = (key: string, params?: Record<string, string>) =>
      deps.translate(language, key, params);
    const count = (value: number) => formatCount(value, language);
    const lines = [
      t("order-summary-delivered", {
        delivered: count(counts.delivered),
        recipients: count(counts.recipients),
      }),
    ];
    if (unreachable.length === 0) lines.push(t("order-summary-reached-all"));
    else {
      lines.push(t("order-summary-unreachable", { count: count(unreachable.length) }));
      for (const row of unreachable.slice(0, SUMMARY_NAMES))
        lines.push(
          row.schoolName
            ? t("order-summary-person-at", { name: row.fullName, school: row.schoolName })
            : t("order-summary-person", { name: row.fullName }),
        );
      if (unreachable.length > SUMMARY_NAMES)
        lines.push(t("order-summary-more", { count: count(unreachable.length - SUMMARY_NAMES) }));
    }
    if (order.requiresAck)
      lines.push(
        t("order-summary-acknowledged", {
          acknowledged: count(counts.acknowledged),
          delivered: count(counts.delivered),
        }),
      );
    return lines.join("\n");
  });
  return {
    key: "order-summary",
    params: { title: order.title, details },
    buttons: [
      [
        {
          kind: "action" as const,
          labelKey: "order-open-button",
          action: { kind: "open-order" as const, orderId: order.id },
        },
      ],
    ],
  };
}

/** Edits the progress messages of orders going out and completes those delivered. */
export function startOrderProgress(deps: OrderProgressDeps): { stop(): Promise<void> } {
  return startPeriodic(
    deps.intervalMs ?? 1_000,
    async () => {
      try {
        await updateOrderProgress(deps);
      } catch (error) {
        deps.logger.error({ msg: "order progress failed", err: error });
      }
    },
    { ...deps, name: "order-progress" },
  );
}
