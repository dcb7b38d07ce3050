import type { Role } from "../../domain/roles.ts";
import { compareRoles, parseDirectionCodes } from "../../domain/roles.ts";
import { type Actor, recordAudit } from "../audit.ts";
import { type Database, type Db, inTransaction } from "../client.ts";

export interface PersonRole {
  id: number;
  role: Role;
  municipality: { id: number; code: string; name: string; timezone: string };
  school: { id: number; code: string; name: string; type: string } | null;
  directions: string[];
}

export interface PersonWithRoles {
  id: number;
  telegramId: bigint | null;
  fullName: string;
  language: string;
  /** each | digest: how a coordinator hears about new submissions. */
  reviewMode: string;
  roles: PersonRole[];
}

interface PersonRoleRow {
  personId: number;
  telegramId: bigint | number | string | null;
  fullName: string;
  language: string;
  reviewMode: string;
  roleId: number | null;
  role: string | null;
  directionCodes: string | null;
  municipalityId: number | null;
  municipalityCode: string | null;
  municipalityName: string | null;
  timezone: string | null;
  schoolId: number | null;
  schoolCode: string | null;
  schoolName: string | null;
  schoolShortName: string | null;
  schoolType: string | null;
}

const PERSON_COLUMNS = `p."id" AS "personId", p."telegramId", p."fullName", p."language", p."reviewMode",
  r."id" AS "roleId", r."role", r."directionCodes",
  m."id" AS "municipalityId", m."code" AS "municipalityCode", m."name" AS "municipalityName", m."timezone",
  s."id" AS "schoolId", s."code" AS "schoolCode", s."name" AS "schoolName",
  s."shortName" AS "schoolShortName", s."type" AS "schoolType"`;
const ROLE_JOINS = `LEFT JOIN "RoleAssignment" r ON r."personId" = p."id" AND r."revokedAt" IS NULL
  LEFT JOIN "Municipality" m ON m."id" = r."municipalityId"
  LEFT JOIN "School" s ON s."id" = r."schoolId"`;

/**
 * The person behind a Telegram account with their active roles, or null for strangers. Runs on
 * every update, so it is one prepared statement (standard SQL) rather than Prisma's three.
 */
export async function findPersonByTelegramId(
  db: Database,
  telegramId: bigint,
): Promise<PersonWithRoles | null> {
  const rows = (await db.sql.read(async (sql) =>
    sql.all(
      `SELECT ${PERSON_COLUMNS} FROM "Person" p ${ROLE_JOINS} WHERE p."telegramId" = ?`,
      telegramId,
    ),
  )) as unknown as PersonRoleRow[];
  return personFromRows(rows);
}

/**
 * The same, and in the same statement one row of KeyValue (null when there is none): what every
 * update of a chat reads first — who writes, and where their conversation in this chat stands.
 * One round trip instead of two on every step of a form.
 */
export async function findPersonWithKeyValue(
  db: Database,
  telegramId: bigint,
  key: string,
): Promise<{ person: PersonWithRoles | null; value: string | null }> {
  const rows = (await db.sql.read(async (sql) =>
    sql.all(
      `SELECT kv."value" AS "keyValue", ${PERSON_COLUMNS}
       FROM (SELECT 1 AS "one") x
       LEFT JOIN "KeyValue" kv ON kv."key" = ?
       LEFT JOIN "Person" p ON p."telegramId" = ?
       ${ROLE_JOINS}`,
      key,
      telegramId,
    ),
  )) as unknown as Array<PersonRoleRow & { keyValue: string | null }>;
  const value = rows[0]?.keyValue;
  const found = rows.filter((row) => row.personId !== null && row.personId !== undefined);
  return {
    person: personFromRows(found),
    value: value === null || value === undefined ? null : String(value),
  };
}

function personFromRows(rows: PersonRoleRow[]): PersonWithRoles | null {
  const first = rows[0];
  if (!first) return null;
  return {
    id: first.personId,
    telegramId: first.telegramId === null ? null : BigInt(first.telegramId),
    fullName: first.fullName,
    language: first.language,
    reviewMode: first.reviewMode,
    roles: rows
      .filter((row) => row.roleId !== null && row.municipalityId !== null)
      .map((row) => ({
        id: row.roleId ?? 0,
        role: row.role as Role,
        municipality: {
          id: row.municipalityId ?? 0,
          code: row.municipalityCode ?? "",
          name: row.municipalityName ?? "",
          timezone: row.timezone ?? "",
        },
        school:
          row.schoolId === null
            ? null
            : {
                id: row.schoolId,
                code: row.schoolCode ?? "",
                name: row.schoolShortName ?? row.schoolName ?? "",
                type: row.schoolType ?? "",
              },
        directions: parseDirectionCodes(row.directionCodes ?? ""),
      }))
      .sort((a, b) => compareRoles(a.role, b.role) || a.id - b.id),
  };
}

export async function setPersonLanguage(db: Db, personId: number, language: string): Promise<void> {
  await inTransaction(db, async (tx) => {
    await tx.person.update({ where: { id: personId }, data: { language } });
    await recordAudit(tx, {
      actor: { kind: "person", personId },
      action: "person.language_changed",
      entityType: "Person",
      entityId: personId,
      data: { language },
    });
  });
}

/** Marks whether the person blocked the bot, so senders stop (or resume) trying. */
export async function setPersonBlocked(
  db: Db,
  telegramId: bigint,
  blocked: boolean,
  actor: Actor,
): Promise<void> {
  const person = await db.person.findUnique({ where: { telegramId } });
  if (!person || Boolean(person.blockedAt) === blocked) return;
  await inTransaction(db, async (tx) => {
    await tx.person.update({
      where: { id: person.id },
      data: { blockedAt: blocked ? new Date() : null },
    });
    await recordAudit(tx, {
      actor,
      action: blocked ? "person.blocked_bot" : "person.unblocked_bot",
      entityType: "Person",
      entityId: person.id,
    });
  });
}
