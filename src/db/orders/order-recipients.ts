import type { OrderAudience, OrderRole, SchoolSelection } from "../../domain/orders/audience.ts";
import type { Db } from "../client.ts";
import type { Prisma } from "../generated/client.ts";

/** One person an order goes to, for one school and role. */
export interface OrderRecipient {
  personId: number;
  schoolId: number;
  role: OrderRole;
}

export interface ResolvedAudience {
  /** The target schools (active ones of the municipality), by name. */
  schools: Array<{ id: number; code: string; name: string }>;
  /** One entry per person: a person with roles at several target schools gets it once. */
  recipients: OrderRecipient[];
  /** Codes given that are no active school of the municipality. */
  unknownCodes: string[];
  /** Target schools where nobody in the chosen roles is registered. */
  schoolsWithoutPeople: Array<{ id: number; code: string; name: string }>;
}

function schoolFilter(municipalityId: number, selection: SchoolSelection): Prisma.SchoolWhereInput {
  const base = { municipalityId, active: true };
  switch (selection.kind) {
    case "all":
      return base;
    case "type":
      return { ...base, type: selection.type };
    case "flag":
      return selection.flag === "low_results"
        ? { ...base, lowResults: true }
        : { ...base, unfavourableConditions: true };
    case "schools":
      return { ...base, code: { in: selection.codes } };
  }
}

/** The schools and people an audience names in a municipality, as of now. */
export async function resolveAudience(
  db: Db,
  municipalityId: number,
  audience: OrderAudience,
): Promise<ResolvedAudience> {
  const schools = await db.school.findMany({
    where: schoolFilter(municipalityId, audience.schools),
    select: { id: true, code: true, name: true, shortName: true },
    orderBy: { name: "asc" },
  });
  const known = new Set(schools.map((school) => school.code));
  const unknownCodes =
    audience.schools.kind === "schools"
      ? audience.schools.codes.filter((code) => !known.has(code))
      : [];
  // Through the relation, not a list of school ids: a region's thousands of schools would pass
  // SQLite's limit on a statement's parameters.
  const roles = await db.roleAssignment.findMany({
    where: {
      school: schoolFilter(municipalityId, audience.schools),
      role: { in: audience.roles },
      revokedAt: null,
    },
    select: { personId: true, schoolId: true, role: true },
    orderBy: [{ role: "asc" }, { id: "asc" }],
  });
  const byPerson = new Map<number, OrderRecipient>();
  const covered = new Set<number>();
  for (const role of roles) {
    if (role.schoolId === null) continue;
    covered.add(role.schoolId);
    // A director who is also a deputy gets it once, as director ("director" sorts first).
    if (!byPerson.has(role.personId))
      byPerson.set(role.personId, {
        personId: role.personId,
        schoolId: role.schoolId,
        role: role.role as OrderRole,
      });
  }
  const named = schools.map((school) => ({
    id: school.id,
    code: school.code,
    name: school.shortName ?? school.name,
  }));
  return {
    schools: named,
    recipients: [...byPerson.values()],
    unknownCodes,
    schoolsWithoutPeople: named.filter((school) => !covered.has(school.id)),
  };
}
