import { type DueMessage, renewClaims } from "../db/outbox.ts";
import { DeliveryPacer, TELEGRAM_LIMITS } from "../domain/delivery-pacing.ts";
import { DeliveryLine } from "./delivery-line.ts";
import {
  claimBatch,
  DEFAULT_OUTBOX_LEASE_MS,
  newSending,
  type OutboxSenderDeps,
  startSend,
} from "./outbox-sender.ts";

export interface OutboxSenderJob {
  /**
   * Runs a pass now, without waiting for the nap to end, and resolves once a pass that started
   * after the call found nothing due: every message due by then was sent or given up for now.
   * Rejects if that pass failed, or if the sender stops first.
   */
  drain(): Promise<void>;
  /** Lets the current batch finish and ends the loop. */
  stop(): Promise<void>;
}

interface DrainRequest {
  resolve: () => void;
  reject: (error: unknown) => void;
  /** A send or a claim failed while this request waited: it is rejected with that. */
  failure?: { error: unknown };
}

/**
 * The worker loop: claims due messages and keeps up to `concurrency` of them in flight, claiming
 * more as places free up; when nothing is due it naps until `idleMs` pass or `drain()` is called.
 */
export function startOutboxSender(options: OutboxSenderDeps): OutboxSenderJob {
  const perSecond = options.perSecond ?? TELEGRAM_LIMITS.perSecond;
  const deps: OutboxSenderDeps = {
    ...options,
    perSecond,
    line:
      options.line ??
      new DeliveryLine(options.pacer ?? new DeliveryPacer({ ...TELEGRAM_LIMITS, perSecond })),
  };
  const sending = newSending(deps);
  const { pool } = sending;
  // Claims held by a living worker do not run out under its sends in flight: they are renewed
  // three times a lease. Only those of a worker that died expire and go to another.
  const leaseMs = deps.leaseMs ?? DEFAULT_OUTBOX_LEASE_MS;
  sending.renewing = true;
  const renewal = setInterval(() => {
    if (pool.held === 0) return;
    const until = new Date((deps.now?.() ?? new Date()).getTime() + leaseMs);
    renewClaims(deps.db.prisma, deps.instanceId, until).catch((error: unknown) =>
      deps.logger.error({ msg: "outbox claims could not be renewed", err: error }),
    );
  }, leaseMs / 3);
  const batchSize = deps.batchSize ?? Math.max(25, pool.concurrency);
  let running = true;
  let wake: (() => void) | undefined;
  let requested: DrainRequest[] = [];
  const failed = (error: unknown, answering: DrainRequest[]) => {
    deps.logger.error({ msg: "outbox sender failed", err: error });
    for (const request of [...answering, ...requested]) request.failure ??= { error };
  };
  const nap = (ms: number) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, ms);
      wake = () => {
        clearTimeout(timer);
        resolve();
      };
    }).finally(() => {
      wake = undefined;
    });
  const loop = (async () => {
    while (running) {
      // A request is answered only by a claim that started after it, with no send in flight:
      // then every message due by the request was sent or given up for now.
      const answering = requested;
      requested = [];
      const idle = pool.held === 0;
      let batch: DueMessage[] = [];
      let claimFailed = false;
      try {
        batch = await claimBatch(deps, sending);
      } catch (error) {
        claimFailed = true;
        failed(error, answering);
      }
      for (const due of batch)
        startSend(deps, sending, due).catch((error: unknown) => failed(error, answering));
      if (batch.length > 0 || !idle) {
        requested.unshift(...answering);
        // More as soon as places free up (a full batch claimed), or once the sends in flight end.
        const full = batch.length === batchSize;
        await Promise.race([
          pool.until(() =>
            full
              ? !running || (pool.ready < pool.concurrency && pool.held < 4 * batchSize)
              : !running || pool.held === 0,
          ),
          ...(full ? [] : [nap(deps.idleMs ?? 1000)]),
        ]);
        continue;
      }
      for (const request of answering)
        if (request.failure) request.reject(request.failure.error);
        else request.resolve();
      if ((requested.length === 0 || claimFailed) && running) await nap(deps.idleMs ?? 1000);
    }
    await pool.until(() => pool.held === 0);
    clearInterval(renewal);
    for (const request of requested.splice(0))
      request.reject(new Error("the outbox sender stopped before the outbox was drained"));
  })();
  return {
    drain() {
      if (!running)
        return Promise.reject(new Error("the outbox sender is stopped: nothing will drain it"));
      const drained = new Promise<void>((resolve, reject) => requested.push({ resolve, reject }));
      wake?.();
      return drained;
    },
    async stop() {
      running = false;
      // Messages not yet on their way go back to the queue instead of being waited for.
      sending.stopping = true;
      wake?.();
      pool.poke();
      await loop;
    },
  };
}
