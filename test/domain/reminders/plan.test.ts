import { describe, expect, it } from "vitest";
import { formatLocalDateTime, localToUtc } from "../../../src/domain/local-time.ts";
import { workCalendar } from "../../../src/domain/reminders/federal-calendar.ts";
import { digestPlan, latestDigestDue, schoolPlan } from "../../../src/domain/reminders/plan.ts";
import { DEFAULT_POLICY, type ReminderPolicy } from "../../../src/domain/reminders/policy.ts";
import { DEFAULT_QUIET } from "../../../src/domain/reminders/quiet-hours.ts";
import { daysToDeadline, reminderToSend } from "../../../src/domain/reminders/school-window.ts";

const calendar = workCalendar([]);
const utc = (local: string, timezone: string) => localToUtc(local, timezone) as Date;

/** A school's plan as a coordinator reads it: local time, kind and days, to whom. */
function plan(
  timezone: string,
  deadline: string,
  options: { from: string; horizonDays?: number; until?: string; policy?: ReminderPolicy },
) {
  const deadlineAt = utc(deadline, timezone);
  return schoolPlan({
    deadlineAt,
    timezone,
    policy: options.policy ?? DEFAULT_POLICY,
    quiet: DEFAULT_QUIET,
    calendar,
    from: utc(options.from, timezone),
    until: options.until ? utc(options.until, timezone) : null,
    horizon: new Date(deadlineAt.getTime() + (options.horizonDays ?? 6) * 86_400_000),
    late: true,
  }).map((r) => `${formatLocalDateTime(r.dueAt, timezone)} ${r.kind} ${r.days} → ${r.audience}`);
}

describe("a school's reminder plan", () => {
  it("one deadline instant, three municipalities: each reminded at nine on its own clock", () => {
    // Wednesday 16 December 2026 at 18:00 in Sakhalin is 07:00 UTC: 12:00 in Yekaterinburg and
    // 10:00 in Moscow on the same Wednesday.
    expect(plan("Asia/Sakhalin", "2026-12-16 18:00", { from: "2026-12-01 10:00" })).toEqual([
      "2026-12-09 09:00 before 7 → school",
      // Sunday the 13th → Monday 08:00.
      "2026-12-14 08:00 before 3 → school",
      "2026-12-15 09:00 before 1 → school",
      "2026-12-16 09:00 deadline-day 0 → school",
      "2026-12-17 09:00 escalation 1 → director",
      "2026-12-18 09:00 overdue 2 → school",
      // Sunday the 20th (4 days late) → Monday the 21st at 08:00.
      "2026-12-21 08:00 overdue 4 → school",
      "2026-12-22 09:00 overdue 6 → school",
    ]);
    expect(plan("Asia/Yekaterinburg", "2026-12-16 12:00", { from: "2026-12-01 10:00" })[0]).toBe(
      "2026-12-09 09:00 before 7 → school",
    );
    expect(utc("2026-12-16 18:00", "Asia/Sakhalin").getTime()).toBe(
      utc("2026-12-16 10:00", "Europe/Moscow").getTime(),
    );
    expect(plan("Europe/Moscow", "2026-12-16 10:00", { from: "2026-12-01 10:00" })).toEqual(
      plan("Asia/Sakhalin", "2026-12-16 18:00", { from: "2026-12-01 10:00" }),
    );
  });

  it("a deadline at midnight belongs to the day before: no deadline-day reminder after it", () => {
    // 1 December 00:00 in Yekaterinburg: the last day is 30 November, across a month end.
    expect(
      plan("Asia/Yekaterinburg", "2026-12-01 00:00", { from: "2026-11-20 10:00", horizonDays: 4 }),
    ).toEqual([
      "2026-11-24 09:00 before 7 → school",
      // 3 days before is Saturday the 28th: moved to Monday, where the 1-day reminder says it.
      "2026-11-30 09:00 before 1 → school",
      "2026-12-02 09:00 escalation 1 → director",
      "2026-12-03 09:00 overdue 2 → school",
    ]);
    // A deadline at 09:00 sharp leaves no deadline-day reminder either.
    expect(
      plan("Europe/Moscow", "2026-12-10 09:00", { from: "2026-12-08 10:00", horizonDays: 0 }),
    ).toEqual(["2026-12-09 09:00 before 1 → school"]);
  });

  it("merges reminders pushed into one day: the later one goes, at its own time", () => {
    // Monday 14 December: 1 day before is Sunday → merged with the deadline day's 09:00.
    expect(
      plan("Europe/Moscow", "2026-12-14 18:00", { from: "2026-12-10 10:00", horizonDays: 0 }),
    ).toEqual(["2026-12-11 09:00 before 3 → school", "2026-12-14 09:00 deadline-day 0 → school"]);
  });

  it("plans nothing before `from` and nothing from `until` on", () => {
    expect(
      plan("Europe/Moscow", "2026-12-16 18:00", {
        from: "2026-12-15 09:00",
        until: "2026-12-18 09:00",
      }),
    ).toEqual([
      "2026-12-15 09:00 before 1 → school",
      "2026-12-16 09:00 deadline-day 0 → school",
      "2026-12-17 09:00 escalation 1 → director",
    ]);
  });

  it("follows a policy of its own", () => {
    const policy = {
      beforeDays: [2],
      deadlineDay: false,
      overdueEveryDays: 3,
      escalateAfterDays: null,
      digest: false,
    };
    expect(plan("Europe/Moscow", "2026-12-16 18:00", { from: "2026-12-01 10:00", policy })).toEqual(
      [
        "2026-12-14 09:00 before 2 → school",
        // 3 days late on Saturday the 19th → Monday 08:00.
        "2026-12-21 08:00 overdue 3 → school",
        "2026-12-22 09:00 overdue 6 → school",
      ],
    );
  });
});

