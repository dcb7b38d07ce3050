import {
  generateInviteCode,
  hashInviteCode,
  type InviteState,
  inviteExpiry,
  inviteState,
} from "../../domain/invites.ts";
import { formatDirectionCodes, isSchoolRole, type Role } from "../../domain/roles.ts";
import { type Actor, recordAudit } from "../audit.ts";
import { type Db, inTransaction } from "../client.ts";

export interface NewInvite {
  role: Role;
  municipalityId: number;
  schoolId?: number | null;
  directionCodes?: string[];
  label?: string | null;
  /** A person imported ahead of time, whom the invite binds to the Telegram account that opens it. */
  personId?: number | null;
  maxUses?: number;
  ttlDays: number;
}

export interface CreatedInvite {
  id: number;
  /** Shown once: only its hash is stored. */
  code: string;
  expiresAt: Date;
}

export class InviteInputError extends Error {}

/** Creates one invite and records who made it. */
export async function createInvite(
  db: Db,
  input: NewInvite,
  actor: Actor,
  now = new Date(),
): Promise<CreatedInvite> {
  const [created] = await createInvites(db, [input], actor, now);
  if (!created) throw new Error("createInvites returned nothing");
  return created;
}

/** Creates several invites in one transaction (e.g. one per school of a municipality). */
export async function createInvites(
  db: Db,
  inputs: NewInvite[],
  actor: Actor,
  now = new Date(),
): Promise<CreatedInvite[]> {
  checkInviteInputs(inputs);
  return inTransaction(db, (tx) => insertInvites(tx, inputs, actor, now));
}

/** The same inside a caller's transaction, e.g. together with the person the invite is for. */
export async function insertInvites(
  tx: Db,
  inputs: NewInvite[],
  actor: Actor,
  now = new Date(),
): Promise<CreatedInvite[]> {
  checkInviteInputs(inputs);
  const created: CreatedInvite[] = [];
  for (const input of inputs) {
    const code = generateInviteCode();
    const expiresAt = inviteExpiry(now, input.ttlDays);
    const invite = await tx.invite.create({
      data: {
        codeHash: hashInviteCode(code),
        role: input.role,
        municipalityId: input.municipalityId,
        schoolId: input.schoolId ?? null,
        directionCodes: formatDirectionCodes(input.directionCodes ?? []),
        label: input.label ?? null,
        personId: input.personId ?? null,
        maxUses: input.maxUses ?? 1,
        expiresAt,
        createdById: actor.kind === "person" ? actor.personId : null,
        createdAt: now,
      },
    });
    await recordAudit(tx, {
      actor,
      action: "invite.created",
      entityType: "Invite",
      entityId: invite.id,
      data: {
        role: input.role,
        municipalityId: input.municipalityId,
        schoolId: input.schoolId ?? null,
        personId: input.personId ?? null,
        maxUses: invite.maxUses,
      },
    });
    created.push({ id: invite.id, code, expiresAt });
  }
  return created;
}

function checkInviteInputs(inputs: NewInvite[]): void {
  for (const input of inputs) {
    if (isSchoolRole(input.role) !== Boolean(input.schoolId))
      throw new InviteInputError(
        isSchoolRole(input.role)
          ? `a ${input.role} invite needs a school`
          : `a ${input.role} invite is for a municipality, not a school`,
      );
  }
}

export async function revokeInvite(
  db: Db,
  inviteId: number,
  actor: Actor,
  now = new Date(),
): Promise<boolean> {
  return inTransaction(db, async (tx) => {
    const { count } = await tx.invite.updateMany({
      where: { id: inviteId, revokedAt: null },
      data: { revokedAt: now },
    });
    if (count === 0) return false;
    await recordAudit(tx, {
      actor,
      action: "invite.revoked",
      entityType: "Invite",
      entityId: inviteId,
    });
    return true;
  });
}

/** Invites of a municipality that can still be used, newest first. */
export function findInvite(db: Db, inviteId: number) {
  return db.invite.findUnique({ where: { id: inviteId } });
}

/** An invite still usable, with its school (null for a municipality-wide one). */
export type OpenInvite = Awaited<ReturnType<typeof listOpenInvites>>[number];

