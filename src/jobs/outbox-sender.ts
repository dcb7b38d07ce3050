import type { Database } from "../db/client.ts";
import {
  claimDueMessages,
  confirmClaim,
  type DueMessage,
  markFailed,
  markSent,
  postpone,
} from "../db/outbox.ts";
import { setPersonBlocked } from "../db/people/people.ts";
import { findFileToSend, rememberTelegramFileId } from "../db/stored-files.ts";
import { type DeliveryPacer, TELEGRAM_LIMITS } from "../domain/delivery-pacing.ts";
import { renderMessage } from "../i18n/render-message.ts";
import type { Translate } from "../i18n/translator.ts";
import type { Logger } from "../logger.ts";
import { DeliveryLine } from "./delivery-line.ts";
import type { MessageSender, RenderedMessage, SendResult } from "./message-sender.ts";
import { SendPool } from "./send-pool.ts";

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
  /** Messages claimed at once (default 25, or `concurrency` when that is more). */
  batchSize?: number;
  now?: () => Date;
  /** Keeps sends within the messenger's limits (startOutboxSender makes one from `perSecond`). */
  pacer?: DeliveryPacer;
  /**
   * The line this process's messages take their turns in, shared with the order progress job
   * (startJobs makes one); made from `pacer` when absent.
   */
  line?: DeliveryLine;
  /** Messages a second over all chats (default Telegram's 30; up to 1,000 with paid broadcasts). */
  perSecond?: number;
  /**
   * Sends in flight at once (default half the rate a second, at least 1): the messenger answers
   * each after tens of milliseconds, so one at a time could not keep up the rate.
   */
  concurrency?: number;
}

export const DEFAULT_OUTBOX_LEASE_MS = 60_000;

/** The longest pause for pacing inside a batch; a message that must wait longer is put back. */
const MAX_WAIT_IN_BATCH_MS = 2_000;

/** More sends in flight than this gain nothing even at 1,000 a second. */
const MAX_CONCURRENCY = 100;

/** Sends in flight at once for a rate of `perSecond` messages a second. */
export function sendConcurrency(perSecond: number): number {
  return Math.min(MAX_CONCURRENCY, Math.max(1, Math.floor(perSecond / 2)));
}

/** What a worker keeps between batches: its sends in flight and the files being uploaded. */
/** What the sends of one worker share (see outbox-worker.ts). */
export interface Sending {
  pool: SendPool;
  line: DeliveryLine | undefined;
  /** Files whose bytes a send is uploading now: the other sends of the file wait for its id. */
  uploads: Map<number, Promise<void>>;
  stopping: boolean;
  /** The worker loop renews this worker's claims while it lives (see renewClaims). */
  renewing: boolean;
}

export function newSending(deps: OutboxSenderDeps): Sending {
  return {
    pool: new SendPool(
      deps.concurrency ?? sendConcurrency(deps.perSecond ?? TELEGRAM_LIMITS.perSecond),
    ),
    line: deps.line ?? (deps.pacer ? new DeliveryLine(deps.pacer) : undefined),
    uploads: new Map(),
    stopping: false,
    renewing: false,
  };
}

/** Kept here too: tests and older callers import it from the outbox. */
export { renderMessage };

/**
 * Sends one batch of due messages; returns how many were attempted. Each message fails alone: one
 * that cannot be read, rendered or sent is recorded as failed (for good, or to retry later) and
 * the batch goes on, so a single bad row never holds the others back. Several go at once (see
 * `concurrency`), a chat's own in order.
 */
export async function sendDueMessages(deps: OutboxSenderDeps): Promise<number> {
  const sending = newSending(deps);
  const batch = await claimBatch(deps, sending);
  await Promise.all(batch.map((due) => startSend(deps, sending, due)));
  return batch.length;
}

export async function claimBatch(deps: OutboxSenderDeps, sending: Sending): Promise<DueMessage[]> {
  return claimDueMessages(deps.db, {
    holder: deps.instanceId,
    now: deps.now?.() ?? new Date(),
    leaseMs: deps.leaseMs ?? DEFAULT_OUTBOX_LEASE_MS,
    limit: deps.batchSize ?? Math.max(25, sending.pool.concurrency),
  });
}

/** The chat a message goes to, which keeps its messages in order. */
function chatOf(due: DueMessage): string {
  return due.person.telegramId === null ? `person:${due.person.id}` : String(due.person.telegramId);
}

