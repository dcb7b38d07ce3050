/**
 * Which schools a campaign asks: all of the municipality, one type, the schools carrying a flag
 * (the risk lists of direction 2), or a hand-picked list. The form narrows any choice further to
 * the school types it is meant for. Pure: the caller loads the schools.
 */

export const TARGET_SCHOOL_TYPES = ["general", "kindergarten", "additional"] as const;
export type TargetSchoolType = (typeof TARGET_SCHOOL_TYPES)[number];

export const TARGET_FLAGS = ["lowResults", "unfavourableConditions"] as const;
export type TargetFlag = (typeof TARGET_FLAGS)[number];

export type TargetSelection =
  | { kind: "all" }
  | { kind: "type"; schoolType: TargetSchoolType }
  | { kind: "flag"; flag: TargetFlag }
  | { kind: "picked"; schoolIds: number[] };

export interface TargetCandidate {
  id: number;
  type: string;
  active: boolean;
  lowResults: boolean;
  unfavourableConditions: boolean;
}

/** Form.schoolTypes is stored comma-separated; empty means every type. */
export function parseSchoolTypes(stored: string): string[] {
  return stored
    .split(",")
    .map((type) => type.trim())
    .filter(Boolean);
}

/** The active schools the selection names that also answer the form (`formSchoolTypes` empty = all). */
export function selectTargets<School extends TargetCandidate>(
  schools: readonly School[],
  formSchoolTypes: readonly string[],
  selection: TargetSelection,
): School[] {
  const picked = selection.kind === "picked" ? new Set(selection.schoolIds) : null;
  return schools.filter(
    (school) =>
      school.active &&
      (formSchoolTypes.length === 0 || formSchoolTypes.includes(school.type)) &&
      (selection.kind === "all" ||
        (selection.kind === "type" && school.type === selection.schoolType) ||
        (selection.kind === "flag" && school[selection.flag]) ||
        (picked?.has(school.id) ?? false)),
  );
}

/**
 * Reads the CLI's `--schools` value: `all`, `type:general`, `flag:lowResults`, or school codes
 * separated by commas (returned as codes for the caller to resolve). Null when malformed.
 */
export function parseTargetSpec(
  text: string,
): Exclude<TargetSelection, { kind: "picked" }> | { kind: "codes"; codes: string[] } | null {
  const spec = text.trim();
  if (spec === "all") return { kind: "all" };
  const [prefix, value = ""] = spec.split(":", 2);
  if (prefix === "type" && spec.includes(":"))
    return (TARGET_SCHOOL_TYPES as readonly string[]).includes(value)
      ? { kind: "type", schoolType: value as TargetSchoolType }
      : null;
  if (prefix === "flag" && spec.includes(":"))
    return (TARGET_FLAGS as readonly string[]).includes(value)
      ? { kind: "flag", flag: value as TargetFlag }
      : null;
  const codes = [
    ...new Set(
      spec
        .split(",")
        .map((code) => code.trim())
        .filter(Boolean),
    ),
  ];
  if (codes.length === 0 || codes.some((code) => code.includes(":"))) return null;
  return { kind: "codes", codes };
}
