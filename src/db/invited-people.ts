import { inviteState } from "../domain/invites.ts";
import type { Role } from "../domain/roles.ts";
import { type Actor, recordAudit } from "./audit.ts";
import type { Db } from "./client.ts";
import type { Person } from "./generated/client.ts";
import { type CreatedInvite, createInvite, revokeInvite } from "./invites.ts";

/**
 * The audit action that ties an invite to the person it was made for. The schema has no column
 * for it yet, so this event is the link: `findInvitedPerson` reads it back.
 */
export const INVITE_ASSIGNED = "invite.assigned";

export interface PersonToInvite {
  fullName: string;
  position?: string | null;
  phone?: string | null;
  email?: string | null;
  telegramUsername?: string | null;
  role: Role;
  municipalityId: number;
  schoolId: number | null;
  directionCodes?: string[];
}

export interface InvitePersonOptions {
  ttlDays: number;
  /** Revoke a still-usable invite and issue a new link. */
  reissue?: boolean;
  actor: Actor;
  now?: Date;
}

export type InvitePersonResult =
  | { status: "invited" | "reissued"; personId: number; invite: CreatedInvite }
  | { status: "already_invited"; personId: number; inviteId: number; expiresAt: Date }
  | { status: "joined"; personId: number; inviteId: number };

/**
 * Records a person the administrator knows by name (no Telegram account yet) and an invite
 * made for them, labelled with their name. Running it again for the same name, role and place
 * finds that person instead of creating another: contacts are updated, an expired or revoked
 * link is replaced, a usable one is left alone (or replaced when `reissue`), a used one means
 * the person has joined.
 */
export async function invitePerson(
  db: Db,
  input: PersonToInvite,
  options: InvitePersonOptions,
): Promise<InvitePersonResult> {
  const now = options.now ?? new Date();
  const earlier = await findEarlierInvite(db, input);
  if (earlier) {
    const { invite, person } = earlier;
    await updateContacts(db, person, input, options.actor);
    if (invite.usedCount > 0 || person.telegramId !== null)
      return { status: "joined", personId: person.id, inviteId: invite.id };
    const usable = inviteState(invite, now) === "usable";
    if (usable && !options.reissue)
      return {
        status: "already_invited",
        personId: person.id,
        inviteId: invite.id,
        expiresAt: invite.expiresAt,
      };
    if (usable) await revokeInvite(db, invite.id, options.actor, now);
    const created = await issue(db, input, options, now);
    await linkInvite(db, created.id, person.id, options.actor);
    return { status: "reissued", personId: person.id, invite: created };
  }
  // The invite first: should the process stop between the two steps, an unused invite nobody
  // knows the code of is harmless, while a person without an invite would be found by nobody.
  const created = await issue(db, input, options, now);
  const personId = await db.$transaction(async (tx) => {
    const person = await tx.person.create({
      data: {
        fullName: input.fullName,
        position: input.position ?? null,
        phone: input.phone ?? null,
        email: input.email ?? null,
        telegramUsername: input.telegramUsername ?? null,
      },
    });
    await recordAudit(tx, {
      actor: options.actor,
      action: "person.created",
      entityType: "Person",
      entityId: person.id,
      data: { role: input.role, schoolId: input.schoolId, municipalityId: input.municipalityId },
    });
    await recordAudit(tx, {
      actor: options.actor,
      action: INVITE_ASSIGNED,
      entityType: "Invite",
      entityId: created.id,
      data: { personId: person.id },
    });
    return person.id;
  });
  return { status: "invited", personId, invite: created };
}

/** The person an invite was made for by `invitePerson`, or null for invites made for anyone. */
export async function findInvitedPerson(db: Db, inviteId: number): Promise<Person | null> {
  const link = await db.auditEvent.findFirst({
    where: { entityType: "Invite", entityId: String(inviteId), action: INVITE_ASSIGNED },
    orderBy: { id: "desc" },
  });
  if (!link) return null;
  const { personId } = JSON.parse(link.data) as { personId?: number };
  return personId ? db.person.findUnique({ where: { id: personId } }) : null;
}

async function findEarlierInvite(db: Db, input: PersonToInvite) {
  const invites = await db.invite.findMany({
    where: {
      role: input.role,
      municipalityId: input.municipalityId,
      schoolId: input.schoolId,
      label: input.fullName,
    },
    orderBy: { id: "desc" },
  });
  for (const invite of invites) {
    const person = await findInvitedPerson(db, invite.id);
    if (person) return { invite, person };
  }
  return null;
}

function issue(db: Db, input: PersonToInvite, options: InvitePersonOptions, now: Date) {
  return createInvite(
    db,
    {
      role: input.role,
      municipalityId: input.municipalityId,
      schoolId: input.schoolId,
      directionCodes: input.directionCodes,
      label: input.fullName,
      ttlDays: options.ttlDays,
    },
    options.actor,
    now,
  );
}

function linkInvite(db: Db, inviteId: number, personId: number, actor: Actor): Promise<void> {
  return recordAudit(db, {
    actor,
    action: INVITE_ASSIGNED,
    entityType: "Invite",
    entityId: inviteId,
    data: { personId },
  });
}

async function updateContacts(db: Db, person: Person, input: PersonToInvite, actor: Actor) {
  const wanted = {
    position: input.position,
    phone: input.phone,
    email: input.email,
    telegramUsername: input.telegramUsername,
  };
  const changes = Object.fromEntries(
    Object.entries(wanted).filter(
      ([key, value]) => value !== undefined && value !== person[key as keyof typeof wanted],
    ),
  );
  if (Object.keys(changes).length === 0) return;
  await db.$transaction(async (tx) => {
    await tx.person.update({ where: { id: person.id }, data: changes });
    await recordAudit(tx, {
      actor,
      action: "person.updated",
      entityType: "Person",
      entityId: person.id,
      data: { fields: Object.keys(changes) },
    });
  });
}
