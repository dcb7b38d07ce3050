import type { ReminderAudience } from "../../domain/reminders/plan.ts";
import type { Db } from "../client.ts";
import { schoolDirectors, schoolResponsibles } from "../people/recipients.ts";

/** The person ids a school reminder goes to: the responsible people, or the directors. */
export async function reminderRecipients(
  tx: Db,
  schoolId: number,
  audience: Exclude<ReminderAudience, "coordinator">,
): Promise<number[]> {
  if (audience === "director") return schoolDirectors(tx, schoolId);
  return (await schoolResponsibles(tx, [schoolId])).get(schoolId) ?? [];
}

/** Whether an error is the unique key of a reminder already recorded by another worker. */
export function isAlreadyRecorded(error: unknown): boolean {
  return (error as { code?: string }).code === "P2002";
}
