import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createKeyValueStore } from "../../src/db/key-value.ts";
import { findPersonByTelegramId, findPersonWithKeyValue } from "../../src/db/people/people.ts";
import { createTestDatabase, type TestDatabase } from "../support/database.ts";
import { buildMonitoringWorld, type MonitoringWorld } from "./monitoring-world.ts";

let db: TestDatabase;
let world: MonitoringWorld;
beforeEach(async () => {
  db = await createTestDatabase();
  world = await buildMonitoringWorld(db.prisma);
});
afterEach(() => db.destroy());

describe("the person behind an update, read with their chat's state", () => {
  it("gives the person with every active role and the stored state in one read", async () => {
    const { lyceumDirector } = world.people;
    await db.prisma.person.update({ where: { id: lyceumDirector.id }, data: { telegramId: 501n } });
    // A second, active role and a revoked one: only the active ones count.
    await db.prisma.roleAssignment.create({
      data: {
        personId: lyceumDirector.id,
        role: "deputy",
        municipalityId: world.municipality.id,
        schoolId: world.schools.rural.id,
      },
    });
    await db.prisma.roleAssignment.create({
      data: {
        personId: lyceumDirector.id,
        role: "coordinator",
        municipalityId: world.municipality.id,
        revokedAt: new Date(),
      },
    });
    const store = createKeyValueStore<{ step: number }>(db.sql, "conversation");
    await store.write("501", { step: 3 });

    const read = await findPersonWithKeyValue(db, 501n, store.fullKey("501"));
    expect(read.person).toEqual(await findPersonByTelegramId(db, 501n));
    expect(read.person?.roles.map((role) => role.role).sort()).toEqual(["deputy", "director"]);
    expect(read.value && JSON.parse(read.value)).toEqual({ step: 3 });
    // No state yet in another chat of the same person.
    expect(await findPersonWithKeyValue(db, 501n, store.fullKey("777"))).toMatchObject({
      value: null,
      person: { id: lyceumDirector.id },
    });
  });

  it("gives a stranger's state with no person", async () => {
    const store = createKeyValueStore<{ step: number }>(db.sql, "conversation");
    await store.write("900", { step: 1 });
    expect(await findPersonWithKeyValue(db, 900n, store.fullKey("900"))).toEqual({
      person: null,
      value: JSON.stringify({ step: 1 }),
    });
    expect(await findPersonWithKeyValue(db, 901n, store.fullKey("901"))).toEqual({
      person: null,
      value: null,
    });
  });
});
