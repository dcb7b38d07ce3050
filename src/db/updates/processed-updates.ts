import type { Db } from "../client.ts";

/**
 * How long a taken update is remembered. Telegram keeps an undelivered update for 24 hours and
 * retries a failed webhook call within that time, so two days covers every re-delivery.
 */
export const PROCESSED_UPDATE_RETENTION_MS = 2 * 24 * 60 * 60 * 1000;

/** Forgets updates taken before `before`; returns how many. */
export async function deleteProcessedUpdates(db: Db, before: Date): Promise<number> {
  const { count } = await db.processedUpdate.deleteMany({ where: { receivedAt: { lt: before } } });
  return count;
}
