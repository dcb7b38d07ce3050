import { z } from "zod";
import { unknownDirections } from "../db/catalog/directions.ts";
import type { Db } from "../db/client.ts";
import type { PersonToInvite } from "../db/people/invited-people.ts";
import { findMunicipalityByCode, findSchoolByCode } from "../db/people/organisation.ts";
import { isSchoolRole, type Role } from "../domain/roles.ts";
import { choice, code, optionalText, type Rejection, requiredText } from "./row-schema.ts";
import type { ColumnSpec, TableRow } from "./table-file.ts";

export const PEOPLE_COLUMNS = [
  {
    field: "full_name",
    headers: ["full_name", "ФИО", "Ф.И.О.", "Фамилия, имя, отчество"],
    required: true,
  },
  { field: "role", headers: ["role", "Роль"], required: true },
  { field: "school_code", headers: ["school_code", "Код ОО", "Код организации"] },
  { field: "municipality_code", headers: ["municipality_code", "Код МО", "Код муниципалитета"] },
  { field: "position", headers: ["position", "Должность"] },
  { field: "phone", headers: ["phone", "Телефон"] },
  { field: "email", headers: ["email", "e-mail", "Эл. почта", "Электронная почта"] },
  { field: "telegram", headers: ["telegram", "telegram_username", "Telegram", "Ник в Telegram"] },
  { field: "directions", headers: ["directions", "Направления"] },
] as const satisfies readonly ColumnSpec<string>[];
export type PeopleField = (typeof PEOPLE_COLUMNS)[number]["field"];

const ROLE_WORDS: Record<Role, readonly string[]> = {
  coordinator: ["координатор", "ответственный исполнитель", "куратор"],
  director: ["директор", "руководитель", "заведующий", "заведующая"],
  deputy: ["заместитель", "заместитель директора", "зам. директора", "замдиректора"],
  viewer: ["наблюдатель", "методист"],
};

const blankToUndefined = (value: string | undefined) => value?.trim() || undefined;

const personRow = z
  .object({
    // Spaces collapsed so the same person is recognised when the file is imported again.
    full_name: requiredText(200).transform((name) => name.replace(/\s+/g, " ")),
    role: choice(ROLE_WORDS, "cli-import-error-role"),
    school_code: z.string().optional().transform(blankToUndefined).pipe(code.optional()),
    municipality_code: z.string().optional().transform(blankToUndefined).pipe(code.optional()),
    position: optionalText(200),
    phone: optionalText(40).refine(
      (phone) => !phone || /^\+?[\d\s()-]{5,20}$/.test(phone),
      "cli-import-error-phone",
    ),
    email: optionalText(200).refine(
      (email) => !email || z.email().safeParse(email).success,
      "cli-import-error-email",
    ),
    // People write @name or a t.me link as often as the bare name.
    telegram: optionalText(100)
      .transform((name) => name?.replace(/^(https?:\/\/)?(t\.me\/|@)/i, "") ?? name)
      .refine(
        (name) => !name || /^[A-Za-z][A-Za-z0-9_]{3,31}$/.test(name),
        "cli-import-error-telegram",
      ),
    directions: z
      .string()
      .optional()
      .transform((text) => (text ?? "").split(/[,;\s]+/).filter(Boolean)),
  })
  .superRefine((row, ctx) => {
    if (isSchoolRole(row.role)) {
      if (!row.school_code)
        ctx.addIssue({
          code: "custom",
          path: ["school_code"],
          message: "cli-import-error-school-required",
        });
      if (row.directions.length > 0)
        ctx.addIssue({
          code: "custom",
          path: ["directions"],
          message: "cli-import-error-directions-not-for-role",
        });
    } else {
      if (!row.municipality_code)
        ctx.addIssue({
          code: "custom",
          path: ["municipality_code"],
          message: "cli-import-error-municipality-required",
        });
      if (row.school_code)
        ctx.addIssue({
          code: "custom",
          path: ["school_code"],
          message: "cli-import-error-school-not-for-role",
        });
    }
  });

export const parsePersonRow = (cells: TableRow<PeopleField>["cells"]) => personRow.safeParse(cells);
export type PersonRow = z.output<typeof personRow>;

export interface ResolvedPerson {
  person: PersonToInvite;
  /** What the results file and messages call the place: the school's or municipality's name. */
  placeName: string;
  timezone: string;
}

/**
 * Finds the school or municipality and the directions a valid row names; a rejection when one
 * does not exist or they contradict each other.
 */
export async function resolvePersonRow(
  db: Db,
  row: PersonRow,
  rowNumber: number,
  columnName: (field: PeopleField) => string,
): Promise<ResolvedPerson | Rejection> {
  const reject = (field: PeopleField, value: string, reasonKey: string): Rejection => ({
    rowNumber,
    column: columnName(field),
    value,
    reasonKey,
  });
  let municipality = row.municipality_code
    ? await findMunicipalityByCode(db, row.municipality_code)
    : null;
  if (row.municipality_code && !municipality)
    return reject(
      "municipality_code",
      row.municipality_code,
      "cli-import-error-municipality-unknown",
    );
  let school = null;
  if (row.school_code) {
    school = await findSchoolByCode(db, row.school_code);
    if (!school) return reject("school_code", row.school_code, "cli-import-error-school-unknown");
    if (municipality && school.municipalityId !== municipality.id)
      return reject("school_code", row.school_code, "cli-import-error-school-elsewhere");
    municipality = school.municipality;
  }
  if (!municipality) return reject("municipality_code", "", "cli-import-error-required");
  if (row.directions.length > 0) {
    if ((await unknownDirections(db, row.directions)).length > 0)
      return reject("directions", row.directions.join(","), "cli-import-error-directions-unknown");
  }
  return {
    person: {
      fullName: row.full_name,
      position: row.position,
      phone: row.phone,
      email: row.email,
      telegramUsername: row.telegram,
      role: row.role,
      municipalityId: municipality.id,
      schoolId: school?.id ?? null,
      directionCodes: row.directions,
    },
    placeName: school ? (school.shortName ?? school.name) : municipality.name,
    timezone: municipality.timezone,
  };
}
