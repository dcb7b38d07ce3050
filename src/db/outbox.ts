import {
  MAX_ATTEMPTS,
  type MessageAction,
  type OutgoingMessage,
  outgoingMessage,
  type ParsedOutgoingMessage,
  retryDelayMs,
} from "../domain/outgoing-message.ts";
import { type Database, type Db, inTransaction } from "./client.ts";

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
  /** The order delivery this message carries, whose state follows the message's. */
  deliveryId: number | null;
  /** The message, or why its stored payload cannot be read (it then fails alone). */
  message: ParsedOutgoingMessage | { unreadable: string };
  person: { id: number; telegramId: bigint | null; language: string; blockedAt: Date | null };
}

/** A stored payload as a message; a payload that is not one (bad JSON, wrong shape) says why. */
function readPayload(payload: string): DueMessage["message"] {
  let json: unknown;
  try {
    json = JSON.parse(payload);
  } catch {
    return { unreadable: "the payload is not JSON" };
  }
  const parsed = outgoingMessage.safeParse(upgradePayload(json));
  return parsed.success
    ? parsed.data
    : { unreadable: `the payload is not a message: ${parsed.error.issues[0]?.message ?? "?"}` };
}

/** Who claims due messages, and for how long: past `leaseMs` another worker may take them. */
export interface OutboxClaim {
  holder: string;
  now: Date;
  leaseMs: number;
  limit: number;
}

/**
 * Claims up to `limit` due messages for one worker and returns them. Several instances may run
 * this at once: on PostgreSQL rows another worker is claiming are skipped (`SKIP LOCKED`), on
 * SQLite the write transaction excludes the others. A claim whose holder died expires after
 * `leaseMs`, and the message is claimed again: only a send in flight at the death can repeat.
 */
export async function claimDueMessages(db: Database, claim: OutboxClaim): Promise<DueMessage[]> {
  const until = new Date(claim.now.getTime() + claim.leaseMs);
  const ids = await db.sql.write(async (sql) => {
    const rows = await sql.all(
      `SELECT "id" FROM "OutboxMessage"
        WHERE "status" = 'pending' AND "nextAttemptAt" <= ?
          AND ("claimedUntil" IS NULL OR "claimedUntil" <= ?)
        ORDER BY "id" LIMIT ?${db.sql.skipLocked}`,
      claim.now,
      claim.now,
      claim.limit,
    );
    const claimed = rows.map((row) => Number(row.id));
    for (const id of claimed)
      await sql.run(
        `UPDATE "OutboxMessage" SET "claimedBy" = ?, "claimedUntil" = ? WHERE "id" = ?`,
        claim.holder,
        until,
        id,
      );
    return claimed;
  });
  if (ids.length === 0) return [];
  const rows = await db.prisma.outboxMessage.findMany({
    where: { id: { in: ids } },
    include: {
      person: { select: { id: true, telegramId: true, language: true, blockedAt: true } },
    },
    orderBy: { id: "asc" },
  });
  return rows.map((row) => ({
    id: row.id,
    attempts: row.attempts,
    deliveryId: row.deliveryId,
    message: readPayload(row.payload),
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

/**
 * Records a delivery and ends the claim. Returns false when the claim had expired and another
 * worker took the message: it may then be delivered twice, which the caller logs. An order's
 * delivery is marked in the same transaction, so a process killed in between never leaves the
 * two disagreeing (the delivery sent while its message waits to go again).
 */
export async function markSent(
  db: Db,
  id: number,
  holder: string,
  now: Date,
  sentMessageId: string | null = null,
  deliveryId: number | null = null,
): Promise<boolean> {
  if (deliveryId === null) return markMessageSent(db, id, holder, now, sentMessageId);
  return inTransaction(db, async (tx) => {
    await tx.delivery.updateMany({
      where: { id: deliveryId, status: { not: "sent" } },
      data: { status: "sent", sentAt: now },
    });
    return markMessageSent(tx, id, holder, now, sentMessageId);
  });
}

async function markMessageSent(
  db: Db,
  id: number,
  holder: string,
  now: Date,
  sentMessageId: string | null,
): Promise<boolean> {
  const { count } = await db.outboxMessage.updateMany({
    where: { id, claimedBy: holder },
    data: {
      status: "sent",
      sentAt: now,
      sentMessageId,
      attempts: { increment: 1 },
      claimedBy: null,
      claimedUntil: null,
    },
  });
  if (count === 1) return true;
  // Delivered all the same: never leave a sent message pending for yet another send.
  await db.outboxMessage.update({
    where: { id },
    data: { status: "sent", sentAt: now, sentMessageId },
  });
  return false;
}

/**
 * A permanent failure (blocked bot, no account, a request the messenger refuses, a payload that
 * cannot be read) or a retry later: at the messenger's `retryAfterMs`, else with back-off.
 */
export async function markFailed(
  db: Db,
  id: number,
  holder: string,
  attempts: number,
  error: string,
  now: Date,
  options: { permanent?: boolean; retryAfterMs?: number; deliveryId?: number | null } = {},
): Promise<void> {
  const nextAttempts = attempts + 1;
  // A wait the messenger asked for is no failure of the message: it never makes it give up.
  const giveUp =
    options.permanent || (options.retryAfterMs === undefined && nextAttempts >= MAX_ATTEMPTS);
  if (giveUp && options.deliveryId)
    await db.delivery.updateMany({
      where: { id: options.deliveryId, status: "pending" },
      data: { status: "failed" },
    });
  await db.outboxMessage.updateMany({
    where: { id, claimedBy: holder },
    data: {
      claimedBy: null,
      claimedUntil: null,
      status: giveUp ? "failed" : "pending",
      attempts: nextAttempts,
      lastError: error.slice(0, 500),
      nextAttemptAt: new Date(now.getTime() + (options.retryAfterMs ?? retryDelayMs(nextAttempts))),
    },
  });
}

/**
 * Gives a claimed message back untried, to go at `at` (its chat must wait, say): no attempt is
 * counted, and the claim is not held while it waits.
 */
export async function postpone(db: Db, id: number, holder: string, at: Date): Promise<void> {
  await db.outboxMessage.updateMany({
    where: { id, claimedBy: holder },
    data: { claimedBy: null, claimedUntil: null, nextAttemptAt: at },
  });
}

/**
 * Extends every claim `holder` still has, to `until`: a worker that lives keeps the messages it is
 * sending (a send may wait out the messenger's retry_after), one that died lets them expire.
 */
/**
 * Right before a send: whether the worker still holds its claim on the message, extended to
 * `until`. A claim that ran out while the message waited its turn (a busy machine, a slow
 * database) and was taken by another worker names that worker now: then this one must not send
 * it. One that ran out but was not taken is still this worker's to send.
 */
export async function confirmClaim(
  db: Db,
  id: number,
  holder: string,
  until: Date,
): Promise<boolean> {
  const { count } = await db.outboxMessage.updateMany({
    where: { id, status: "pending", claimedBy: holder },
    data: { claimedUntil: until },
  });
  return count === 1;
}

export async function renewClaims(db: Db, holder: string, until: Date): Promise<void> {
  await db.outboxMessage.updateMany({
    where: { status: "pending", claimedBy: holder },
    data: { claimedUntil: until },
  });
}
