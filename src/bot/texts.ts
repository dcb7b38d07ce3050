import type { PersonRole } from "../db/people/people.ts";

type T = (key: string, params?: Record<string, string | number>) => string;

/**
 * One line per role: "• Director — School No 5", with a coordinator's directions when limited,
 * each shown by `direction` (see db/directions.ts for labels people read).
 */
export function describeRoles(
  t: T,
  roles: readonly PersonRole[],
  direction: (code: string) => string = (code) => code,
): string {
  return roles
    .map((role) => {
      const line = role.school
        ? t("role-line-school", { role: t(`role-${role.role}`), school: role.school.name })
        : t("role-line-municipality", {
            role: t(`role-${role.role}`),
            municipality: role.municipality.name,
          });
      return role.directions.length > 0
        ? t("role-line-directions", {
            line,
            // By number, as the catalog lists them.
            directions: role.directions
              .map(direction)
              .sort((a, b) => a.localeCompare(b, undefined, { numeric: true }))
              .join("; "),
          })
        : line;
    })
    .join("\n");
}

/** Splits lines into Telegram-sized messages (4096 characters) without breaking a line. */
export function chunkLines(lines: readonly string[], limit = 4000): string[] {
  const chunks: string[] = [];
  let current = "";
  for (const line of lines) {
    if (current && current.length + line.length + 1 > limit) {
      chunks.push(current);
      current = "";
    }
    current = current ? `${current}\n${line}` : line;
  }
  if (current) chunks.push(current);
  return chunks;
}
