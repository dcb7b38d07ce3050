import { fromLocalDateTime, toLocalDateTime } from "./local-time.ts";

/**
 * When today's review digest of a coordinator in `timezone` is due: `hour` o'clock on their
 * municipality's clock, or null while that hour has not come yet today.
 */
export function digestDueAt(now: Date, timezone: string, hour: number): Date | null {
  const local = toLocalDateTime(now, timezone);
  if (local.hour < hour) return null;
  return fromLocalDateTime({ ...local, hour, minute: 0, second: 0 }, timezone);
}

/** Whether a digest is due now, given when the last one went out (null: never). */
export function isDigestDue(now: Date, timezone: string, hour: number, last: Date | null): boolean {
  const dueAt = digestDueAt(now, timezone, hour);
  return dueAt !== null && (last === null || last.getTime() < dueAt.getTime());
}
