import { z } from "zod";

/** School types of the catalog (School.type). */
export const SCHOOL_TYPES = ["general", "kindergarten", "additional"] as const;
/** School flags a coordinator can address: low results, unfavourable social conditions. */
export const SCHOOL_FLAGS = ["low_results", "unfavourable"] as const;
/** Who at a school receives an order. */
export const ORDER_ROLES = ["director", "deputy"] as const;
export type OrderRole = (typeof ORDER_ROLES)[number];

const schools = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("all") }),
  z.object({ kind: z.literal("type"), type: z.enum(SCHOOL_TYPES) }),
  z.object({ kind: z.literal("flag"), flag: z.enum(SCHOOL_FLAGS) }),
  z.object({ kind: z.literal("schools"), codes: z.array(z.string().min(1)).min(1) }),
]);

/** Who an order goes to: which schools of the municipality, and which of their people. */
export const orderAudience = z.object({
  schools,
  roles: z.array(z.enum(ORDER_ROLES)).min(1),
});
export type OrderAudience = z.output<typeof orderAudience>;
export type SchoolSelection = OrderAudience["schools"];

export type AudienceParse<T> = { ok: true; value: T } | { ok: false; reason: string };

/**
 * The schools part as an administrator writes it: `all`, `type:kindergarten`,
 * `flag:low_results`, or school codes separated by commas.
 */
export function parseSchoolSelection(input: string): AudienceParse<SchoolSelection> {
  const text = input.trim();
  if (text === "" || text === "all") return { ok: true, value: { kind: "all" } };
  const [prefix, rest = ""] = text.split(/:(.*)/s);
  if (prefix === "type") {
    const type = SCHOOL_TYPES.find((candidate) => candidate === rest.trim());
    return type
      ? { ok: true, value: { kind: "type", type } }
      : { ok: false, reason: `unknown school type "${rest}"; one of ${SCHOOL_TYPES.join(", ")}` };
  }
  if (prefix === "flag") {
    const flag = SCHOOL_FLAGS.find((candidate) => candidate === rest.trim());
    return flag
      ? { ok: true, value: { kind: "flag", flag } }
      : { ok: false, reason: `unknown flag "${rest}"; one of ${SCHOOL_FLAGS.join(", ")}` };
  }
  const codes = [
    ...new Set(
      text
        .split(/[,\s]+/)
        .map((code) => code.trim())
        .filter(Boolean),
    ),
  ];
  return { ok: true, value: { kind: "schools", codes } };
}

/** `director,deputy` as roles; empty means both. */
export function parseOrderRoles(input: string | undefined): AudienceParse<OrderRole[]> {
  const parts = (input ?? "")
    .split(",")
    .map((part) => part.trim())
    .filter(Boolean);
  if (parts.length === 0) return { ok: true, value: [...ORDER_ROLES] };
  const roles: OrderRole[] = [];
  for (const part of parts) {
    const role = ORDER_ROLES.find((candidate) => candidate === part);
    if (!role) return { ok: false, reason: `unknown role "${part}"; director or deputy` };
    if (!roles.includes(role)) roles.push(role);
  }
  return { ok: true, value: roles };
}

/** Reads a stored audience; an unreadable one (never written by this code) reads as nobody. */
export function readAudience(stored: string): OrderAudience | null {
  try {
    const parsed = orderAudience.safeParse(JSON.parse(stored));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
