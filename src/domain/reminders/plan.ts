import { fromLocalDateTime, toLocalDateTime } from "../local-time.ts";
import { REMINDER_HOUR, type ReminderPolicy } from "./policy.ts";
import { isoDate, nextAllowed, type QuietRules, type WorkCalendar } from "./quiet-hours.ts";

/**
 * Which reminders a school gets for one campaign, and when — computed from the deadline, the
 * policy and the municipality's quiet time alone, so that what is sent always follows from the
 * database as it is now: a moved deadline, a changed policy or a reopened school simply gives
 * another plan.
 */

export type ReminderKind = "before" | "deadline-day" | "overdue" | "escalation" | "digest";

/** Who a reminder is for: the school's responsible people, its director, or coordinators. */
export type ReminderAudience = "school" | "director" | "coordinator";

export interface PlannedReminder {
  kind: ReminderKind;
  /** Days before the deadline day (`before`) or after it (`overdue`, `escalation`); else 0. */
  days: number;
  audience: ReminderAudience;
  /** REMINDER_HOUR o'clock on the day the policy names, on the municipality's clocks. */
  nominalAt: Date;
  /** When it goes: `nominalAt`, or the next allowed moment when that falls in quiet time. */
  dueAt: Date;
  /** Names this reminder among the others of its audience for this deadline and policy. */
  slot: string;
}

export interface SchoolPlanInput {
  deadlineAt: Date;
  timezone: string;
  policy: ReminderPolicy;
  quiet: QuietRules;
  calendar: WorkCalendar;
  /** Nothing due before this moment: the opening, or the last change of deadline or policy. */
  from: Date;
  /** Nothing due at or after this moment (the campaign closes then); null: no end. */
  until: Date | null;
  /** Plan up to this moment (open-ended late reminders would go on for ever). */
  horizon: Date;
  /** False for a school reopened after closing: it is reminded up to its new deadline only. */
  late: boolean;
}

const DAY_MS = 86_400_000;
/** Quiet days in a row never exceed this (the New Year holidays are 11), so plans look so far past the horizon to merge correctly. */
const LONGEST_QUIET_DAYS = 21;

/** REMINDER_HOUR o'clock `offset` days after the local date of `instant`. */
function atReminderHour(instant: Date, timezone: string, offset: number): Date {
  const local = toLocalDateTime(instant, timezone);
  const day = new Date(Date.UTC(local.year, local.month - 1, local.day + offset));
  return fromLocalDateTime(
    {
      year: day.getUTCFullYear(),
      month: day.getUTCMonth() + 1,
      day: day.getUTCDate(),
      hour: REMINDER_HOUR,
      minute: 0,
      second: 0,
    },
    timezone,
  );
}

interface Nominal {
  kind: ReminderKind;
  days: number;
  audience: ReminderAudience;
  nominalAt: Date;
}

/**
 * Moves each reminder out of quiet time, then keeps one per audience and local day — the one
 * the policy names last — so that a reminder pushed past a weekend does not arrive an hour before
 * the next one: the person gets the later, more pressing one.
 */
function shiftAndMerge(
  nominals: readonly Nominal[],
  input: Pick<SchoolPlanInput, "timezone" | "quiet" | "calendar">,
): PlannedReminder[] {
  const kept = new Map<string, PlannedReminder>();
  for (const nominal of [...nominals].sort(
    (a, b) => a.nominalAt.getTime() - b.nominalAt.getTime(),
  )) {
    const dueAt = nextAllowed(nominal.nominalAt, input.timezone, input.quiet, input.calendar);
    const day = isoDate(toLocalDateTime(dueAt, input.timezone));
    kept.set(`${nominal.audience}:${day}`, {
      ...nominal,
      dueAt,
      slot: `${nominal.kind}:${nominal.days}:${nominal.nominalAt.toISOString()}`,
    });
  }
  return [...kept.values()].sort(
    (a, b) => a.dueAt.getTime() - b.dueAt.getTime() || a.audience.localeCompare(b.audience),
  );
}

function withinBounds(
  reminder: PlannedReminder,
  input: Pick<SchoolPlanInput, "from" | "until" | "horizon">,
): boolean {
  const due = reminder.dueAt.getTime();
  return (
    due >= input.from.getTime() &&
    due <= input.horizon.getTime() &&
    (input.until === null || due < input.until.getTime())
  );
}

/** A school's reminders (to its responsible people and to its director), soonest first. */
export function schoolPlan(input: SchoolPlanInput): PlannedReminder[] {
  const { deadlineAt, timezone, policy } = input;
  const nominals: Nominal[] = [];
  const add = (kind: ReminderKind, days: number, audience: ReminderAudience, at: Date) =>
    nominals.push({ kind, days, audience, nominalAt: at });
  for (const days of policy.beforeDays) {
    const at = atReminderHour(deadlineAt, timezone, -days);
    if (at < deadlineAt) add("before", days, "school", at);
  }
  if (policy.deadlineDay) {
    const at = atReminderHour(deadlineAt, timezone, 0);
    // A deadline at nine in the morning or earlier leaves no deadline-day reminder before it.
    if (at < deadlineAt) add("deadline-day", 0, "school", at);
  }
  if (input.late) {
    const last = input.horizon.getTime() + LONGEST_QUIET_DAYS * DAY_MS;
    const end = input.until ? Math.min(input.until.getTime(), last) : last;
    const every = policy.overdueEveryDays;
    if (every !== null)
      for (let days = every; ; days += every) {
        const at = atReminderHour(deadlineAt, timezone, days);
        if (at.getTime() > end) break;
        add("overdue", days, "school", at);
      }
    const escalate = policy.escalateAfterDays;
    if (escalate !== null)
      add("escalation", escalate, "director", atReminderHour(deadlineAt, timezone, escalate));
  }
  return shiftAndMerge(nominals, input).filter((reminder) => withinBounds(reminder, input));
}

/**
 * The coordinators' morning digests from the day after the deadline day, one per allowed day,
 * while the campaign may still have late schools.
 */
export function digestPlan(input: Omit<SchoolPlanInput, "policy" | "late">): PlannedReminder[] {
  const nominals: Nominal[] = [];
  const end = Math.min(
    input.until?.getTime() ?? Number.POSITIVE_INFINITY,
    input.horizon.getTime() + LONGEST_QUIET_DAYS * DAY_MS,
  );
  for (let days = 1; ; days++) {
    const at = atReminderHour(input.deadlineAt, input.timezone, days);
    if (at.getTime() > end) break;
    nominals.push({ kind: "digest", days, audience: "coordinator", nominalAt: at });
  }
  return shiftAndMerge(nominals, input).filter((reminder) => withinBounds(reminder, input));
}

/**
 * The latest digest due by `now`: REMINDER_HOUR o'clock of each day moved out of quiet time and
 * merged per day exactly as `digestPlan` lists them (a weekend's digests go with Monday's, at
 * nine); null when none is due within three weeks back.
 */
export function latestDigestDue(
  now: Date,
  input: Pick<SchoolPlanInput, "timezone" | "quiet" | "calendar">,
): Date | null {
  const nominals: Nominal[] = [];
  for (let back = LONGEST_QUIET_DAYS; back >= -1; back--)
    nominals.push({
      kind: "digest",
      days: 0,
      audience: "coordinator",
      nominalAt: atReminderHour(now, input.timezone, -back),
    });
  let latest: Date | null = null;
  for (const digest of shiftAndMerge(nominals, input))
    if (digest.dueAt.getTime() <= now.getTime()) latest = digest.dueAt;
  return latest;
}
