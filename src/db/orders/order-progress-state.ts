import type { OutgoingMessage } from "../../domain/outgoing-message.ts";
import { type Db, inTransaction } from "../client.ts";
import { enqueueMessage } from "../outbox.ts";

/** What the coordinator's progress message last showed, and when. */
export interface ProgressShown {
  progressText?: string;
  progressShownAt?: Date;
}

/** The orders still going out (sent, not complete), oldest first. */
export function ordersGoingOut(db: Db) {
  return db.order.findMany({
    where: { completedAt: null, sentAt: { not: null } },
    select: {
      id: true,
      title: true,
      requiresAck: true,
      progressOutboxId: true,
      progressText: true,
      progressShownAt: true,
    },
    orderBy: { id: "asc" },
  });
}

/** The coordinator's progress message: whether it is out yet, its id in the chat, and to whom. */
export function progressMessageState(db: Db, outboxId: number) {
  return db.outboxMessage.findUnique({
    where: { id: outboxId },
    select: {
      status: true,
      sentMessageId: true,
      personId: true,
      person: { select: { telegramId: true, language: true } },
    },
  });
}

export async function recordProgressShown(
  db: Db,
  orderId: number,
  shown: ProgressShown,
): Promise<void> {
  await db.order.update({ where: { id: orderId }, data: shown });
}

/**
 * Marks the order complete and queues the summary to the coordinator, if any — in one
 * transaction, so it is queued once even when two rounds race. Returns false if already done.
 */
export async function completeOrder(
  db: Db,
  orderId: number,
  now: Date,
  shown: ProgressShown,
  summary?: { to: number; message: OutgoingMessage },
): Promise<boolean> {
  return inTransaction(db, async (tx) => {
    const { count } = await tx.order.updateMany({
      where: { id: orderId, completedAt: null },
      data: { completedAt: now, ...shown },
    });
    if (count === 1 && summary) await enqueueMessage(tx, summary.to, summary.message);
    return count === 1;
  });
}
