import { describe, expect, it } from "vitest";
import {
  formatLocalDateTime,
  formatUtcOffset,
  fromLocalDateTime,
  isTimeZone,
  localDate,
  localToUtc,
  parseLocalDateTime,
  toLocalDateTime,
} from "../../src/domain/local-time.ts";

describe("localToUtc", () => {
  it("turns a Sakhalin deadline of 18:00 into 07:00 UTC", () => {
    expect(localToUtc("2026-12-01 18:00", "Asia/Sakhalin")?.toISOString()).toBe(
      "2026-12-01T07:00:00.000Z",
    );
  });

  it("turns a Bashkortostan deadline of 18:00 into 13:00 UTC", () => {
    expect(localToUtc("2026-12-01 18:00", "Asia/Yekaterinburg")?.toISOString()).toBe(
      "2026-12-01T13:00:00.000Z",
    );
  });

  it("turns a Smolensk deadline of 18:00 into 15:00 UTC", () => {
    expect(localToUtc("2026-12-01 18:00", "Europe/Moscow")?.toISOString()).toBe(
      "2026-12-01T15:00:00.000Z",
    );
  });

  it("moves a local midnight onto the previous UTC day", () => {
    expect(localToUtc("2027-01-01", "Asia/Sakhalin")?.toISOString()).toBe(
      "2026-12-31T13:00:00.000Z",
    );
  });

  it("finds the right offset on both sides of a daylight-saving change", () => {
    expect(localToUtc("2026-03-29 01:30", "Europe/Berlin")?.toISOString()).toBe(
      "2026-03-29T00:30:00.000Z",
    );
    expect(localToUtc("2026-03-29 04:00", "Europe/Berlin")?.toISOString()).toBe(
      "2026-03-29T02:00:00.000Z",
    );
  });

  it("returns null for text that is no date or no real day", () => {
    expect(localToUtc("01.12.2026 18:00", "Europe/Moscow")).toBeNull();
    expect(localToUtc("2026-02-30 18:00", "Europe/Moscow")).toBeNull();
    expect(localToUtc("2026-12-01 24:00", "Europe/Moscow")).toBeNull();
  });
});

describe("toLocalDateTime and formatting", () => {
  const instant = new Date("2026-12-01T07:00:00Z");

  it("reads the same instant on each municipality's clock", () => {
    expect(formatLocalDateTime(instant, "Asia/Sakhalin")).toBe("2026-12-01 18:00");
    expect(formatLocalDateTime(instant, "Asia/Yekaterinburg")).toBe("2026-12-01 12:00");
    expect(formatLocalDateTime(instant, "Europe/Moscow")).toBe("2026-12-01 10:00");
  });

  it("names the offset from UTC", () => {
    expect(formatUtcOffset(instant, "Asia/Sakhalin")).toBe("UTC+11");
    expect(formatUtcOffset(instant, "Asia/Yekaterinburg")).toBe("UTC+5");
    expect(formatUtcOffset(instant, "Europe/Moscow")).toBe("UTC+3");
    expect(formatUtcOffset(instant, "Asia/Kolkata")).toBe("UTC+5:30");
    expect(formatUtcOffset(instant, "UTC")).toBe("UTC");
  });

  it("round-trips a local reading through UTC", () => {
    const local = parseLocalDateTime("2026-05-25 09:15:30");
    expect(local).not.toBeNull();
    if (!local) return;
    for (const zone of ["Asia/Sakhalin", "Asia/Yekaterinburg", "Europe/Moscow"])
      expect(toLocalDateTime(fromLocalDateTime(local, zone), zone)).toEqual(local);
  });

  it("gives the local calendar day as UTC midnight", () => {
    const evening = new Date("2026-08-31T20:00:00Z");
    expect(localDate(evening, "Asia/Sakhalin").toISOString()).toBe("2026-09-01T00:00:00.000Z");
    expect(localDate(evening, "Europe/Moscow").toISOString()).toBe("2026-08-31T00:00:00.000Z");
  });
});

describe("isTimeZone", () => {
  it("accepts IANA zones and rejects abbreviations and nonsense", () => {
    expect(isTimeZone("Asia/Sakhalin")).toBe(true);
    expect(isTimeZone("UTC")).toBe(true);
    expect(isTimeZone("MSK")).toBe(false);
    expect(isTimeZone("Mars/Olympus")).toBe(false);
  });
});
