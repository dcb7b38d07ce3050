import { type SqlCall, type SqlConnection, writeTogether } from "../sql-connection.ts";

/**
 * Whose turn it is in a chat. The update being handled in a chat holds the chat's lease
 * (`ChatLease`), so two updates of one conversation never run at once, also on two instances;
 * and an update waits while an earlier update of its chat, already taken by another instance, is
 * not handled yet, so they run in Telegram's order. Taking the update, waiting for the turn and
 * giving it back are one statement each: nothing holds a database connection while an update
 * runs, and each round trip to a database server costs far more than the statement itself.
 */

/**
 * How long a turn is held without renewal. The holder renews it while it works; an instance that
 * dies mid-update leaves it to expire, and an update taken so long ago and still unhandled counts
 * as lost with its instance: later updates of the chat stop waiting for it.
 */
export const TURN_LEASE_MS = 30_000;

export interface UpdateInChat {
  botId: number;
  updateId: number;
  chatId: number;
}

/** The moments a turn is taken with: now, until when, and since when an earlier update counts. */
export interface TurnTimes {
  now: Date;
  until: Date;
  since: Date;
}

export function turnTimes(now: Date): TurnTimes {
  return {
    now,
    until: new Date(now.getTime() + TURN_LEASE_MS),
    since: new Date(now.getTime() - TURN_LEASE_MS),
  };
}

/**
 * The chat's lease for this update, unless an earlier update of the chat taken since `since` is
 * unhandled. The lease is taken when free, expired or already this update's; a single INSERT,
 * so of two updates asking at once exactly one gets it.
 */
function leaseStatement(update: UpdateInChat, times: TurnTimes, onlyIf = ""): SqlCall {
  return {
    sql: `INSERT INTO "ChatLease" ("botId", "chatId", "holder", "until")
      SELECT ?, ?, ?, ? WHERE ${onlyIf}NOT EXISTS (SELECT 1 FROM "ProcessedUpdate" p
        WHERE p."botId" = ? AND p."chatId" = ? AND p."updateId" < ?
          AND p."handledAt" IS NULL AND p."receivedAt" >= ?)
      ON CONFLICT ("botId", "chatId") DO UPDATE
        SET "holder" = excluded."holder", "until" = excluded."until"
        WHERE "ChatLease"."until" <= ? OR "ChatLease"."holder" = excluded."holder"`,
    params: [
      update.botId,
      update.chatId,
      String(update.updateId),
      times.until,
      update.botId,
      update.chatId,
      update.updateId,
      times.since,
      times.now,
    ],
  };
}

const CLAIM = `INSERT INTO "ProcessedUpdate" ("botId", "updateId", "chatId", "receivedAt")
  VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING`;

/**
 * Takes an update for handling and, when it can, its chat's turn:
 * - `duplicate`: the update was taken before (a re-delivery); nothing more to do;
 * - `go`: taken, and it holds the turn;
 * - `wait`: taken, but another update holds the turn or an earlier one goes first.
 * On PostgreSQL one statement; on SQLite one transaction.
 */
export async function takeUpdateAndTurn(
  sql: SqlConnection,
  update: UpdateInChat,
  times: TurnTimes,
): Promise<"duplicate" | "go" | "wait"> {
  const claimParams = [update.botId, update.updateId, update.chatId, times.now];
  if (!sql.dataModifyingWith) {
    return sql.write(async (s) => {
      if ((await s.run(CLAIM, ...claimParams)).changes !== 1) return "duplicate";
      const lease = leaseStatement(update, times);
      return (await s.run(lease.sql, ...lease.params)).changes === 1 ? "go" : "wait";
    });
  }
  const lease = leaseStatement(update, times, `EXISTS (SELECT 1 FROM "claim") AND `);
  const row = await sql.autocommit((s) =>
    s.get(
      `WITH "claim" AS (${CLAIM} RETURNING 1), "lease" AS (${lease.sql} RETURNING 1)
       SELECT (SELECT COUNT(*) FROM "claim") AS "claimed", (SELECT COUNT(*) FROM "lease") AS "leased"`,
      ...claimParams,
      ...lease.params,
    ),
  );
  if (Number(row?.claimed) !== 1) return "duplicate";
  return Number(row?.leased) === 1 ? "go" : "wait";
}

/** Takes an update that has no chat (or whose chat's turn is taken later); false for a re-delivery. */
export async function takeUpdate(
  sql: SqlConnection,
  update: { botId: number; updateId: number; chatId: number | null },
  now: Date,
): Promise<boolean> {
  const result = await sql.autocommit((s) =>
    s.run(CLAIM, update.botId, update.updateId, update.chatId, now),
  );
  return result.changes === 1;
}

/** For an update already taken: its chat's turn, if it is free and no earlier update goes first. */
export async function takeTurn(
  sql: SqlConnection,
  update: UpdateInChat,
  times: TurnTimes,
): Promise<boolean> {
  const lease = leaseStatement(update, times);
  return (await sql.autocommit((s) => s.run(lease.sql, ...lease.params))).changes === 1;
}

/** Keeps the turn while a long update works; false if it was lost (expired and taken). */
export async function renewTurn(
  sql: SqlConnection,
  update: UpdateInChat,
  until: Date,
): Promise<boolean> {
  const result = await sql.autocommit((s) =>
    s.run(
      `UPDATE "ChatLease" SET "until" = ? WHERE "botId" = ? AND "chatId" = ? AND "holder" = ?`,
      until,
      update.botId,
      update.chatId,
      String(update.updateId),
    ),
  );
  return result.changes === 1;
}

const releaseLease = (update: UpdateInChat): SqlCall => ({
  sql: `DELETE FROM "ChatLease" WHERE "botId" = ? AND "chatId" = ? AND "holder" = ?`,
  params: [update.botId, update.chatId, String(update.updateId)],
});

/**
 * The update is handled: later updates of its chat go ahead, and the turn is free. `writes`, the
 * update's own last writes (independent of these rows), are made in the same statement.
 */
export function endTurn(
  sql: SqlConnection,
  update: UpdateInChat,
  now: Date,
  writes: readonly SqlCall[] = [],
): Promise<void> {
  return writeTogether(sql, [
    ...writes,
    {
      sql: `UPDATE "ProcessedUpdate" SET "handledAt" = ? WHERE "botId" = ? AND "updateId" = ?`,
      params: [now, update.botId, update.updateId],
    },
    releaseLease(update),
  ]);
}

/**
 * Gives a taken update back (its handling failed), with its chat's turn if it held it, so that
 * Telegram's next delivery of it is handled.
 */
export function giveBackUpdate(
  sql: SqlConnection,
  update: { botId: number; updateId: number; chatId: number | null },
): Promise<void> {
  const forget: SqlCall = {
    sql: `DELETE FROM "ProcessedUpdate" WHERE "botId" = ? AND "updateId" = ?`,
    params: [update.botId, update.updateId],
  };
  const { chatId } = update;
  return writeTogether(
    sql,
    chatId === null ? [forget] : [releaseLease({ ...update, chatId }), forget],
  );
}

/** Forgets leases that expired before `before` (left by instances that died mid-update). */
export async function deleteExpiredChatLeases(sql: SqlConnection, before: Date): Promise<number> {
  const result = await sql.autocommit((s) =>
    s.run(`DELETE FROM "ChatLease" WHERE "until" < ?`, before),
  );
  return result.changes;
}
