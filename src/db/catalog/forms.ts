import type { Db } from "../client.ts";
import type { Direction, Form } from "../generated/client.ts";

/**
 * The forms a coordinator of `directionCodes` may run, with their direction; every form for a
 * coordinator of all directions (empty list), since a form outside every direction is theirs only.
 */
export function formsForDirections(
  db: Db,
  directionCodes: readonly string[],
): Promise<Array<Form & { direction: Direction | null }>> {
  return db.form.findMany({
    where: directionCodes.length > 0 ? { direction: { code: { in: [...directionCodes] } } } : {},
    include: { direction: true },
  });
}

export function findFormByCode(db: Db, code: string): Promise<Form | null> {
  return db.form.findUnique({ where: { code } });
}
