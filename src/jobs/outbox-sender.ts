import type { Database } from "../db/client.ts";
import { type DueMessage, dueMessages, markFailed, markSent } from "../db/outbox.ts";
import { renderParam } from "../domain/outgoing-message.ts";
import type { Translate } from "../i18n/translator.ts";
import type { Logger } from "../logger.ts";
import type { MessageSender, RenderedMessage } from "./message-sender.ts";

export interface OutboxSenderDeps {
  db: Database;
  sender: MessageSender;
  translate: Translate;
  logger: Logger;
  /** Pause between polls when the queue is empty. */
  idleMs?: number;
  batchSize?: number;
  now?: () => Date;
}

/** Renders a queued message in the recipient's language. */
export function renderMessage(
  translate: Translate,
  language: string,
  due: DueMessage["message"],
): RenderedMessage {
  const params: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(due.params))
    params[name] = renderParam(value, language, translate);
  return {
    text: translate(language, due.key, params),
    buttons: due.buttons.map((row) =>
      row.map((button) =>
        button.kind === "url"
          ? { label: translate(language, button.labelKey), url: button.url }
          : { label: translate(language, button.labelKey), action: button.action },
      ),
    ),
  };
}

/** Sends one batch of due messages; returns how many were attempted. */
export async function sendDueMessages(deps: OutboxSenderDeps): Promise<number> {
  const now = deps.now?.() ?? new Date();
  const prisma = deps.db.prisma;
  const batch = await dueMessages(prisma, now, deps.batchSize ?? 25);
  for (const due of batch) {
    if (due.person.blockedAt || due.person.telegramId === null) {
      await markFailed(prisma, due.id, due.attempts, "recipient unreachable", now, {
        permanent: true,
      });
      continue;
    }
    const result = await deps.sender.send(
      due.person,
      renderMessage(deps.translate, due.person.language, due.message),
    );
    if (result.ok) await markSent(prisma, due.id, new Date());
    else {
      deps.logger.warn({
        msg: "outbox delivery failed",
        outboxId: due.id,
        permanent: result.permanent,
        error: result.error,
      });
      await markFailed(prisma, due.id, due.attempts, result.error, now, {
        permanent: result.permanent,
        retryAfterMs: result.permanent ? undefined : result.retryAfterMs,
      });
    }
  }
  return batch.length;
}

/** The worker loop: drains the outbox, then naps. `stop()` lets the current batch finish. */
export function startOutboxSender(deps: OutboxSenderDeps): { stop(): Promise<void> } {
  let running = true;
  let wake: (() => void) | undefined;
  const loop = (async () => {
    while (running) {
      let sent = 0;
      try {
        sent = await sendDueMessages(deps);
      } catch (error) {
        deps.logger.error({ msg: "outbox sender failed", err: error });
      }
      if (sent === 0 && running)
        await new Promise<void>((resolve) => {
          wake = resolve;
          setTimeout(resolve, deps.idleMs ?? 1000);
        });
    }
  })();
  return {
    async stop() {
      running = false;
      wake?.();
      await loop;
    },
  };
}
