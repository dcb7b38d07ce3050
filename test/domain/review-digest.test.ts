import { describe, expect, it } from "vitest";
import { digestDueAt, isDigestDue } from "../../src/domain/review-digest.ts";

// 09:00 in Sakhalin (UTC+11) is 22:00 UTC the day before.
const SAKHALIN = "Asia/Sakhalin";

describe("the daily review digest", () => {
  it("is due from the hour on the municipality's clock, not before", () => {
    expect(digestDueAt(new Date("2026-11-25T21:59:00Z"), SAKHALIN, 9)).toBeNull();
    expect(digestDueAt(new Date("2026-11-25T22:30:00Z"), SAKHALIN, 9)).toEqual(
      new Date("2026-11-25T22:00:00Z"),
    );
  });

  it("goes out once a day: not again after today's went out, again the next day", () => {
    const sentToday = new Date("2026-11-25T22:30:00Z");
    expect(isDigestDue(new Date("2026-11-25T22:30:00Z"), SAKHALIN, 9, null)).toBe(true);
    expect(isDigestDue(new Date("2026-11-25T23:30:00Z"), SAKHALIN, 9, sentToday)).toBe(false);
    expect(isDigestDue(new Date("2026-11-26T22:30:00Z"), SAKHALIN, 9, sentToday)).toBe(true);
  });
});
