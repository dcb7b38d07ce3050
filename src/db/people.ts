import type { Role } from "../domain/roles.ts";
import { compareRoles, parseDirectionCodes } from "../domain/roles.ts";
import { type Actor, recordAudit } from "./audit.ts";
import type { Db } from "./client.ts";

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

/** The person behind a Telegram account with their active roles, or null for strangers. */
export async function findPersonByTelegramId(
  db: Db,
  telegramId: bigint,
): Promise<PersonWithRoles | null> {
  const person = await db.person.findUnique({
    where: { telegramId },
    include: {
      roles: {
        where: { revokedAt: null },
        include: { municipality: true, school: true },
      },
    },
  });
  if (!person) return null;
  return {
    id: person.id,
    telegramId: person.telegramId,
    fullName: person.fullName,
    language: person.language,
    reviewMode: person.reviewMode,
    roles: person.roles
      .map((assignment) => ({
        id: assignment.id,
        role: assignment.role as Role,
        municipality: {
          id: assignment.municipality.id,
          code: assignment.municipality.code,
          name: assignment.municipality.name,
          timezone: assignment.municipality.timezone,
        },
        school: assignment.school
          ? {
              id: assignment.school.id,
              code: assignment.school.code,
              name: assignment.school.shortName ?? assignment.school.name,
              type: assignment.school.type,
            }
          : null,
        directions: parseDirectionCodes(assignment.directionCodes),
      }))
      .sort((a, b) => compareRoles(a.role, b.role) || a.id - b.id),
  };
}

export async function setPersonLanguage(db: Db, personId: number, language: string): Promise<void> {
  await db.$transaction(async (tx) => {
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
  await db.$transaction(async (tx) => {
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
