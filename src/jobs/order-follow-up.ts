import type { Database } from "../db/client.ts";
import { followUpWithDirectors } from "../db/orders/order-reminders.ts";
import type { Logger } from "../logger.ts";
import { startPeriodic } from "./periodic.ts";

export interface OrderFollowUpDeps {
  db: Database;
  logger: Logger;
  /** Names this process in the job's lease: one instance follows orders up at a time. */
  instanceId: string;
  /** How often to look for orders whose hours have passed (default five minutes). */
  intervalMs?: number;
  now?: () => Date;
}

/**
 * Tells school directors which of their deputies have not acknowledged an order once its
 * `autoRemindHours` have passed (followUpWithDirectors: once per order).
 */
export function startOrderFollowUp(deps: OrderFollowUpDeps): { stop(): Promise<void> } {
  return startPeriodic(
    deps.intervalMs ?? 5 * 60_000,
    async () => {
      try {
        const queued = await followUpWithDirectors(deps.db.prisma, deps.now?.() ?? new Date());
        if (queued > 0)
          deps.logger.info({ msg: "directors told of deputies not acknowledged", queued });
      } catch (error) {
        deps.logger.error({ msg: "order follow-up failed", err: error });
      }
    },
    { ...deps, name: "order-follow-up" },
  );
}
