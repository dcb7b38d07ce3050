import type { Database } from "../db/client.ts";
import { claimDueMessages, type DueMessage, markFailed, markSent, postpone } from "../db/outbox.ts";
import { setPersonBlocked } from "../db/people/people.ts";
import { findFileToSend, rememberTelegramFileId } from "../db/stored-files.ts";
import { DeliveryPacer, TELEGRAM_LIMITS } from "../domain/delivery-pacing.ts";
import { escapeHtml } from "../domain/orders/rich-text.ts";
import { type ParsedOutgoingMessage, renderParam } from "../domain/outgoing-message.ts";
import type { Translate } from "../i18n/translator.ts";
import type { Logger } from "../logger.ts";
import type { MessageSender, RenderedMessage } from "./message-sender.ts";

export interface OutboxSenderDeps {
  db: Database;
  sender: MessageSender;
  translate: Translate;
  logger: Logger;
  /** This worker's name in its claims (see instance.ts). */
  instanceId: string;
  /**
   * How long a claim on a batch holds (default a minute): longer than a batch takes to send, and
   * how long the messages of an instance that died wait before another instance sends them.
   */
  leaseMs?: number;
  /** Pause between polls when the queue is empty. */
  idleMs?: number;
  batchSize?: number;
  now?: () => Date;
  /** Keeps sends within the messenger's limits (startOutboxSender makes one from `perSecond`). */
  pacer?: DeliveryPacer;
  /** Messages a second over all chats (default Telegram's 30; up to 1,000 with paid broadcasts). */
  perSecond?: number;
}

export const DEFAULT_OUTBOX_LEASE_MS = 60_000;

/** The longest pause for pacing inside a batch; a message that must wait longer is put back. */
const MAX_WAIT_IN_BATCH_MS = 2_000;

/**
 * Renders a queued message in the recipient's language. A message with a formatted part is sent
 * as HTML: the translated text is escaped, the part (checked when it was stored) follows it.
 */
export function renderMessage(
  translate: Translate,
  language: string,
  due: ParsedOutgoingMessage,
): RenderedMessage {
  const params: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(due.params))
    params[name] = renderParam(value, language, translate);
  const text = translate(language, due.key, params);
  return {
    ...(due.html === undefined
      ? { text }
      : { text: `${escapeHtml(text.trimEnd())}\n\n${due.html}`, html: true }),
    buttons: due.buttons.map((row) =>
      row.map((button) =>
        button.kind === "url"
          ? { label: translate(language, button.labelKey), url: button.url }
          : { label: translate(language, button.labelKey), action: button.action },
      ),
    ),
  };
}

/**
 * Sends one batch of due messages; returns how many were attempted. Each message fails alone: one
 * that cannot be read, rendered or sent is recorded as failed (for good, or to retry later) and
 * the batch goes on, so a single bad row never holds the others back.
 */
export async function sendDueMessages(deps: OutboxSenderDeps): Promise<number> {
  const now = deps.now?.() ?? new Date();
  const batch = await claimDueMessages(deps.db, {
    holder: deps.instanceId,
    now,
    leaseMs: deps.leaseMs ?? DEFAULT_OUTBOX_LEASE_MS,
    limit: deps.batchSize ?? 25,
  });
  for (const due of batch) {
    try {
      await sendOne(deps, due, now);
    } catch (error) {
      // Rendering or sending threw something unforeseen: this message is tried again later.
      deps.logger.error({ msg: "outbox message could not be sent", outboxId: due.id, err: error });
      await markFailed(
        deps.db.prisma,
        due.id,
        deps.instanceId,
        due.attempts,
        error instanceof Error ? error.message : String(error),
        now,
        { deliveryId: due.deliveryId },
      );
    }
  }
  return batch.length;
}

