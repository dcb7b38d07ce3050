import type { Db } from "../client.ts";
import type { PersonRole } from "./people.ts";

/** A school as its staff see it: its flags and the people holding roles there. */
export interface SchoolPlace {
  kind: "school";
  municipality: PersonRole["municipality"];
  name: string;
  type: string;
  lowResults: boolean;
  unfavourableConditions: boolean;
  people: { fullName: string; role: string }[];
}

/** A municipality as its coordinators and viewers see it: how many schools are connected. */
export interface MunicipalityPlace {
  kind: "municipality";
  municipality: PersonRole["municipality"];
  schools: number;
  connected: number;
}

export type Place = SchoolPlace | MunicipalityPlace;

/** The places a person's roles belong to (each once): schools in detail, municipalities counted. */
export async function placesOf(db: Db, roles: readonly PersonRole[]): Promise<Place[]> {
  const places: Place[] = [];
  for (const role of uniquePlaces(roles)) {
    places.push(
      role.school
        ? await schoolPlace(db, role.school.id, role.municipality)
        : await municipalityPlace(db, role.municipality),
    );
  }
  return places;
}

function uniquePlaces(roles: readonly PersonRole[]): PersonRole[] {
  const seen = new Set<string>();
  return roles.filter((role) => {
    const key = role.school ? `s${role.school.id}` : `m${role.municipality.id}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

async function schoolPlace(
  db: Db,
  schoolId: number,
  municipality: PersonRole["municipality"],
): Promise<SchoolPlace> {
  const school = await db.school.findUniqueOrThrow({
    where: { id: schoolId },
    include: {
      roles: { where: { revokedAt: null }, include: { person: true }, orderBy: { id: "asc" } },
    },
  });
  return {
    kind: "school",
    municipality,
    name: school.name,
    type: school.type,
    lowResults: school.lowResults,
    unfavourableConditions: school.unfavourableConditions,
    people: school.roles.map((assignment) => ({
      fullName: assignment.person.fullName,
      role: assignment.role,
    })),
  };
}

async function municipalityPlace(
  db: Db,
  municipality: PersonRole["municipality"],
): Promise<MunicipalityPlace> {
  const municipalityId = municipality.id;
  const [schools, connected] = await Promise.all([
    db.school.count({ where: { municipalityId, active: true } }),
    db.school.count({
      where: { municipalityId, active: true, roles: { some: { revokedAt: null } } },
    }),
  ]);
  return { kind: "municipality", municipality, schools, connected };
}
