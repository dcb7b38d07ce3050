import type { WorkCalendar } from "./quiet-hours.ts";

/**
 * The federal non-working days shipped with the system, for the current and the next year; an
 * administrator loads other years (or a corrected one) with `npm run cli -- holidays import`, and
 * a year loaded so replaces the shipped one whole.
 *
 * 2026: the holidays of Labour Code art. 112 and Government decree No. 1466 of 24 September 2025
 * (Saturday 3 January moved to Friday 9 January, Sunday 4 January to Thursday 31 December).
 * 2027: the holidays of art. 112 with the transfers the Code itself makes (1 May, 9 May and 12 June
 * fall on weekends: 3 May, 10 May and 14 June are off) and, from the draft decree, Friday 5 November
 * off and Saturday 13 November working. The decree also moves Saturday 2 and Sunday 3 January;
 * import the signed decree's calendar when it differs.
 */
export interface CalendarYear {
  year: number;
  /** Non-working weekdays and holidays, `YYYY-MM-DD` (weekend days may be listed too). */
  nonWorking: string[];
  /** Saturdays and Sundays made working days. */
  working: string[];
}

export const FEDERAL_CALENDAR: readonly CalendarYear[] = [
  {
    year: 2026,
    nonWorking: [
      "2026-01-01",
      "2026-01-02",
      "2026-01-05",
      "2026-01-06",
      "2026-01-07",
      "2026-01-08",
      "2026-01-09",
      "2026-02-23",
      "2026-03-09",
      "2026-05-01",
      "2026-05-11",
      "2026-06-12",
      "2026-11-04",
      "2026-12-31",
    ],
    working: [],
  },
  {
    year: 2027,
    nonWorking: [
      "2027-01-01",
      "2027-01-04",
      "2027-01-05",
      "2027-01-06",
      "2027-01-07",
      "2027-01-08",
      "2027-02-23",
      "2027-03-08",
      "2027-05-03",
      "2027-05-10",
      "2027-06-14",
      "2027-11-04",
      "2027-11-05",
    ],
    working: ["2027-11-13"],
  },
];

/** The calendar from the shipped years, each replaced by a loaded year of the same number. */
export function workCalendar(loaded: readonly CalendarYear[]): WorkCalendar {
  const loadedYears = new Set(loaded.map((year) => year.year));
  const years = [...FEDERAL_CALENDAR.filter((year) => !loadedYears.has(year.year)), ...loaded];
  return {
    nonWorking: new Set(years.flatMap((year) => year.nonWorking)),
    working: new Set(years.flatMap((year) => year.working)),
  };
}