async function sendOne(deps: OutboxSenderDeps, due: DueMessage, now: Date): Promise<void> {
  const prisma = deps.db.prisma;
  const holder = deps.instanceId;
  if ("unreadable" in due.message) {
    deps.logger.error({
      msg: "outbox message unreadable",
      outboxId: due.id,
      reason: due.message.unreadable,
    });
    await markFailed(prisma, due.id, holder, due.attempts, due.message.unreadable, now, {
      permanent: true,
      deliveryId: due.deliveryId,
    });
    return;
  }
  if (due.person.blockedAt || due.person.telegramId === null) {
    await markFailed(prisma, due.id, holder, due.attempts, "recipient unreachable", now, {
      permanent: true,
      deliveryId: due.deliveryId,
    });
    return;
  }
  const rendered = renderMessage(deps.translate, due.person.language, due.message);
  if (due.message.document) {
    const file = await findFileToSend(prisma, due.message.document.fileId);
    if (!file) {
      await markFailed(prisma, due.id, holder, due.attempts, "the document is gone", now, {
        permanent: true,
        deliveryId: due.deliveryId,
      });
      return;
    }
    rendered.document = {
      name: file.name,
      messengerFileId: file.telegramFileId,
      content: file.content,
    };
  }
  // Outbox recipients are people: their private chats.
  const to = { chat: String(due.person.telegramId), group: false };
  const wait = deps.pacer?.delayFor(to, Date.now()) ?? 0;
  // A long wait (a chat told to hold off by a 429, many messages to one chat) is not sat out
  // holding the claim: the message goes back to the queue for then, and the batch goes on.
  if (wait > MAX_WAIT_IN_BATCH_MS) {
    await postpone(prisma, due.id, holder, new Date(Date.now() + wait));
    return;
  }
  if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
  deps.pacer?.sent(to, Date.now());
  const result = await deps.sender.send(due.person, rendered);
  deps.pacer?.answered(to, Date.now());
  if (!result.ok && !result.permanent && result.retryAfterMs !== undefined)
    deps.pacer?.slowDown(to, Date.now(), result.retryAfterMs);
  if (result.ok) {
    // Uploaded once: the rest of the broadcast sends the messenger's copy.
    if (result.documentFileId && due.message.document && !rendered.document?.messengerFileId)
      await rememberTelegramFileId(prisma, due.message.document.fileId, result.documentFileId);
    const ownClaim = await markSent(
      prisma,
      due.id,
      holder,
      new Date(),
      result.messageId ?? null,
      due.deliveryId,
    );
    deps.logger.debug({ msg: "outbox message sent", outboxId: due.id });
    if (!ownClaim)
      deps.logger.warn({
        msg: "outbox message sent after its claim expired: another worker may send it too",
        outboxId: due.id,
      });
    return;
  }
  deps.logger.warn({
    msg: "outbox delivery failed",
    outboxId: due.id,
    permanent: result.permanent,
    error: result.error,
  });
  // The person blocked the bot or is gone: later messages to them are not even tried.
  if (result.permanent && result.unreachable)
    await setPersonBlocked(prisma, due.person.telegramId, true, { kind: "system" });
  await markFailed(prisma, due.id, holder, due.attempts, result.error, now, {
    permanent: result.permanent,
    retryAfterMs: result.permanent ? undefined : result.retryAfterMs,
    deliveryId: due.deliveryId,
  });
}

export interface OutboxSenderJob {
  /**
   * Runs a pass now, without waiting for the nap to end, and resolves once a pass that started
   * after the call found nothing due: every message due by then was sent or given up for now.
   * Rejects if that pass failed, or if the sender stops first.
   */
  drain(): Promise<void>;
  /** Lets the current batch finish and ends the loop. */
  stop(): Promise<void>;
}

interface DrainRequest {
  resolve: () => void;
  reject: (error: unknown) => void;
}

/** The worker loop: drains the outbox, then naps until `idleMs` pass or `drain()` is called. */
export function startOutboxSender(options: OutboxSenderDeps): OutboxSenderJob {
  const deps: OutboxSenderDeps = {
    ...options,
    pacer:
      options.pacer ??
      new DeliveryPacer({
        ...TELEGRAM_LIMITS,
        perSecond: options.perSecond ?? TELEGRAM_LIMITS.perSecond,
      }),
  };
  let running = true;
  let wake: (() => void) | undefined;
  // Only a pass that starts after a drain request can answer it, so passes never overlap.
  let requested: DrainRequest[] = [];
  const loop = (async () => {
    while (running) {
      const answering = requested;
      requested = [];
      let sent = 0;
      let failure: { error: unknown } | undefined;
      try {
        sent = await sendDueMessages(deps);
      } catch (error) {
        failure = { error };
        deps.logger.error({ msg: "outbox sender failed", err: error });
      }
      if (sent > 0) requested.unshift(...answering);
      else
        for (const request of answering)
          if (failure) request.reject(failure.error);
          else request.resolve();
      if (sent === 0 && requested.length === 0 && running)
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, deps.idleMs ?? 1000);
          wake = () => {
            clearTimeout(timer);
            resolve();
          };
        });
      wake = undefined;
    }
    for (const request of requested.splice(0))
      request.reject(new Error("the outbox sender stopped before the outbox was drained"));
  })();
  return {
    drain() {
      if (!running)
        return Promise.reject(new Error("the outbox sender is stopped: nothing will drain it"));
      const drained = new Promise<void>((resolve, reject) => requested.push({ resolve, reject }));
      wake?.();
      return drained;
    },
    async stop() {
      running = false;
      wake?.();
      await loop;
    },
  };
}
