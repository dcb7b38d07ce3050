import { describe, expect, it } from "vitest";
import {
  isPeriodCode,
  nextPeriodCode,
  PeriodCodeError,
  parsePeriodCode,
  periodContaining,
  periodTitleParts,
  previousPeriodCode,
} from "../../src/domain/periods.ts";

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe("parsePeriodCode", () => {
  it("reads a school year as 1 September to 31 August", () => {
    expect(parsePeriodCode("2025-26")).toEqual({
      code: "2025-26",
      kind: "school_year",
      startsOn: day("2025-09-01"),
      endsOn: day("2026-08-31"),
    });
  });

  it("reads calendar years, halves, quarters and months", () => {
    expect(parsePeriodCode("2025")).toMatchObject({
      kind: "calendar_year",
      startsOn: day("2025-01-01"),
      endsOn: day("2025-12-31"),
    });
    expect(parsePeriodCode("2025-H2")).toMatchObject({
      kind: "half_year",
      startsOn: day("2025-07-01"),
      endsOn: day("2025-12-31"),
    });
    expect(parsePeriodCode("2025-Q3")).toMatchObject({
      kind: "quarter",
      startsOn: day("2025-07-01"),
      endsOn: day("2025-09-30"),
    });
    expect(parsePeriodCode("2024-02")).toMatchObject({
      kind: "month",
      startsOn: day("2024-02-01"),
      endsOn: day("2024-02-29"),
    });
  });

  it("tells a month from a school year by the second number", () => {
    expect(parsePeriodCode("2025-09").kind).toBe("month");
    expect(parsePeriodCode("2025-12").kind).toBe("month");
    expect(parsePeriodCode("2025-26").kind).toBe("school_year");
  });

  it("rejects codes that are no period with an error naming the accepted forms", () => {
    for (const code of ["2025-27", "2025-13", "2025-Q5", "2025-H3", "25-26", "2025/26", "", "2011"])
      expect(isPeriodCode(code), code).toBe(false);
    expect(() => parsePeriodCode("2025-27")).toThrow(PeriodCodeError);
    expect(() => parsePeriodCode("2025-27")).toThrow(/school year \(2025-26\)/);
  });
});

describe("previousPeriodCode and nextPeriodCode", () => {
  it("step to the neighbouring period of the same kind across year ends", () => {
    expect(previousPeriodCode("2025-26")).toBe("2024-25");
    expect(previousPeriodCode("2025")).toBe("2024");
    expect(previousPeriodCode("2025-H1")).toBe("2024-H2");
    expect(previousPeriodCode("2025-Q1")).toBe("2024-Q4");
    expect(previousPeriodCode("2025-01")).toBe("2024-12");
    expect(nextPeriodCode("2024-25")).toBe("2025-26");
    expect(nextPeriodCode("2025-H2")).toBe("2026-H1");
    expect(nextPeriodCode("2025-Q4")).toBe("2026-Q1");
    expect(nextPeriodCode("2025-12")).toBe("2026-01");
  });

  it("keeps the two-digit end of a school year across a century", () => {
    expect(nextPeriodCode("2097-98")).toBe("2098-99");
    expect(nextPeriodCode("2098-99")).toBeNull();
    expect(previousPeriodCode("2012-13")).toBeNull();
  });
});

describe("periodContaining", () => {
  it("puts 31 August in the ending school year and 1 September in the next", () => {
    expect(periodContaining("school_year", day("2026-08-31"))).toBe("2025-26");
    expect(periodContaining("school_year", day("2026-09-01"))).toBe("2026-27");
    expect(periodContaining("quarter", day("2026-08-31"))).toBe("2026-Q3");
    expect(periodContaining("half_year", day("2026-07-01"))).toBe("2026-H2");
    expect(periodContaining("month", day("2026-08-31"))).toBe("2026-08");
    expect(periodContaining("calendar_year", day("2026-08-31"))).toBe("2026");
  });

  it("reads the day on the municipality's clock when given a time zone", () => {
    const instant = new Date("2026-08-31T20:00:00Z");
    expect(periodContaining("school_year", instant)).toBe("2025-26");
    expect(periodContaining("school_year", instant, "Asia/Sakhalin")).toBe("2026-27");
    expect(periodContaining("school_year", instant, "Europe/Moscow")).toBe("2025-26");
  });
});

describe("periodTitleParts", () => {
  it("returns words-free parts for the locale files to render", () => {
    expect(periodTitleParts("2025-26")).toEqual({ kind: "school_year", year: 2025, index: 0 });
    expect(periodTitleParts("2025-Q3")).toEqual({ kind: "quarter", year: 2025, index: 3 });
    expect(periodTitleParts("2025-09")).toEqual({ kind: "month", year: 2025, index: 9 });
    expect(periodTitleParts("nonsense")).toBeNull();
  });
});
