import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  createInvite,
  InviteInputError,
  redeemInvite,
  revokeInvite,
} from "../../src/db/people/invites.ts";
import { createTestDatabase, type TestDatabase } from "../support/database.ts";
import { createMunicipality, createSchool } from "../support/fixtures.ts";

let db: TestDatabase;
beforeEach(async () => {
  db = await createTestDatabase();
});
afterEach(() => db.destroy());

const who = (id: number, name = `Человек ${id}`) => ({
  telegramId: BigInt(id),
  fullName: name,
  language: "ru",
});

describe("invites in the database", () => {
  it("store only the code's hash", async () => {
    const municipality = await createMunicipality(db.prisma);
    const invite = await createInvite(
      db.prisma,
      { role: "viewer", municipalityId: municipality.id, ttlDays: 1 },
      { kind: "cli" },
    );
    const stored = await db.prisma.invite.findUniqueOrThrow({ where: { id: invite.id } });
    expect(stored.codeHash).not.toContain(invite.code);
    expect(JSON.stringify(await db.prisma.auditEvent.findMany())).not.toContain(invite.code);
  });

  it("refuse a school role without a school and a municipality role with one", async () => {
    const municipality = await createMunicipality(db.prisma);
    const school = await createSchool(db.prisma, municipality.id, { name: "СОШ № 1" });
    await expect(
      createInvite(
        db.prisma,
        { role: "director", municipalityId: municipality.id, ttlDays: 1 },
        { kind: "cli" },
      ),
    ).rejects.toBeInstanceOf(InviteInputError);
    await expect(
      createInvite(
        db.prisma,
        { role: "coordinator", municipalityId: municipality.id, schoolId: school.id, ttlDays: 1 },
        { kind: "cli" },
      ),
    ).rejects.toBeInstanceOf(InviteInputError);
  });

  it("let exactly as many people in as the use limit allows, even when they race", async () => {
    const municipality = await createMunicipality(db.prisma);
    const invite = await createInvite(
      db.prisma,
      { role: "viewer", municipalityId: municipality.id, maxUses: 3, ttlDays: 1 },
      { kind: "cli" },
    );
    const results = await Promise.all(
      Array.from({ length: 8 }, (_, i) => redeemInvite(db.prisma, invite.code, who(100 + i))),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(3);
    expect(results.filter((r) => !r.ok).map((r) => !r.ok && r.reason)).toEqual(
      Array(5).fill("used_up"),
    );
    expect(await db.prisma.roleAssignment.count()).toBe(3);
    expect((await db.prisma.invite.findUniqueOrThrow({ where: { id: invite.id } })).usedCount).toBe(
      3,
    );
  });

  it("give an existing person a second role without creating a second person", async () => {
    const municipality = await createMunicipality(db.prisma);
    const school = await createSchool(db.prisma, municipality.id, { name: "СОШ № 1" });
    const asDeputy = await createInvite(
      db.prisma,
      { role: "deputy", municipalityId: municipality.id, schoolId: school.id, ttlDays: 1 },
      { kind: "cli" },
    );
    const asViewer = await createInvite(
      db.prisma,
      { role: "viewer", municipalityId: municipality.id, ttlDays: 1 },
      { kind: "cli" },
    );
    await redeemInvite(db.prisma, asDeputy.code, who(1));
    await redeemInvite(db.prisma, asViewer.code, who(1));
    expect(await db.prisma.person.count()).toBe(1);
    expect((await db.prisma.roleAssignment.findMany()).map((r) => r.role).sort()).toEqual([
      "deputy",
      "viewer",
    ]);
  });

  it("stop working once revoked, and say so only once", async () => {
    const municipality = await createMunicipality(db.prisma);
    const invite = await createInvite(
      db.prisma,
      { role: "viewer", municipalityId: municipality.id, ttlDays: 1 },
      { kind: "cli" },
    );
    expect(await revokeInvite(db.prisma, invite.id, { kind: "cli" })).toBe(true);
    expect(await revokeInvite(db.prisma, invite.id, { kind: "cli" })).toBe(false);
    expect(await redeemInvite(db.prisma, invite.code, who(1))).toEqual({
      ok: false,
      reason: "revoked",
    });
    expect(await db.prisma.auditEvent.count({ where: { action: "invite.revoked" } })).toBe(1);
  });
});

describe("invites for people imported ahead of time", () => {
  it("bind the imported person, keeping the official name, instead of creating another", async () => {
    const municipality = await createMunicipality(db.prisma);
    const school = await createSchool(db.prisma, municipality.id, { name: "СОШ № 1" });
    const imported = await db.prisma.person.create({
      data: { fullName: "Смирнова Ольга Петровна" },
    });
    const invite = await createInvite(
      db.prisma,
      {
        role: "deputy",
        municipalityId: municipality.id,
        schoolId: school.id,
        personId: imported.id,
        ttlDays: 1,
      },
      { kind: "cli" },
    );
    const result = await redeemInvite(db.prisma, invite.code, who(77, "Оля"));
    expect(result).toMatchObject({ ok: true, personId: imported.id });
    const person = await db.prisma.person.findUniqueOrThrow({ where: { id: imported.id } });
    expect(person).toMatchObject({ fullName: "Смирнова Ольга Петровна", telegramId: 77n });
    expect(await db.prisma.person.count()).toBe(1);
  });
});
