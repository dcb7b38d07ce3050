import { fromLocalDateTime, type LocalDateTime, toLocalDateTime } from "../local-time.ts";

/**
 * When nobody is to be disturbed, per municipality: a nightly window on its clocks (default
 * 21:00–08:00), weekends and the non-working days of the calendar. A message that falls inside is
 * moved to the next allowed moment, never dropped.
 */
export interface QuietRules {
  /** Minutes after midnight the quiet window starts and ends; equal values mean no window. */
  fromMinute: number;
  toMinute: number;
  weekends: boolean;
  holidays: boolean;
}

export const DEFAULT_QUIET: QuietRules = {
  fromMinute: 21 * 60,
  toMinute: 8 * 60,
  weekends: true,
  holidays: true,
};

/**
 * The year's non-working days and the weekend days made working by decree, as `YYYY-MM-DD`.
 */
export interface WorkCalendar {
  nonWorking: ReadonlySet<string>;
  working: ReadonlySet<string>;
}

export const EMPTY_CALENDAR: WorkCalendar = { nonWorking: new Set(), working: new Set() };

const pad = (value: number) => String(value).padStart(2, "0");

/** `2026-12-31` for a local date. */
export function isoDate(local: { year: number; month: number; day: number }): string {
  return `${local.year}-${pad(local.month)}-${pad(local.day)}`;
}

/** Whether people are left alone for the whole of this local date. */
export function isQuietDay(
  local: { year: number; month: number; day: number },
  rules: QuietRules,
  calendar: WorkCalendar,
): boolean {
  const date = isoDate(local);
  if (rules.holidays && calendar.nonWorking.has(date)) return true;
  if (!rules.weekends || calendar.working.has(date)) return false;
  const weekday = new Date(Date.UTC(local.year, local.month - 1, local.day)).getUTCDay();
  return weekday === 0 || weekday === 6;
}

function inQuietWindow(minute: number, rules: QuietRules): boolean {
  const { fromMinute: from, toMinute: to } = rules;
  if (from === to) return false;
  return from < to ? minute >= from && minute < to : minute >= from || minute < to;
}

/** Whether `instant` falls in the municipality's quiet time. */
export function isQuiet(
  instant: Date,
  timezone: string,
  rules: QuietRules,
  calendar: WorkCalendar,
): boolean {
  const local = toLocalDateTime(instant, timezone);
  return isQuietDay(local, rules, calendar) || inQuietWindow(local.hour * 60 + local.minute, rules);
}

function nextDay(local: LocalDateTime): LocalDateTime {
  const date = new Date(Date.UTC(local.year, local.month - 1, local.day + 1));
  return {
    year: date.getUTCFullYear(),
    month: date.getUTCMonth() + 1,
    day: date.getUTCDate(),
    hour: 0,
    minute: 0,
    second: 0,
  };
}

function atMinute(local: LocalDateTime, minute: number): LocalDateTime {
  return { ...local, hour: Math.floor(minute / 60), minute: minute % 60, second: 0 };
}

/**
 * `instant` itself when it is allowed, else the first allowed moment after it: the end of the
 * nightly window on the next day that is neither a weekend nor a holiday.
 */
export function nextAllowed(
  instant: Date,
  timezone: string,
  rules: QuietRules,
  calendar: WorkCalendar,
): Date {
  let local = toLocalDateTime(instant, timezone);
  let moved = false;
  // A year of quiet days in a row cannot happen; the bound only guards against a broken calendar.
  for (let step = 0; step < 800; step++) {
    const minute = local.hour * 60 + local.minute;
    if (isQuietDay(local, rules, calendar)) {
      local = nextDay(local);
      moved = true;
      continue;
    }
    if (!inQuietWindow(minute, rules)) return moved ? fromLocalDateTime(local, timezone) : instant;
    const { fromMinute: from, toMinute: to } = rules;
    // Inside the window: its end is today when the window started yesterday evening (or the
    // window lies within one day), else tomorrow.
    if (minute < to) local = atMinute(local, to);
    else local = from < to ? atMinute(local, to) : atMinute(nextDay(local), to);
    moved = true;
  }
  return instant;
}

/** `21:00` → 1260; null when it is not a time of day. */
export function parseMinuteOfDay(text: string): number | null {
  const match = /^(\d{1,2}):(\d{2})$/.exec(text.trim());
  if (!match) return null;
  const hour = Number(match[1]);
  const minute = Number(match[2]);
  return hour < 24 && minute < 60 ? hour * 60 + minute : null;
}

/** 1260 → `21:00`. */
export function formatMinuteOfDay(minute: number): string {
  return `${pad(Math.floor(minute / 60))}:${pad(minute % 60)}`;
}
