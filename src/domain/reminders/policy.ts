/**
 * A campaign's reminder policy: which days before the deadline the school is reminded, whether on
 * the deadline day, how often once late, when the director is told, and whether coordinators get
 * the morning digest of late schools. Written as text for the command line and stored so:
 * `7d,3d,1d,0d;overdue=2d;escalate=1d` (the default; `digest=off` turns the digest off, `none`
 * instead of the days list sends nothing before the deadline).
 */
export interface ReminderPolicy {
  /** Days before the deadline day, largest first; 0 (the deadline day itself) is `deadlineDay`. */
  beforeDays: number[];
  deadlineDay: boolean;
  /** Every how many days a late school is reminded (counted from the deadline day); null: never. */
  overdueEveryDays: number | null;
  /** How many days after the deadline day the director is told; null: never. */
  escalateAfterDays: number | null;
  /** Whether coordinators get the daily digest of late schools. */
  digest: boolean;
}

/** Reminders go at this hour on the municipality's clocks (then moved out of quiet hours). */
export const REMINDER_HOUR = 9;

/** The furthest ahead a reminder may be planned, and the longest interval between late ones. */
export const MAX_POLICY_DAYS = 60;

export const DEFAULT_POLICY: ReminderPolicy = {
  beforeDays: [7, 3, 1],
  deadlineDay: true,
  overdueEveryDays: 2,
  escalateAfterDays: 1,
  digest: true,
};

export type PolicyProblem =
  | { reason: "days-invalid"; part: string }
  | { reason: "days-too-far"; part: string }
  | { reason: "part-unknown"; part: string };

export type PolicyParse =
  | { ok: true; policy: ReminderPolicy }
  | { ok: false; problem: PolicyProblem };

const DAYS = /^(\d{1,3})d?$/;

function days(text: string, zeroAllowed: boolean): number | "invalid" | "too-far" {
  const match = DAYS.exec(text.trim().toLowerCase());
  if (!match) return "invalid";
  const value = Number(match[1]);
  if (value === 0 && !zeroAllowed) return "invalid";
  return value > MAX_POLICY_DAYS ? "too-far" : value;
}

function problem(reason: PolicyProblem["reason"], part: string): PolicyParse {
  return { ok: false, problem: { reason, part } };
}

/** Reads `7d,3d,1d,0d;overdue=2d;escalate=1d[;digest=off]`; parts left out keep the default. */
export function parsePolicy(text: string): PolicyParse {
  const policy: ReminderPolicy = { ...DEFAULT_POLICY, beforeDays: [...DEFAULT_POLICY.beforeDays] };
  const parts = text
    .split(";")
    .map((part) => part.trim())
    .filter((part) => part.length > 0);
  for (const part of parts) {
    const [name, value] = part.includes("=")
      ? [
          part.slice(0, part.indexOf("=")).trim().toLowerCase(),
          part.slice(part.indexOf("=") + 1).trim(),
        ]
      : ["days", part];
    const off = value.toLowerCase() === "off" || value.toLowerCase() === "none";
    if (name === "days") {
      const list = off ? [] : value.split(",").map((item) => days(item, true));
      if (list.includes("invalid")) return problem("days-invalid", part);
      if (list.includes("too-far")) return problem("days-too-far", part);
      const numbers = list as number[];
      policy.deadlineDay = numbers.includes(0);
      policy.beforeDays = [...new Set(numbers.filter((day) => day > 0))].sort((a, b) => b - a);
    } else if (name === "overdue" || name === "escalate") {
      const parsed = off ? null : days(value, false);
      if (parsed === "invalid") return problem("days-invalid", part);
      if (parsed === "too-far") return problem("days-too-far", part);
      if (name === "overdue") policy.overdueEveryDays = parsed;
      else policy.escalateAfterDays = parsed;
    } else if (name === "digest") {
      const word = value.toLowerCase();
      if (word !== "on" && word !== "off") return problem("days-invalid", part);
      policy.digest = word === "on";
    } else return problem("part-unknown", part);
  }
  return { ok: true, policy };
}

/** The policy as text that `parsePolicy` reads back to the same policy. */
export function formatPolicy(policy: ReminderPolicy): string {
  const dayList = [...policy.beforeDays, ...(policy.deadlineDay ? [0] : [])];
  const parts = [
    dayList.length ? dayList.map((day) => `${day}d`).join(",") : "none",
    `overdue=${policy.overdueEveryDays === null ? "off" : `${policy.overdueEveryDays}d`}`,
    `escalate=${policy.escalateAfterDays === null ? "off" : `${policy.escalateAfterDays}d`}`,
  ];
  if (!policy.digest) parts.push("digest=off");
  return parts.join(";");
}

/** A stored policy (null: the default); a stored text that no longer reads gives the default. */
export function storedPolicy(text: string | null): ReminderPolicy {
  if (text === null) return DEFAULT_POLICY;
  const parsed = parsePolicy(text);
  return parsed.ok ? parsed.policy : DEFAULT_POLICY;
}
