import type { Database } from "../db/client.ts";
import { sendReviewDigests } from "../db/reviews/review-digest.ts";
import type { Logger } from "../logger.ts";
import { startPeriodic } from "./periodic.ts";

/** Looks every few minutes for coordinators whose daily digest is due (see sendReviewDigests). */
export function startReviewDigests(deps: {
  db: Database;
  logger: Logger;
  instanceId: string;
  intervalMs?: number;
  now?: () => Date;
}): { stop(): Promise<void> } {
  return startPeriodic(
    deps.intervalMs ?? 5 * 60_000,
    async () => {
      try {
        const sent = await sendReviewDigests(deps.db.prisma, deps.now?.() ?? new Date());
        if (sent > 0) deps.logger.info({ msg: "review digests queued", sent });
      } catch (error) {
        deps.logger.error({ msg: "review digest failed", err: error });
      }
    },
    { ...deps, name: "review-digests" },
  );
}
