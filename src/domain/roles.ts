/** The roles of PRODUCT.md. A coordinator and a viewer act for a municipality; a director and a deputy for a school. */
export const ROLES = ["coordinator", "director", "deputy", "viewer"] as const;
export type Role = (typeof ROLES)[number];

export const SCHOOL_ROLES: readonly Role[] = ["director", "deputy"];

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}

export function isSchoolRole(role: Role): boolean {
  return SCHOOL_ROLES.includes(role);
}

/** Direction codes are stored comma-separated; empty means every direction. */
export function parseDirectionCodes(stored: string): string[] {
  return stored
    .split(",")
    .map((code) => code.trim())
    .filter(Boolean);
}

export function formatDirectionCodes(codes: readonly string[]): string {
  return [...new Set(codes.map((code) => code.trim()).filter(Boolean))].sort().join(",");
}

/** Orders a person's roles so the menu shows the broadest first. */
export function compareRoles(a: Role, b: Role): number {
  return ROLES.indexOf(a) - ROLES.indexOf(b);
}
