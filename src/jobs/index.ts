import type { Database } from "../db/client.ts";
import { DeliveryPacer, TELEGRAM_LIMITS } from "../domain/delivery-pacing.ts";
import type { Translate } from "../i18n/translator.ts";
import type { Logger } from "../logger.ts";
import { startCampaignCloser } from "./campaign-closer.ts";
import { startCleanup } from "./cleanup.ts";
import { DeliveryLine } from "./delivery-line.ts";
import { newInstanceId } from "./instance.ts";
import type { MessageSender } from "./message-sender.ts";
import { startOrderFollowUp } from "./order-follow-up.ts";
import { startOrderProgress, updateOrderProgress } from "./order-progress.ts";
import { startOutboxSender } from "./outbox-worker.ts";
import { remindersRound, startReminders } from "./reminders.ts";
import { startReviewDigests } from "./review-digest.ts";

export interface JobDeps {
  db: Database;
  logger: Logger;
  translate: Translate;
  /** Absent while no messenger is configured: messages wait in the outbox until one is. */
  sender?: MessageSender;
  /** This process among the instances sharing the database (default: a new one, see instance.ts). */
  instanceId?: string;
  /** How long the outbox naps when empty (tests shorten it). */
  outboxIdleMs?: number;
  /** How long an outbox claim holds (default a minute; see outbox-sender.ts). */
  outboxLeaseMs?: number;
  /** Messages a second the outbox sends at most (default 30, Telegram's limit per bot). */
  deliveryPerSecond?: number;
  /**
   * How often the order progress job looks (default a second) and its clock; tests stretch the
   * interval and run rounds with `orderProgressRound()` when they choose.
   */
  orderProgress?: { intervalMs?: number; now?: () => Date };
  /**
   * The clock of the scheduled work (reminders, digests, closing campaigns); tests control it
   * and run reminder rounds with `remindersRound()`.
   */
  now?: () => Date;
  /** How often the reminder job looks (default a minute). */
  remindersIntervalMs?: number;
}

export interface Jobs {
  /**
   * Resolves once the outbox has no message due now and no send in flight (at once when no
   * messenger is configured); lets tests wait for deliveries instead of the worker's nap.
   */
  drainOutbox(): Promise<void>;
  /** One round of the order progress job now: edits and summaries due by its clock. */
  orderProgressRound(): Promise<void>;
  /** One round of the reminder job now, on the jobs' clock. */
  remindersRound(): Promise<void>;
  stop(): Promise<void>;
}

/** The background worker: everything that runs on a clock rather than on a request. */
export function startJobs(options: JobDeps): Jobs {
  const deps = { ...options, instanceId: options.instanceId ?? newInstanceId() };
  const perSecond = deps.deliveryPerSecond ?? TELEGRAM_LIMITS.perSecond;
  // One line for every message this process sends: the outbox's and the progress edits.
  const line = new DeliveryLine(new DeliveryPacer({ ...TELEGRAM_LIMITS, perSecond }));
  const progressDeps = { ...deps, line, ...deps.orderProgress };
  const stoppers: Array<{ stop(): Promise<void> }> = [
    // Closing campaigns and queueing digests work without a messenger: messages wait in the outbox.
    startCampaignCloser(deps),
    startReviewDigests(deps),
    startCleanup(deps),
    startOrderFollowUp(deps),
    startOrderProgress(progressDeps),
    startReminders({ ...deps, intervalMs: deps.remindersIntervalMs }),
  ];
  const outbox = deps.sender
    ? startOutboxSender({
        ...deps,
        sender: deps.sender,
        idleMs: deps.outboxIdleMs,
        leaseMs: deps.outboxLeaseMs,
        perSecond,
        line,
      })
    : undefined;
  if (outbox) stoppers.push(outbox);
  else deps.logger.info({ msg: "outbox sender idle: no messenger configured" });
  return {
    drainOutbox: () => outbox?.drain() ?? Promise.resolve(),
    async orderProgressRound() {
      await updateOrderProgress(progressDeps);
    },
    async remindersRound() {
      await remindersRound(deps);
    },
    async stop() {
      await Promise.all(stoppers.map((job) => job.stop()));
    },
  };
}
