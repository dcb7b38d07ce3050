import type { Db } from "../client.ts";

/**
 * How people read the directions a role is limited to: the direction's number in the МСОКО
 * catalog and its name in their language ("7. Система объективности процедур оценки…"). A code
 * the catalog no longer has reads as itself.
 */
export async function directionLabeller(
  db: Db,
  codes: readonly string[],
  language: string,
): Promise<(code: string) => string> {
  if (codes.length === 0) return (code) => code;
  const rows = await db.direction.findMany({
    where: { code: { in: [...new Set(codes)] } },
    select: { code: true, number: true, name: true, nameEn: true },
  });
  const labels = new Map(
    rows.map((row) => [row.code, `${row.number}. ${language === "en" ? row.nameEn : row.name}`]),
  );
  return (code) => labels.get(code) ?? code;
}

/** Of these direction codes, the ones the catalog does not have (in the order given). */
export async function unknownDirections(db: Db, codes: readonly string[]): Promise<string[]> {
  if (codes.length === 0) return [];
  const known = await db.direction.findMany({
    where: { code: { in: [...new Set(codes)] } },
    select: { code: true },
  });
  return codes.filter((code) => !known.some((row) => row.code === code));
}

/** Whether a catalog was imported at all (it brings the directions). */
export async function hasCatalog(db: Db): Promise<boolean> {
  return (await db.direction.count()) > 0;
}
