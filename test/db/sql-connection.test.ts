import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { fromSqlDate } from "../../src/db/sql-connection.ts";
import { createTestDatabase, type TestDatabase, testDatabaseKind } from "../support/database.ts";

let db: TestDatabase;
beforeEach(async () => {
  db = await createTestDatabase();
});
afterEach(async () => {
  await db.destroy();
});

function deferred() {
  let resolve: () => void = () => {};
  const promise = new Promise<void>((done) => {
    resolve = done;
  });
  return { promise, resolve };
}

const storedValue = async (key: string) =>
  (await db.prisma.keyValue.findUnique({ where: { key } }))?.value ?? null;

describe("direct statements beside Prisma", () => {
  // SQLite has one connection, which Prisma and the direct statements share; PostgreSQL gives each
  // its own pooled connection, so there nothing waits and nothing can be rolled back with Prisma's.
  it.runIf(testDatabaseKind() === "sqlite")(
    "wait for an open Prisma transaction and are not rolled back with it",
    async () => {
      const opened = deferred();
      const held = deferred();
      const failing = db.prisma
        .$transaction(async (tx) => {
          await tx.keyValue.create({ data: { key: "prisma", value: "rolled back" } });
          opened.resolve();
          await held.promise;
          throw new Error("the transaction fails after its first write");
        })
        .catch((error: Error) => error.message);
      await opened.promise;

      const waiting = deferred();
      db.sql.onWait(waiting.resolve);
      let directDone = false;
      const direct = db.sql
        .write((sql) =>
          sql.run(
            `INSERT INTO "KeyValue" ("key", "value", "updatedAt") VALUES (?, ?, ?)`,
            "direct",
            "kept",
            new Date(),
          ),
        )
        .finally(() => {
          directDone = true;
        });
      // Whichever comes first: the direct write queues itself behind the transaction, or it ends.
      await Promise.race([
        waiting.promise,
        direct.then(
          () => {},
          () => {},
        ),
      ]);
      expect(directDone).toBe(false);

      held.resolve();
      expect(await failing).toBe("the transaction fails after its first write");
      await direct;
      expect(await storedValue("prisma")).toBeNull();
      expect(await storedValue("direct")).toBe("kept");
    },
  );

  it("roll back their own transaction when the work throws", async () => {
    await expect(
      db.sql.write(async (sql) => {
        await sql.run(
          `INSERT INTO "KeyValue" ("key", "value", "updatedAt") VALUES (?, ?, ?)`,
          "half",
          "done",
          new Date(),
        );
        throw new Error("stop halfway");
      }),
    ).rejects.toThrow("stop halfway");
    expect(await storedValue("half")).toBeNull();
    // The connection is usable again, by both sides.
    await db.prisma.keyValue.create({ data: { key: "after", value: "ok" } });
    const count = await db.sql.read((sql) => sql.get(`SELECT COUNT(*) AS "n" FROM "KeyValue"`));
    expect(Number(count?.n)).toBe(1);
  });

  it("store dates as Prisma does, so each side reads the other's", async () => {
    const at = new Date("2026-11-23T07:00:00.123Z");
    await db.sql.write((sql) =>
      sql.run(
        `INSERT INTO "KeyValue" ("key", "value", "updatedAt") VALUES (?, ?, ?)`,
        "dated",
        "x",
        at,
      ),
    );
    const viaPrisma = await db.prisma.keyValue.findUniqueOrThrow({ where: { key: "dated" } });
    expect(viaPrisma.updatedAt.toISOString()).toBe(at.toISOString());
    await db.prisma.keyValue.create({ data: { key: "prisma-dated", value: "y", updatedAt: at } });
    const row = await db.sql.read((sql) =>
      sql.get(`SELECT "updatedAt" FROM "KeyValue" WHERE "key" = ?`, "prisma-dated"),
    );
    expect(fromSqlDate(row?.updatedAt)?.toISOString()).toBe(at.toISOString());
  });
});
