import { naturalOrder } from "../../domain/school-order.ts";
import { type Actor, recordAudit } from "../audit.ts";
import { type Db, inTransaction } from "../client.ts";
import type { Municipality, School } from "../generated/client.ts";

/** general | kindergarten | additional (see School.type). */
export const SCHOOL_TYPES = ["general", "kindergarten", "additional"] as const;
export type SchoolType = (typeof SCHOOL_TYPES)[number];

export type UpsertOutcome = "created" | "updated" | "unchanged";

export interface MunicipalityInput {
  code: string;
  /** Required to create; when given for an existing one, renames it. */
  name?: string;
  /** Required to create; when given for an existing one, changes it. */
  timezone?: string;
}

export class MunicipalityInputError extends Error {}

/**
 * Creates or updates a municipality by code; a call that changes nothing writes nothing, so
 * repeated imports leave no audit noise.
 */
export async function upsertMunicipality(
  db: Db,
  input: MunicipalityInput,
  actor: Actor,
): Promise<{ municipality: Municipality; outcome: UpsertOutcome }> {
  return inTransaction(db, async (tx) => {
    const existing = await tx.municipality.findUnique({ where: { code: input.code } });
    if (!existing) {
      if (!input.name || !input.timezone)
        throw new MunicipalityInputError(
          `municipality ${input.code} does not exist yet: a name and a time zone are needed to create it`,
        );
      const municipality = await tx.municipality.create({
        data: { code: input.code, name: input.name, timezone: input.timezone },
      });
      await recordAudit(tx, {
        actor,
        action: "municipality.created",
        entityType: "Municipality",
        entityId: municipality.id,
        data: { code: input.code, timezone: input.timezone },
      });
      return { municipality, outcome: "created" as const };
    }
    const changes = changedFields(existing, { name: input.name, timezone: input.timezone });
    if (Object.keys(changes).length === 0) return { municipality: existing, outcome: "unchanged" };
    const municipality = await tx.municipality.update({
      where: { id: existing.id },
      data: changes,
    });
    await recordAudit(tx, {
      actor,
      action: "municipality.updated",
      entityType: "Municipality",
      entityId: municipality.id,
      data: { fields: Object.keys(changes) },
    });
    return { municipality, outcome: "updated" as const };
  });
}

export interface SchoolInput {
  code: string;
  name: string;
  shortName?: string | null;
  type: SchoolType;
  /** Left as they are when undefined (the file had no such column). */
  lowResults?: boolean;
  unfavourableConditions?: boolean;
  address?: string | null;
  municipalityId: number;
}

/**
 * Creates or updates a school by its code. A school moved to another municipality keeps its id,
 * so its history stays with it. Importing a school marks it active again.
 */
export async function upsertSchool(
  db: Db,
  input: SchoolInput,
  actor: Actor,
): Promise<{ school: School; outcome: UpsertOutcome }> {
  return inTransaction(db, async (tx) => {
    const existing = await tx.school.findUnique({ where: { code: input.code } });
    const fields = {
      name: input.name,
      shortName: input.shortName,
      type: input.type,
      lowResults: input.lowResults,
      unfavourableConditions: input.unfavourableConditions,
      address: input.address,
      municipalityId: input.municipalityId,
    };
    if (!existing) {
      const school = await tx.school.create({ data: { code: input.code, ...fields } });
      await recordAudit(tx, {
        actor,
        action: "school.created",
        entityType: "School",
        entityId: school.id,
        data: { code: school.code, municipalityId: school.municipalityId, type: school.type },
      });
      return { school, outcome: "created" as const };
    }
    const changes = changedFields(existing, { ...fields, active: true });
    if (Object.keys(changes).length === 0) return { school: existing, outcome: "unchanged" };
    const school = await tx.school.update({ where: { id: existing.id }, data: changes });
    await recordAudit(tx, {
      actor,
      action: "school.updated",
      entityType: "School",
      entityId: school.id,
      data: { code: school.code, fields: Object.keys(changes) },
    });
    return { school, outcome: "updated" as const };
  });
}

/** The fields of `wanted` that are given (not undefined) and differ from `current`. */
function changedFields<T extends object>(current: T, wanted: Partial<T>): Partial<T> {
  const changes: Partial<T> = {};
  for (const key of Object.keys(wanted) as (keyof T)[]) {
    const value = wanted[key];
    if (value !== undefined && value !== current[key]) changes[key] = value;
  }
  return changes;
}

export function findMunicipalityById(db: Db, id: number): Promise<Municipality | null> {
  return db.municipality.findUnique({ where: { id } });
}

export function findMunicipalityByCode(db: Db, code: string): Promise<Municipality | null> {
  return db.municipality.findUnique({ where: { code } });
}

export function findSchoolByCode(
  db: Db,
  code: string,
): Promise<(School & { municipality: Municipality }) | null> {
  return db.school.findUnique({ where: { code }, include: { municipality: true } });
}

/** A municipality's active schools in the order people read them: "№ 2" before "№ 10". */
export async function activeSchools(db: Db, municipalityId: number): Promise<School[]> {
  return naturalOrder(await db.school.findMany({ where: { municipalityId, active: true } }));
}

/** An invite of this municipality, or null when it belongs elsewhere (or never existed). */
export function findInviteInMunicipality(db: Db, inviteId: number, municipalityId: number) {
  return db.invite.findFirst({ where: { id: inviteId, municipalityId } });
}

/** The municipality's schools with these codes (any that exist; compare to find the missing). */
export function schoolsByCode(db: Db, municipalityId: number, codes: readonly string[]) {
  return db.school.findMany({ where: { code: { in: [...codes] }, municipalityId } });
}
