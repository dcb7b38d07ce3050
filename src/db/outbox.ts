import {
  MAX_ATTEMPTS,
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
    message: outgoingMessage.parse(JSON.parse(row.payload)),
    person: row.person,
  }));
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
