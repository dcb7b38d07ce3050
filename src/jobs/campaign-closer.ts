import { closeDueCampaigns } from "../db/campaigns/campaigns.ts";
import type { Database } from "../db/client.ts";
import type { Logger } from "../logger.ts";

export interface CampaignCloserDeps {
  db: Database;
  logger: Logger;
  /** How often to look for campaigns whose closing time has come (default a minute). */
  intervalMs?: number;
  now?: () => Date;
}

/** A periodic job: runs `work` now and then every `intervalMs`; `stop()` waits for a running round. */
export function startPeriodic(
  intervalMs: number,
  work: () => Promise<void>,
): { stop(): Promise<void> } {
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();
  let stopped = false;
  const tick = () => {
    running = work().finally(() => {
      if (!stopped) timer = setTimeout(tick, intervalMs);
    });
  };
  tick();
  return {
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await running;
    },
  };
}

/** Closes campaigns whose `closesAt` has passed; the submissions of a closed campaign are locked. */
export function startCampaignCloser(deps: CampaignCloserDeps): { stop(): Promise<void> } {
  return startPeriodic(deps.intervalMs ?? 60_000, async () => {
    try {
      const closed = await closeDueCampaigns(deps.db.prisma, deps.now?.() ?? new Date());
      if (closed > 0) deps.logger.info({ msg: "campaigns closed on schedule", closed });
    } catch (error) {
      deps.logger.error({ msg: "campaign closer failed", err: error });
    }
  });
}
