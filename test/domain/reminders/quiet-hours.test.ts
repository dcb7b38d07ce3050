import { describe, expect, it } from "vitest";
import { formatLocalDateTime, localToUtc } from "../../../src/domain/local-time.ts";
import { workCalendar } from "../../../src/domain/reminders/federal-calendar.ts";
import {
  DEFAULT_QUIET,
  isQuiet,
  nextAllowed,
  parseMinuteOfDay,
} from "../../../src/domain/reminders/quiet-hours.ts";

const calendar = workCalendar([]);
/** Where a reminder meant for this local time goes, on the same clocks. */
function moved(local: string, timezone = "Europe/Moscow", rules = DEFAULT_QUIET) {
  const instant = localToUtc(local, timezone);
  if (!instant) throw new Error(local);
  return formatLocalDateTime(nextAllowed(instant, timezone, rules, calendar), timezone);
}

describe("quiet time", () => {
  it("leaves a working day's daytime alone, to the minute", () => {
    expect(moved("2026-12-02 08:00")).toBe("2026-12-02 08:00");
    expect(moved("2026-12-02 20:59")).toBe("2026-12-02 20:59");
  });

  it("moves the night to 08:00 the next morning, or the same morning after midnight", () => {
    expect(moved("2026-12-02 21:00")).toBe("2026-12-03 08:00");
    expect(moved("2026-12-02 23:30")).toBe("2026-12-03 08:00");
    expect(moved("2026-12-03 03:00")).toBe("2026-12-03 08:00");
  });

  it("moves weekends to Monday 08:00, and Friday night too", () => {
    expect(moved("2026-12-05 09:00")).toBe("2026-12-07 08:00");
    expect(moved("2026-12-06 15:00")).toBe("2026-12-07 08:00");
    expect(moved("2026-12-04 22:00")).toBe("2026-12-07 08:00");
  });

  it("skips the federal holidays: New Year from 31 December to 11 January 2027, 4 November", () => {
    expect(moved("2026-12-31 09:00")).toBe("2027-01-11 08:00");
    expect(moved("2026-12-30 21:30")).toBe("2027-01-11 08:00");
    expect(moved("2026-11-04 09:00")).toBe("2026-11-05 08:00");
    expect(moved("2026-03-09 09:00")).toBe("2026-03-10 08:00");
  });

  it("lets a Saturday made working be working, and a loaded year replace the shipped one", () => {
    expect(moved("2027-11-13 10:00")).toBe("2027-11-13 10:00");
    const loaded = workCalendar([{ year: 2027, nonWorking: ["2027-11-15"], working: [] }]);
    const instant = localToUtc("2027-11-13 10:00", "Europe/Moscow") as Date;
    expect(
      formatLocalDateTime(
        nextAllowed(instant, "Europe/Moscow", DEFAULT_QUIET, loaded),
        "Europe/Moscow",
      ),
    ).toBe("2027-11-16 08:00");
  });

  it("reads each municipality's own clock: Sakhalin's night is Moscow's afternoon", () => {
    const instant = new Date("2026-12-02T11:00:00Z");
    expect(isQuiet(instant, "Asia/Sakhalin", DEFAULT_QUIET, calendar)).toBe(true);
    expect(isQuiet(instant, "Europe/Moscow", DEFAULT_QUIET, calendar)).toBe(false);
    expect(moved("2026-12-02 22:00", "Asia/Sakhalin")).toBe("2026-12-03 08:00");
  });

  it("follows a municipality's own rules: other hours, weekends allowed, holidays allowed", () => {
    const rules = { fromMinute: 20 * 60, toMinute: 9 * 60, weekends: false, holidays: false };
    expect(moved("2026-12-05 19:00", "Europe/Moscow", rules)).toBe("2026-12-05 19:00");
    expect(moved("2026-12-05 20:00", "Europe/Moscow", rules)).toBe("2026-12-06 09:00");
    expect(moved("2026-12-31 10:00", "Europe/Moscow", rules)).toBe("2026-12-31 10:00");
    const lunch = { fromMinute: 13 * 60, toMinute: 14 * 60, weekends: true, holidays: true };
    expect(moved("2026-12-02 13:30", "Europe/Moscow", lunch)).toBe("2026-12-02 14:00");
    expect(moved("2026-12-02 23:30", "Europe/Moscow", lunch)).toBe("2026-12-02 23:30");
  });

  it("reads times of day", () => {
    expect(parseMinuteOfDay("21:00")).toBe(1260);
    expect(parseMinuteOfDay("8:30")).toBe(510);
    expect(parseMinuteOfDay("24:00")).toBeNull();
    expect(parseMinuteOfDay("9")).toBeNull();
  });
});