export async function listOpenInvites(db: Db, municipalityId: number, now = new Date()) {
  const invites = await db.invite.findMany({
    where: { municipalityId, revokedAt: null, expiresAt: { gt: now } },
    include: { school: true },
    orderBy: { id: "desc" },
  });
  return invites.filter((invite) => inviteState(invite, now) === "usable");
}

export interface TelegramIdentity {
  telegramId: bigint;
  fullName: string;
  username?: string | null;
  language?: string | null;
}

export type RedeemResult =
  | { ok: true; personId: number; role: Role; alreadyHad: boolean; creatorId: number | null }
  | { ok: false; reason: Exclude<InviteState, "usable"> | "not_found" };

/**
 * Binds a Telegram user to the role an invite grants. Creates the person on first use; a person
 * who opens the same link twice keeps one role and does not use up the invite again. The use
 * counter only moves under its limit, so two people racing for the last use cannot both win.
 */
export async function redeemInvite(
  db: Db,
  code: string,
  who: TelegramIdentity,
  now = new Date(),
): Promise<RedeemResult> {
  return inTransaction(db, async (tx) => {
    const invite = await tx.invite.findUnique({ where: { codeHash: hashInviteCode(code) } });
    if (!invite) return { ok: false, reason: "not_found" } as const;
    const role = invite.role as Role;

    const existing = await tx.person.findUnique({ where: { telegramId: who.telegramId } });
    if (existing) {
      const redeemed = await tx.inviteRedemption.findUnique({
        where: { inviteId_personId: { inviteId: invite.id, personId: existing.id } },
      });
      if (redeemed)
        return {
          ok: true,
          personId: existing.id,
          role,
          alreadyHad: true,
          creatorId: null,
        } as const;
    }

    const state = inviteState(invite, now);
    if (state !== "usable") return { ok: false as const, reason: state };
    const { count } = await tx.invite.updateMany({
      where: { id: invite.id, revokedAt: null, usedCount: { lt: invite.maxUses } },
      data: { usedCount: { increment: 1 } },
    });
    if (count === 0) return { ok: false, reason: "used_up" } as const;

    const person = existing ?? (await bindOrCreatePerson(tx, invite.personId, who));
    if (!existing)
      await recordAudit(tx, {
        actor: { kind: "person", personId: person.id },
        action: "person.registered",
        entityType: "Person",
        entityId: person.id,
      });
    await tx.inviteRedemption.create({
      data: { inviteId: invite.id, personId: person.id, createdAt: now },
    });

    const sameRole = await tx.roleAssignment.findFirst({
      where: {
        personId: person.id,
        role,
        municipalityId: invite.municipalityId,
        schoolId: invite.schoolId,
        revokedAt: null,
      },
    });
    if (!sameRole) {
      const assignment = await tx.roleAssignment.create({
        data: {
          personId: person.id,
          role,
          municipalityId: invite.municipalityId,
          schoolId: invite.schoolId,
          directionCodes: invite.directionCodes,
          grantedById: invite.createdById,
          inviteId: invite.id,
          createdAt: now,
        },
      });
      await recordAudit(tx, {
        actor: { kind: "person", personId: person.id },
        action: "role.granted",
        entityType: "RoleAssignment",
        entityId: assignment.id,
        data: {
          role,
          inviteId: invite.id,
          schoolId: invite.schoolId,
          municipalityId: invite.municipalityId,
          grantedById: invite.createdById,
        },
      });
    }
    await recordAudit(tx, {
      actor: { kind: "person", personId: person.id },
      action: "invite.redeemed",
      entityType: "Invite",
      entityId: invite.id,
    });
    return {
      ok: true,
      personId: person.id,
      role,
      alreadyHad: Boolean(sameRole),
      creatorId: invite.createdById,
    } as const;
  });
}

/**
 * An imported person (name from the school's records, no Telegram account yet) is bound to the
 * account that opens their invite; otherwise a new person is made from the Telegram profile.
 */
async function bindOrCreatePerson(tx: Db, intendedId: number | null, who: TelegramIdentity) {
  const data = {
    telegramId: who.telegramId,
    telegramUsername: who.username ?? null,
    language: who.language ?? "ru",
  };
  if (intendedId !== null) {
    const { count } = await tx.person.updateMany({
      where: { id: intendedId, telegramId: null },
      data,
    });
    if (count === 1) return tx.person.findUniqueOrThrow({ where: { id: intendedId } });
  }
  return tx.person.create({ data: { ...data, fullName: who.fullName } });
}
