import { toLocalDateTime } from "../local-time.ts";
import type { PlannedReminder } from "./plan.ts";
import { isoDate } from "./quiet-hours.ts";

/** What a school's reminders run towards, or null when it gets none. */
export interface ReminderWindow {
  deadlineAt: Date;
  /** Nothing goes at or after this moment; null: no end. */
  until: Date | null;
  /** Whether late reminders, the director and the digest apply. */
  late: boolean;
  /** Nothing due before this moment goes (see `reminderWindow`). */
  from: Date;
}

export interface CampaignForReminders {
  status: string;
  deadlineAt: Date;
  closesAt: Date | null;
  openedAt: Date | null;
  remindersFrom: Date | null;
}

export interface SubmissionForReminders {
  status: string;
  reopenedUntil: Date | null;
  /** When the report came back to the school (returned or reopened by a coordinator). */
  remindersFrom: Date | null;
}

const later = (a: Date, b: Date) => (a.getTime() >= b.getTime() ? a : b);

/**
 * Whether and towards what a school is reminded. A school that has submitted (or been accepted)
 * gets nothing. In a running campaign (and a draft, for its plan) the school runs towards the
 * campaign's deadline, late reminders included, until the campaign closes. After closing, only a
 * school the coordinator reopened is reminded, towards the end of its exception and not after.
 *
 * Reminders due before `from` are not sent: before the opening, the last change of deadline or
 * policy (`remindersFrom`), or — for a school whose report came back to it (returned or
 * reopened by a coordinator) — that moment, so it is not pinged for a reminder that fell due
 * while it had nothing left to do.
 */
export function reminderWindow(
  campaign: CampaignForReminders,
  submission: SubmissionForReminders | null,
  now: Date,
): ReminderWindow | null {
  if (submission && (submission.status === "submitted" || submission.status === "accepted"))
    return null;
  let from = campaign.remindersFrom ?? campaign.openedAt ?? now;
  if (submission?.remindersFrom) from = later(from, submission.remindersFrom);
  if (campaign.status === "open" || campaign.status === "draft")
    return { deadlineAt: campaign.deadlineAt, until: campaign.closesAt, late: true, from };
  const until = submission?.reopenedUntil;
  if (campaign.status !== "closed" || !submission || !until || until.getTime() <= now.getTime())
    return null;
  return { deadlineAt: until, until, late: false, from };
}

/**
 * The reminder of one audience's plan to send now, if any: the latest due. One missed while the
 * process was down is still sent on start — unless the next one comes later the same day, which
 * then says it all.
 */
export function reminderToSend(
  plan: readonly PlannedReminder[],
  now: Date,
  timezone: string,
): PlannedReminder | null {
  let latest: PlannedReminder | null = null;
  let next: PlannedReminder | null = null;
  for (const reminder of plan) {
    if (reminder.dueAt.getTime() <= now.getTime()) {
      if (!latest || reminder.dueAt >= latest.dueAt) latest = reminder;
    } else if (!next || reminder.dueAt < next.dueAt) next = reminder;
  }
  if (!latest) return null;
  const today = isoDate(toLocalDateTime(now, timezone));
  const dayOf = (instant: Date) => isoDate(toLocalDateTime(instant, timezone));
  if (next && dayOf(next.dueAt) === today && dayOf(latest.dueAt) !== today) return null;
  return latest;
}

/**
 * Whole local days from `now` to the deadline's day (0: today) — negative once the deadline has
 * passed: how many days late, counting the deadline day as the first day not yet late.
 */
export function daysToDeadline(now: Date, deadlineAt: Date, timezone: string): number {
  const day = (instant: Date) => {
    const local = toLocalDateTime(instant, timezone);
    return Date.UTC(local.year, local.month - 1, local.day) / 86_400_000;
  };
  return day(deadlineAt) - day(now);
}
