import type { Database } from "../db/client.ts";
import { releaseJobLease, takeJobLease } from "../db/job-leases.ts";
import type { Logger } from "../logger.ts";

export interface PeriodicJob {
  /** Waits for a running round, ends the loop and gives the job's lease up. */
  stop(): Promise<void>;
}

/** What makes a job run on one instance only among several sharing the database. */
export interface JobLeaseOptions {
  db: Database;
  logger: Logger;
  /** The job's name in the lease table. */
  name: string;
  instanceId: string;
  now?: () => Date;
}

/**
 * Runs `work` now and then every `intervalMs`. With `lease`, a round runs only on the instance
 * holding the job's lease: the holder renews it each round for two intervals, so it keeps the job
 * while it lives; when it dies the lease runs out and the next instance to look takes the job.
 */
export function startPeriodic(
  intervalMs: number,
  work: () => Promise<void>,
  lease?: JobLeaseOptions,
): PeriodicJob {
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();
  let stopped = false;
  const round = async () => {
    if (lease) {
      const now = lease.now?.() ?? new Date();
      const held = await takeJobLease(
        lease.db.sql,
        lease.name,
        lease.instanceId,
        now,
        new Date(now.getTime() + 2 * intervalMs),
      ).catch((error: unknown) => {
        lease.logger.error({ msg: "could not take a job lease", job: lease.name, err: error });
        return false;
      });
      if (!held) return;
    }
    await work();
  };
  const tick = () => {
    running = round().finally(() => {
      if (!stopped) timer = setTimeout(tick, intervalMs);
    });
  };
  tick();
  return {
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await running;
      if (lease)
        await releaseJobLease(lease.db.sql, lease.name, lease.instanceId).catch(() => {
          // The database may be gone at shutdown; the lease then simply expires.
        });
    },
  };
}
