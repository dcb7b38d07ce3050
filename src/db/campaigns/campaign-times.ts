import { localToUtc } from "../../domain/local-time.ts";
import { CampaignError } from "./campaign-errors.ts";

/** A local time read on the municipality's clocks, or a CampaignError naming what is wrong. */
export function parseCampaignTimes(
  timezone: string,
  deadlineLocal: string,
  closesAtLocal: string | undefined,
  now: Date,
): { deadlineAt: Date; closesAt: Date | null } {
  const deadlineAt = localToUtc(deadlineLocal, timezone);
  if (!deadlineAt)
    throw new CampaignError(
      "deadline-invalid",
      `deadline "${deadlineLocal}" is not a date and time like 2026-12-01 18:00`,
    );
  if (deadlineAt.getTime() <= now.getTime())
    throw new CampaignError("deadline-past", `deadline ${deadlineLocal} (${timezone}) has passed`);
  if (closesAtLocal === undefined) return { deadlineAt, closesAt: null };
  const closesAt = localToUtc(closesAtLocal, timezone);
  if (!closesAt)
    throw new CampaignError(
      "deadline-invalid",
      `closing time "${closesAtLocal}" is not a date and time like 2026-12-05 18:00`,
    );
  if (closesAt.getTime() < deadlineAt.getTime())
    throw new CampaignError(
      "closes-before-deadline",
      `the campaign would close (${closesAtLocal}) before its deadline (${deadlineLocal})`,
    );
  return { deadlineAt, closesAt };
}
