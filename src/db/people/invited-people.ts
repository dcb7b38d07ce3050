import { inviteState } from "../../domain/invites.ts";
import type { Role } from "../../domain/roles.ts";
import { type Actor, recordAudit } from "../audit.ts";
import { type Db, inTransaction } from "../client.ts";
import type { Person } from "../generated/client.ts";
import { type CreatedInvite, insertInvites, revokeInvite } from "./invites.ts";

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
    const [created] = await inTransaction(db, (tx) =>
      insertInvites(tx, [inviteFor(input, person.id, options.ttlDays)], options.actor, now),
    );
    if (!created) throw new Error("insertInvites returned nothing");
    return { status: "reissued", personId: person.id, invite: created };
  }
  // The person and their invite together: the invite's personId is what binds the Telegram
  // account that opens it to this record (see redeemInvite).
  return inTransaction(db, async (tx) => {
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
    const [created] = await insertInvites(
      tx,
      [inviteFor(input, person.id, options.ttlDays)],
      options.actor,
      now,
    );
    if (!created) throw new Error("insertInvites returned nothing");
    return { status: "invited" as const, personId: person.id, invite: created };
  });
}

/** The person an invite was made for by `invitePerson`, or null for invites made for anyone. */
export async function findInvitedPerson(db: Db, inviteId: number): Promise<Person | null> {
  const invite = await db.invite.findUnique({ where: { id: inviteId }, include: { person: true } });
  return invite?.person ?? null;
}

async function findEarlierInvite(db: Db, input: PersonToInvite) {
  const invite = await db.invite.findFirst({
    where: {
      role: input.role,
      municipalityId: input.municipalityId,
      schoolId: input.schoolId,
      person: { fullName: input.fullName },
    },
    include: { person: true },
    orderBy: { id: "desc" },
  });
  return invite?.person ? { invite, person: invite.person } : null;
}

function inviteFor(input: PersonToInvite, personId: number, ttlDays: number) {
  return {
    role: input.role,
    municipalityId: input.municipalityId,
    schoolId: input.schoolId,
    directionCodes: input.directionCodes,
    label: input.fullName,
    personId,
    ttlDays,
  };
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
  await inTransaction(db, async (tx) => {
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
