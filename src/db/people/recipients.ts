import { parseDirectionCodes } from "../../domain/roles.ts";
import type { Db } from "../client.ts";
import type { Prisma } from "../generated/client.ts";

/**
 * Who answers for each school: its deputies, or its director where the school has no deputy.
 * Several directors or deputies all get the message; each person once per school.
 */
export async function schoolResponsibles(
  db: Db,
  schoolIds: readonly number[],
): Promise<Map<number, number[]>> {
  const roles = await db.roleAssignment.findMany({
    where: {
      schoolId: { in: [...schoolIds] },
      role: { in: ["deputy", "director"] },
      revokedAt: null,
    },
    orderBy: { id: "asc" },
  });
  const result = new Map<number, number[]>();
  for (const schoolId of schoolIds) {
    const own = roles.filter((role) => role.schoolId === schoolId);
    const deputies = own.filter((role) => role.role === "deputy");
    const chosen = deputies.length > 0 ? deputies : own.filter((role) => role.role === "director");
    result.set(schoolId, [...new Set(chosen.map((role) => role.personId))]);
  }
  return result;
}

/** The school's directors (usually one). */
export async function schoolDirectors(db: Db, schoolId: number): Promise<number[]> {
  const roles = await db.roleAssignment.findMany({
    where: { schoolId, role: "director", revokedAt: null },
    orderBy: { id: "asc" },
  });
  return [...new Set(roles.map((role) => role.personId))];
}

/** The schools where the person is a deputy or a director. */
export async function schoolsOfPerson(db: Db, personId: number): Promise<number[]> {
  const roles = await db.roleAssignment.findMany({
    where: {
      personId,
      role: { in: ["deputy", "director"] },
      revokedAt: null,
      schoolId: { not: null },
    },
  });
  return [...new Set(roles.flatMap((role) => (role.schoolId === null ? [] : [role.schoolId])))];
}

/** One coordinator role: a municipality and the directions it covers (empty = all). */
export interface CoordinatorScope {
  municipalityId: number;
  directions: string[];
}

export async function coordinatorScopes(db: Db, personId: number): Promise<CoordinatorScope[]> {
  const roles = await db.roleAssignment.findMany({
    where: { personId, role: "coordinator", revokedAt: null },
  });
  return roles.map((role) => ({
    municipalityId: role.municipalityId,
    directions: parseDirectionCodes(role.directionCodes),
  }));
}

/**
 * Whether a scope covers a campaign of this municipality whose form belongs to `directionCode`.
 * A form outside every direction is seen only by coordinators of all directions.
 */
export function scopeCovers(
  scopes: readonly CoordinatorScope[],
  municipalityId: number,
  directionCode: string | null,
): boolean {
  return scopes.some(
    (scope) =>
      scope.municipalityId === municipalityId &&
      (scope.directions.length === 0 ||
        (directionCode !== null && scope.directions.includes(directionCode))),
  );
}

/** A Prisma filter for campaigns within the scopes (nothing when there are none). */
export function campaignScopeFilter(
  scopes: readonly CoordinatorScope[],
): Prisma.CampaignWhereInput {
  if (scopes.length === 0) return { id: -1 };
  return {
    OR: scopes.map((scope) =>
      scope.directions.length === 0
        ? { municipalityId: scope.municipalityId }
        : {
            municipalityId: scope.municipalityId,
            form: { direction: { code: { in: scope.directions } } },
          },
    ),
  };
}

/** The coordinators of a municipality who cover a direction, with how they want to hear of submissions. */
export async function coordinatorsFor(
  db: Db,
  municipalityId: number,
  directionCode: string | null,
): Promise<Array<{ personId: number; reviewMode: string }>> {
  const roles = await db.roleAssignment.findMany({
    where: { municipalityId, role: "coordinator", revokedAt: null },
    include: { person: { select: { id: true, reviewMode: true } } },
    orderBy: { id: "asc" },
  });
  const seen = new Map<number, string>();
  for (const role of roles) {
    const scope = { municipalityId, directions: parseDirectionCodes(role.directionCodes) };
    if (scopeCovers([scope], municipalityId, directionCode))
      seen.set(role.person.id, role.person.reviewMode);
  }
  return [...seen].map(([personId, reviewMode]) => ({ personId, reviewMode }));
}
