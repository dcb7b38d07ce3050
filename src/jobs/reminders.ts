import type { Database } from "../db/client.ts";
import { type ReminderRound, sendDueReminders } from "../db/reminders/send-reminders.ts";
import type { Logger } from "../logger.ts";
import { startPeriodic } from "./periodic.ts";

export interface ReminderJobDeps {
  db: Database;
  logger: Logger;
  /** Names this process in the job's lease: one instance sends reminders at a time. */
  instanceId: string;
  /** How often to look (default a minute: reminders are planned to the minute, at 09:00). */
  intervalMs?: number;
  now?: () => Date;
}

/** One round: everything due now, as the database says (see sendDueReminders). */
export async function remindersRound(deps: ReminderJobDeps): Promise<ReminderRound | null> {
  try {
    const round = await sendDueReminders(deps.db.prisma, deps.now?.() ?? new Date());
    if (round.messages > 0 || round.reminders > 0)
      deps.logger.info({ msg: "reminders queued", ...round });
    return round;
  } catch (error) {
    deps.logger.error({ msg: "reminder round failed", err: error });
    return null;
  }
}

/**
 * Sends reminders, digests and "remind now" requests as they fall due. It starts with a round, so
 * reminders that fell due while no instance ran go out on start (each once, the latest of each).
 */
export function startReminders(deps: ReminderJobDeps): { stop(): Promise<void> } {
  return startPeriodic(
    deps.intervalMs ?? 60_000,
    async () => {
      await remindersRound(deps);
    },
    { ...deps, name: "reminders" },
  );
}
