/**
 * Wall-clock time in a municipality's IANA time zone ↔ UTC instants, with `Intl` only.
 * Deadlines are entered and shown as local times ("2026-12-01 18:00" in Sakhalin) but stored
 * as UTC instants (2026-12-01T07:00Z).
 */

export interface LocalDateTime {
  year: number;
  /** 1–12 */
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      second: "numeric",
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** True for a zone `Intl` knows, written as an IANA name (Area/City) or `UTC`. */
export function isTimeZone(value: string): boolean {
  try {
    formatterFor(value);
    return value.includes("/") || value === "UTC";
  } catch {
    return false;
  }
}

/** The wall-clock reading in `timeZone` at `instant`. */
export function toLocalDateTime(instant: Date, timeZone: string): LocalDateTime {
  const parts: Record<string, number> = {};
  for (const part of formatterFor(timeZone).formatToParts(instant))
    if (part.type !== "literal") parts[part.type] = Number(part.value);
  return {
    year: parts.year ?? 0,
    month: parts.month ?? 0,
    day: parts.day ?? 0,
    hour: parts.hour ?? 0,
    minute: parts.minute ?? 0,
    second: parts.second ?? 0,
  };
}

/** Minutes the zone is ahead of UTC at `instant` (Sakhalin +660, Moscow +180). */
export function utcOffsetMinutes(instant: Date, timeZone: string): number {
  const local = toLocalDateTime(instant, timeZone);
  const asUtc = Date.UTC(
    local.year,
    local.month - 1,
    local.day,
    local.hour,
    local.minute,
    local.second,
  );
  const whole = Math.floor(instant.getTime() / 1000) * 1000;
  return Math.round((asUtc - whole) / 60_000);
}

/**
 * The instant when clocks in `timeZone` show `local`. The offset is looked up twice because it
 * may differ on either side of a daylight-saving change (Russia has none since 2014, others do).
 */
export function fromLocalDateTime(local: LocalDateTime, timeZone: string): Date {
  const wall = Date.UTC(
    local.year,
    local.month - 1,
    local.day,
    local.hour,
    local.minute,
    local.second,
  );
  const firstGuess = wall - utcOffsetMinutes(new Date(wall), timeZone) * 60_000;
  const offset = utcOffsetMinutes(new Date(firstGuess), timeZone);
  return new Date(wall - offset * 60_000);
}

const LOCAL_PATTERN = /^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{2}):(\d{2})(?::(\d{2}))?)?$/;

/** Reads `2026-12-01 18:00` (or `2026-12-01T18:00:30`, or a bare date meaning midnight); null if malformed. */
export function parseLocalDateTime(text: string): LocalDateTime | null {
  const match = LOCAL_PATTERN.exec(text.trim());
  if (!match) return null;
  const [year, month, day, hour, minute, second] = match
    .slice(1)
    .map((part) => (part === undefined ? 0 : Number(part)));
  const local = {
    year: year ?? 0,
    month: month ?? 0,
    day: day ?? 0,
    hour: hour ?? 0,
    minute: minute ?? 0,
    second: second ?? 0,
  };
  // Date.UTC rolls 31 April over into May; a real calendar date survives the round trip.
  const check = new Date(Date.UTC(local.year, local.month - 1, local.day));
  const valid =
    check.getUTCFullYear() === local.year &&
    check.getUTCMonth() === local.month - 1 &&
    check.getUTCDate() === local.day &&
    local.hour < 24 &&
    local.minute < 60 &&
    local.second < 60;
  return valid ? local : null;
}

/** `localToUtc("2026-12-01 18:00", "Asia/Sakhalin")` → 2026-12-01T07:00:00Z; null if malformed. */
export function localToUtc(text: string, timeZone: string): Date | null {
  const local = parseLocalDateTime(text);
  return local ? fromLocalDateTime(local, timeZone) : null;
}

const pad = (value: number, width = 2) => String(value).padStart(width, "0");

/** `2026-12-01 18:00` as read on clocks in `timeZone`: language-neutral, sorts as text. */
export function formatLocalDateTime(instant: Date, timeZone: string): string {
  const local = toLocalDateTime(instant, timeZone);
  return `${pad(local.year, 4)}-${pad(local.month)}-${pad(local.day)} ${pad(local.hour)}:${pad(local.minute)}`;
}

/** `UTC+11`, `UTC+5`, `UTC+5:30`, `UTC` for the zone at that instant. */
export function formatUtcOffset(instant: Date, timeZone: string): string {
  const offset = utcOffsetMinutes(instant, timeZone);
  if (offset === 0) return "UTC";
  const sign = offset > 0 ? "+" : "-";
  const hours = Math.floor(Math.abs(offset) / 60);
  const minutes = Math.abs(offset) % 60;
  return `UTC${sign}${hours}${minutes ? `:${pad(minutes)}` : ""}`;
}

/** The local calendar day of `instant` in `timeZone`, as UTC midnight of that day. */
export function localDate(instant: Date, timeZone: string): Date {
  const local = toLocalDateTime(instant, timeZone);
  return new Date(Date.UTC(local.year, local.month - 1, local.day));
}
