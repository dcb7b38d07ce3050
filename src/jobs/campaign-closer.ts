import { closeDueCampaigns } from "../db/campaigns/campaigns.ts";
import type { Database } from "../db/client.ts";
import type { Logger } from "../logger.ts";
import { startPeriodic } from "./periodic.ts";

export interface CampaignCloserDeps {
  db: Database;
  logger: Logger;
  /** Names this process in the job's lease: one instance closes campaigns at a time. */
  instanceId: string;
  /** How often to look for campaigns whose closing time has come (default a minute). */
  intervalMs?: number;
  now?: () => Date;
}

/** Closes campaigns whose `closesAt` has passed; the submissions of a closed campaign are locked. */
export function startCampaignCloser(deps: CampaignCloserDeps): { stop(): Promise<void> } {
  return startPeriodic(
    deps.intervalMs ?? 60_000,
    async () => {
      try {
        const closed = await closeDueCampaigns(deps.db.prisma, deps.now?.() ?? new Date());
        if (closed > 0) deps.logger.info({ msg: "campaigns closed on schedule", closed });
      } catch (error) {
        deps.logger.error({ msg: "campaign closer failed", err: error });
      }
    },
    { ...deps, name: "campaign-closer" },
  );
}
