import {
  MAX_ATTEMPTS,
  type MessageAction,
  type OutgoingMessage,
  outgoingMessage,
  type ParsedOutgoingMessage,
  retryDelayMs,
} from "../domain/outgoing-message.ts";
import type { Db } from "./client.ts";

/** Queues a message; the worker delivers it. Call inside the transaction of the change it reports. */
export async function enqueueMessage(
  db: Db,
  personId: number,
  message: OutgoingMessage,
  deliveryId?: number,
) {
  const payload = outgoingMessage.parse(message);
  return db.outboxMessage.create({
    data: { personId, payload: JSON.stringify(payload), deliveryId: deliveryId ?? null },
  });
}

export interface DueMessage {
  id: number;
  attempts: number;
  message: ParsedOutgoingMessage;
  person: { id: number; telegramId: bigint | null; language: string; blockedAt: Date | null };
}

export async function dueMessages(db: Db, now: Date, limit: number): Promise<DueMessage[]> {
  const rows = await db.outboxMessage.findMany({
    where: { status: "pending", nextAttemptAt: { lte: now } },
    include: {
      person: { select: { id: true, telegramId: true, language: true, blockedAt: true } },
    },
    orderBy: { id: "asc" },
    take: limit,
  });
  return rows.map((row) => ({
    id: row.id,
    attempts: row.attempts,
    message: outgoingMessage.parse(upgradePayload(JSON.parse(row.payload))),
    person: row.person,
  }));
}

/**
 * Messages queued before buttons carried neutral actions stored the bot's callback data as a
 * string. Those still pending are delivered with the matching action; a button whose string is
 * not one of those formats is left out rather than failing the whole message.
 */
function upgradePayload(payload: unknown): unknown {
  if (typeof payload !== "object" || payload === null || !("buttons" in payload)) return payload;
  const { buttons } = payload as { buttons: unknown };
  if (!Array.isArray(buttons)) return payload;
  const rows = buttons.map((row: unknown) =>
    Array.isArray(row)
      ? row.flatMap((button: { action?: unknown }) => {
          if (typeof button?.action !== "string") return [button];
          const action = legacyAction(button.action);
          return action ? [{ ...button, action }] : [];
        })
      : row,
  );
  return { ...payload, buttons: rows.filter((row) => !Array.isArray(row) || row.length > 0) };
}

function legacyAction(data: string): MessageAction | null {
  const form = /^form:open:(\d+):(\d+)$/.exec(data);
  if (form) return { kind: "open-form", campaignId: Number(form[1]), schoolId: Number(form[2]) };
  const review = /^review:open:(\d+)$/.exec(data);
  if (review) return { kind: "open-review", submissionId: Number(review[1]) };
  return /^review:queue:\d+$/.test(data) ? { kind: "review-queue" } : null;
}

export async function markSent(db: Db, id: number, now: Date): Promise<void> {
  await db.outboxMessage.update({
    where: { id },
    data: { status: "sent", sentAt: now, attempts: { increment: 1 } },
  });
}

/** A permanent failure (blocked bot, no Telegram account) or a retry later with back-off. */
export async function markFailed(
  db: Db,
  id: number,
  attempts: number,
  error: string,
  now: Date,
  options: { permanent?: boolean; retryAfterMs?: number } = {},
): Promise<void> {
  const nextAttempts = attempts + 1;
  const giveUp = options.permanent || nextAttempts >= MAX_ATTEMPTS;
  await db.outboxMessage.update({
    where: { id },
    data: {
      status: giveUp ? "failed" : "pending",
      attempts: nextAttempts,
      lastError: error.slice(0, 500),
      nextAttemptAt: new Date(now.getTime() + (options.retryAfterMs ?? retryDelayMs(nextAttempts))),
    },
  });
}
