import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { takeUpdate } from "../../src/db/updates/chat-turns.ts";
import { cleanUp } from "../../src/jobs/cleanup.ts";
import { createTestDatabase, type TestDatabase } from "../support/database.ts";

let db: TestDatabase;
beforeEach(async () => {
  db = await createTestDatabase();
});
afterEach(() => db.destroy());

const NOW = new Date("2026-12-02T12:00:00Z");
const hoursAgo = (hours: number) => new Date(NOW.getTime() - hours * 3600_000);
const BOT = 123456;

describe("the cleanup job", () => {
  it("forgets handled updates after two days and keeps the newer ones", async () => {
    await takeUpdate(db.sql, { botId: BOT, updateId: 1, chatId: null }, hoursAgo(49));
    await takeUpdate(db.sql, { botId: BOT, updateId: 2, chatId: null }, hoursAgo(47));
    await takeUpdate(db.sql, { botId: BOT, updateId: 3, chatId: null }, hoursAgo(1));

    expect(await cleanUp(db, NOW)).toMatchObject({ updates: 1 });
    const left = await db.prisma.processedUpdate.findMany({ orderBy: { updateId: "asc" } });
    expect(left.map((row) => Number(row.updateId))).toEqual([2, 3]);
  });

  it("removes conversation states untouched for 30 days, nothing else", async () => {
    const row = (key: string, daysAgo: number) =>
      db.prisma.keyValue.create({
        data: { key, value: "{}", updatedAt: hoursAgo(daysAgo * 24) },
      });
    await row("conversation:501", 31);
    await row("conversation:502", 29);
    await row("review-digest:7", 90);

    expect(await cleanUp(db, NOW)).toMatchObject({ conversations: 1 });
    const keys = (await db.prisma.keyValue.findMany({ orderBy: { key: "asc" } })).map((r) => r.key);
    expect(keys).toEqual(["conversation:502", "review-digest:7"]);
  });

  it("lets a claimed update be claimed again only after it was forgotten", async () => {
    expect(await takeUpdate(db.sql, { botId: BOT, updateId: 9, chatId: null }, hoursAgo(72))).toBe(
      true,
    );
    expect(await takeUpdate(db.sql, { botId: BOT, updateId: 9, chatId: null }, NOW)).toBe(false);
    expect(await takeUpdate(db.sql, { botId: BOT + 1, updateId: 9, chatId: null }, NOW)).toBe(true);
    await cleanUp(db, NOW);
    expect(await takeUpdate(db.sql, { botId: BOT, updateId: 9, chatId: null }, NOW)).toBe(true);
  });
});