describe("the coordinators' digest", () => {
  const timezone = "Europe/Moscow";
  it("goes each working morning after the deadline day; a weekend's goes with Monday's, at nine", () => {
    const deadlineAt = utc("2026-12-10 18:00", timezone);
    const digests = digestPlan({
      deadlineAt,
      timezone,
      quiet: DEFAULT_QUIET,
      calendar,
      from: deadlineAt,
      until: null,
      horizon: utc("2026-12-15 12:00", timezone),
    }).map((d) => formatLocalDateTime(d.dueAt, timezone));
    expect(digests).toEqual(["2026-12-11 09:00", "2026-12-14 09:00", "2026-12-15 09:00"]);
    const at = (local: string) => {
      const due = latestDigestDue(utc(local, timezone), {
        timezone,
        quiet: DEFAULT_QUIET,
        calendar,
      });
      return due && formatLocalDateTime(due, timezone);
    };
    expect(at("2026-12-14 08:30")).toBe("2026-12-11 09:00");
    expect(at("2026-12-14 09:00")).toBe("2026-12-14 09:00");
    expect(at("2026-12-13 12:00")).toBe("2026-12-11 09:00");
  });
});

describe("choosing the reminder to send", () => {
  const timezone = "Europe/Moscow";
  const reminders = plan(timezone, "2026-12-16 18:00", { from: "2026-12-01 10:00" });
  const real = schoolPlan({
    deadlineAt: utc("2026-12-16 18:00", timezone),
    timezone,
    policy: DEFAULT_POLICY,
    quiet: DEFAULT_QUIET,
    calendar,
    from: utc("2026-12-01 10:00", timezone),
    until: null,
    horizon: utc("2026-12-20 00:00", timezone),
    late: true,
  });
  const pick = (local: string) => {
    const chosen = reminderToSend(
      real.filter((r) => r.audience === "school"),
      utc(local, timezone),
      timezone,
    );
    return chosen && `${formatLocalDateTime(chosen.dueAt, timezone)} ${chosen.kind}`;
  };
  it("sends the latest due; one missed yesterday waits for nothing when none comes today", () => {
    expect(reminders).toHaveLength(8);
    expect(pick("2026-12-09 08:59")).toBeNull();
    expect(pick("2026-12-09 09:00")).toBe("2026-12-09 09:00 before");
    expect(pick("2026-12-12 12:00")).toBe("2026-12-09 09:00 before");
    // On Monday at 08:30, Sunday's 3-day reminder (moved to 08:00) is due.
    expect(pick("2026-12-14 08:30")).toBe("2026-12-14 08:00 before");
    // On the 15th at 08:30 the 1-day reminder is half an hour away: Monday's is not repeated.
    expect(pick("2026-12-15 08:30")).toBeNull();
    expect(pick("2026-12-15 09:00")).toBe("2026-12-15 09:00 before");
  });

  it("counts days on the municipality's calendar, negative once late", () => {
    const deadline = utc("2026-12-16 18:00", timezone);
    expect(daysToDeadline(utc("2026-12-09 09:00", timezone), deadline, timezone)).toBe(7);
    expect(daysToDeadline(utc("2026-12-16 23:59", timezone), deadline, timezone)).toBe(0);
    expect(daysToDeadline(utc("2026-12-17 00:01", timezone), deadline, timezone)).toBe(-1);
  });
});
