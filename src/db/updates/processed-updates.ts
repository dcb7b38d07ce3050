import type { Db } from "../client.ts";
import type { SqlCall, SqlConnection } from "../sql-connection.ts";

/**
 * How long a taken update is remembered. Telegram keeps an undelivered update for 24 hours and
 * retries a failed webhook call within that time, so two days covers every re-delivery.
 */
export const PROCESSED_UPDATE_RETENTION_MS = 2 * 24 * 60 * 60 * 1000;

/**
 * Takes an update for handling. One statement: the insert is ignored when the primary key is
 * already there, so of two deliveries of one update, even at the same moment, exactly one gets
 * `true`. Runs on every update, hence a prepared statement rather than a Prisma query.
 */
export function claimUpdate(
  sql: SqlConnection,
  botId: number,
  updateId: number,
  chatId: number | null,
  now: Date,
): Promise<boolean> {
  return sql.autocommit(
    async (s) =>
      (
        await s.run(
          `INSERT INTO "ProcessedUpdate" ("botId", "updateId", "chatId", "receivedAt")
           VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING`,
          botId,
          updateId,
          chatId,
          now,
        )
      ).changes === 1,
  );
}

/**
 * Whether an earlier update of this chat, taken since `since`, is not handled yet: another
 * instance took it and is about to handle it (or is waiting for the chat's lock). One taken
 * before `since` counts as abandoned by an instance that died, so a chat is never stuck.
 */
export async function earlierUpdatePending(
  sql: SqlConnection,
  botId: number,
  chatId: number,
  updateId: number,
  since: Date,
): Promise<boolean> {
  const row = await sql.read((s) =>
    s.get(
      `SELECT 1 AS "pending" FROM "ProcessedUpdate"
        WHERE "botId" = ? AND "chatId" = ? AND "updateId" < ?
          AND "handledAt" IS NULL AND "receivedAt" >= ?
        LIMIT 1`,
      botId,
      chatId,
      updateId,
      since,
    ),
  );
  return row !== undefined;
}

/** The database lock (SqlConnection.withLock) under which one chat's updates are handled. */
export function chatLockKey(botId: number, chatId: number): string {
  return ["chat", botId, chatId].join(":");
}

/** Records that an update's handling ended, so later updates of its chat go ahead. */
export function markUpdateHandled(botId: number, updateId: number, now: Date): SqlCall {
  return {
    sql: `UPDATE "ProcessedUpdate" SET "handledAt" = ? WHERE "botId" = ? AND "updateId" = ?`,
    params: [now, botId, updateId],
  };
}

/** Gives a claimed update back, so that Telegram's next delivery of it is handled. */
export async function releaseUpdate(
  sql: SqlConnection,
  botId: number,
  updateId: number,
): Promise<void> {
  await sql.autocommit(async (s) =>
    s.run(`DELETE FROM "ProcessedUpdate" WHERE "botId" = ? AND "updateId" = ?`, botId, updateId),
  );
}

/** Forgets updates taken before `before`; returns how many. */
export async function deleteProcessedUpdates(db: Db, before: Date): Promise<number> {
  const { count } = await db.processedUpdate.deleteMany({ where: { receivedAt: { lt: before } } });
  return count;
}
