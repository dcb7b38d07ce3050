import { localDate } from "./local-time.ts";

/**
 * Reporting periods and their codes. A school year runs 1 September – 31 August; the others
 * follow the calendar. Dates are UTC midnight of the first and the last day: a period is a span
 * of calendar days, and each municipality reads those days on its own clock.
 */
export const PERIOD_KINDS = [
  "school_year",
  "calendar_year",
  "half_year",
  "quarter",
  "month",
] as const;
export type PeriodKind = (typeof PERIOD_KINDS)[number];

export interface PeriodRange {
  code: string;
  kind: PeriodKind;
  /** UTC midnight of the first day. */
  startsOn: Date;
  /** UTC midnight of the last day. */
  endsOn: Date;
}

/**
 * What a title is made of, without words: `{ kind: "quarter", year: 2025, index: 3 }` becomes
 * "III квартал 2025 г." or "Q3 2025" in the locale files. A school year starts in `year`.
 */
export interface PeriodTitleParts {
  kind: PeriodKind;
  year: number;
  /** Half (1–2), quarter (1–4) or month (1–12); 0 for whole years. */
  index: number;
}

export class PeriodCodeError extends Error {
  constructor(readonly code: string) {
    super(
      `"${code}" is not a period code: expected a school year (2025-26), a calendar year (2025), a half year (2025-H1), a quarter (2025-Q3) or a month (2025-09)`,
    );
    this.name = "PeriodCodeError";
  }
}

export function isPeriodKind(value: string): value is PeriodKind {
  return (PERIOD_KINDS as readonly string[]).includes(value);
}

// Within these years a code has one meaning: "2010-11" could be a school year or November 2010,
// but from 2012 a school year's second half (13 and up) is never a month number.
const MIN_YEAR = 2012;
const MAX_YEAR = 2098;
const PATTERNS: Array<[PeriodKind, RegExp]> = [
  ["school_year", /^(\d{4})-(\d{2})$/],
  ["calendar_year", /^(\d{4})$/],
  ["half_year", /^(\d{4})-H([12])$/],
  ["quarter", /^(\d{4})-Q([1-4])$/],
  ["month", /^(\d{4})-(\d{2})$/],
];

/** The parts of a code, or null when it is not one. `2025-09` is a month; `2025-26` a school year. */
export function periodTitleParts(code: string): PeriodTitleParts | null {
  for (const [kind, pattern] of PATTERNS) {
    const match = pattern.exec(code);
    if (!match) continue;
    const year = Number(match[1]);
    const second = Number(match[2] ?? 0);
    if (year < MIN_YEAR || year > MAX_YEAR) return null;
    if (kind === "school_year") {
      // The two digits after the dash are the next year's: 2025-26, 2099-00.
      if (second === (year + 1) % 100) return { kind, year, index: 0 };
      continue;
    }
    if (kind === "month" && (second < 1 || second > 12)) return null;
    return { kind, year, index: second };
  }
  return null;
}

export function isPeriodCode(code: string): boolean {
  return periodTitleParts(code) !== null;
}

/** `2025-26` → school year 2025-09-01 … 2026-08-31; throws PeriodCodeError for anything else. */
export function parsePeriodCode(code: string): PeriodRange {
  const parts = periodTitleParts(code);
  if (!parts) throw new PeriodCodeError(code);
  const [first, months] = spanOf(parts);
  const startsOn = new Date(Date.UTC(parts.year, first, 1));
  // Day 0 of the month after the span is its last day.
  const endsOn = new Date(Date.UTC(parts.year, first + months, 0));
  return { code, kind: parts.kind, startsOn, endsOn };
}

/** First month (0-based, may pass 11 only through Date.UTC arithmetic) and length in months. */
function spanOf({ kind, index }: PeriodTitleParts): [number, number] {
  switch (kind) {
    case "school_year":
      return [8, 12];
    case "calendar_year":
      return [0, 12];
    case "half_year":
      return [(index - 1) * 6, 6];
    case "quarter":
      return [(index - 1) * 3, 3];
    case "month":
      return [index - 1, 1];
  }
}

/** The code of the period of the same kind that starts on `date`'s calendar day (UTC parts). */
function codeAt(kind: PeriodKind, date: Date): string {
  const year = date.getUTCFullYear();
  const month = date.getUTCMonth() + 1;
  switch (kind) {
    case "school_year": {
      const start = month >= 9 ? year : year - 1;
      return `${start}-${String((start + 1) % 100).padStart(2, "0")}`;
    }
    case "calendar_year":
      return String(year);
    case "half_year":
      return `${year}-H${month <= 6 ? 1 : 2}`;
    case "quarter":
      return `${year}-Q${Math.ceil(month / 3)}`;
    case "month":
      return `${year}-${String(month).padStart(2, "0")}`;
  }
}

/**
 * The period of `kind` that contains `date`. With `timeZone` the date is the local calendar day
 * there (31 August 20:00 UTC is already 1 September in Sakhalin); without it, the UTC day.
 */
export function periodContaining(kind: PeriodKind, date: Date, timeZone?: string): string {
  return codeAt(kind, timeZone ? localDate(date, timeZone) : date);
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** The period of the same kind just before: 2025-26 → 2024-25, 2025-Q1 → 2024-Q4; null before 2012. */
export function previousPeriodCode(code: string): string | null {
  const { kind, startsOn } = parsePeriodCode(code);
  const previous = codeAt(kind, new Date(startsOn.getTime() - DAY_MS));
  return isPeriodCode(previous) ? previous : null;
}

/** The period of the same kind just after: 2024-25 → 2025-26, 2025-12 → 2026-01; null after 2098. */
export function nextPeriodCode(code: string): string | null {
  const { kind, endsOn } = parsePeriodCode(code);
  const next = codeAt(kind, new Date(endsOn.getTime() + DAY_MS));
  return isPeriodCode(next) ? next : null;
}

/** Whether `date`'s UTC calendar day falls within the period (both ends included). */
export function periodIncludes(
  period: Pick<PeriodRange, "startsOn" | "endsOn">,
  day: Date,
): boolean {
  const time = Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate());
  return time >= period.startsOn.getTime() && time <= period.endsOn.getTime();
}

/**
 * A period in words, as a locale key and its parameters — the neutral form outgoing messages
 * carry (the sender renders it in the recipient's language); the bare code when it is not one.
 */
export function periodWords(code: string) {
  const parts = periodTitleParts(code);
  if (!parts) return code;
  return {
    // The key keeps its old name so that messages already queued in the outbox still render.
    key: "campaign-period",
    params: {
      kind: parts.kind,
      // Strings, so Fluent does not group the digits ("2,025").
      year: String(parts.year),
      next: String((parts.year + 1) % 100).padStart(2, "0"),
      index: parts.index,
    },
  };
}

/**
 * The one way every message names a period, in the reader's language: "2025/26 учебный год",
 * "I квартал 2026 г.", "январь 2026 г."; "2025/26 school year", "Q1 2026", "January 2026".
 * `t` translates a locale key (the bot's `ctx.t`, or the CLI's translator bound to a language).
 */
export function periodTitle(
  t: (key: string, params?: Record<string, string | number>) => string,
  code: string,
): string {
  const words = periodWords(code);
  return typeof words === "string" ? words : t(words.key, words.params);
}