/** Sends `due` in its turn; settles when it is recorded, rejecting only if recording failed. */
export function startSend(
  deps: OutboxSenderDeps,
  sending: Sending,
  due: DueMessage,
): Promise<void> {
  const claimedAt = Date.now();
  return sending.pool.run(chatOf(due), async () => {
    const now = deps.now?.() ?? new Date();
    const progress = { delivered: false };
    try {
      await sendOne(deps, sending, due, now, claimedAt, progress);
    } catch (error) {
      if (progress.delivered) {
        // The messenger has it: recording failed (the database busy or away). It must not go
        // out again, so no failure is recorded; the claim is left to run out, and only then may
        // another worker repeat it — the one repeat the outbox cannot rule out.
        deps.logger.error({
          msg: "outbox message delivered but not recorded",
          outboxId: due.id,
          err: error,
        });
        return;
      }
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
  });
}

async function sendOne(
  deps: OutboxSenderDeps,
  sending: Sending,
  due: DueMessage,
  now: Date,
  claimedAt: number,
  progress: { delivered: boolean },
): Promise<void> {
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
  // Stopping, or (without a worker loop renewing claims) waited so long behind its chat that the
  // claim runs short: back to the queue.
  const leaseMs = deps.leaseMs ?? DEFAULT_OUTBOX_LEASE_MS;
  if (sending.stopping || (!sending.renewing && Date.now() - claimedAt > leaseMs / 2)) {
    await postpone(prisma, due.id, holder, new Date());
    return;
  }
  const rendered: RenderedMessage = renderMessage(deps.translate, due.person.language, due.message);
  const document = due.message.document;
  let uploading = document ? await takeUpload(sending, document.fileId) : undefined;
  try {
    if (document) {
      const file = await findFileToSend(prisma, document.fileId);
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
      // Telegram has the file already: nothing to upload, the other sends need not wait.
      if (file.telegramFileId) {
        uploading?.();
        uploading = undefined;
      }
    }
    // Outbox recipients are people: their private chats.
    const to = { chat: String(due.person.telegramId), group: false };
    const turn = (await sending.line?.take(to, MAX_WAIT_IN_BATCH_MS)) ?? { go: true };
    // A long wait (a chat told to hold off by a 429, many messages to one chat) is not sat out
    // holding the claim: the message goes back to the queue for then, and the batch goes on.
    if (!turn.go) {
      await postpone(prisma, due.id, holder, new Date(Date.now() + turn.waitMs));
      return;
    }
    // The claim may have run out while the message waited and been taken by another worker.
    const at = deps.now?.() ?? new Date();
    if (!(await confirmClaim(prisma, due.id, holder, new Date(at.getTime() + leaseMs)))) {
      deps.logger.warn({
        msg: "outbox claim taken over before the send: left to its new holder",
        outboxId: due.id,
      });
      return;
    }
    const result = await deps.sender.send(due.person, rendered);
    if (result.ok) progress.delivered = true;
    sending.line?.answered(to);
    if (!result.ok && !result.permanent && result.retryAfterMs !== undefined)
      sending.line?.slowDown(to, result.retryAfterMs);
    // Uploaded once: the rest of the broadcast sends the messenger's copy.
    if (result.ok && result.documentFileId && document && !rendered.document?.messengerFileId)
      await rememberTelegramFileId(prisma, document.fileId, result.documentFileId);
    await recordResult(deps, due, due.person.telegramId, result, now);
  } finally {
    uploading?.();
  }
}

/**
 * Waits while another send uploads the file, then takes the upload: the returned function hands
 * it back. The first send of a file uploads its bytes; the others find the messenger's id.
 */
async function takeUpload(sending: Sending, fileId: number): Promise<() => void> {
  for (let busy = sending.uploads.get(fileId); busy; busy = sending.uploads.get(fileId)) await busy;
  let release = () => {};
  sending.uploads.set(
    fileId,
    new Promise<void>((resolve) => {
      release = resolve;
    }),
  );
  return () => {
    sending.uploads.delete(fileId);
    release();
  };
}

async function recordResult(
  deps: OutboxSenderDeps,
  due: DueMessage,
  telegramId: bigint,
  result: SendResult,
  now: Date,
): Promise<void> {
  const prisma = deps.db.prisma;
  const holder = deps.instanceId;
  if (result.ok) {
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
    await setPersonBlocked(prisma, telegramId, true, { kind: "system" });
  await markFailed(prisma, due.id, holder, due.attempts, result.error, now, {
    permanent: result.permanent,
    retryAfterMs: result.permanent ? undefined : result.retryAfterMs,
    deliveryId: due.deliveryId,
  });
}
