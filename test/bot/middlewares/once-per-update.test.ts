import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { BotContext } from "../../../src/bot/context.ts";
import { oncePerUpdate } from "../../../src/bot/middlewares/once-per-update.ts";
import { claimUpdate } from "../../../src/db/updates/processed-updates.ts";
import { createLogger } from "../../../src/logger.ts";
import { createTestDatabase, type TestDatabase } from "../../support/database.ts";

let db: TestDatabase;
beforeEach(async () => {
  db = await createTestDatabase();
});
afterEach(() => db.destroy());

const ctxFor = (updateId: number) =>
  ({ me: { id: 123456 }, update: { update_id: updateId } }) as unknown as BotContext;

describe("the once-per-update middleware", () => {
  it("runs the handlers of an update once, however often it arrives", async () => {
    const middleware = oncePerUpdate({ db, logger: createLogger("silent") });
    let runs = 0;
    const handle = async () => {
      runs++;
    };
    await middleware(ctxFor(1), handle);
    await Promise.all([middleware(ctxFor(1), handle), middleware(ctxFor(1), handle)]);
    await middleware(ctxFor(2), handle);
    expect(runs).toBe(2);
  });

  it("gives the update back when handling throws, so Telegram's next delivery is handled", async () => {
    const middleware = oncePerUpdate({ db, logger: createLogger("silent") });
    const failure = new Error("database unavailable");
    await expect(
      middleware(ctxFor(7), async () => {
        throw failure;
      }),
    ).rejects.toBe(failure);
    expect(await claimUpdate(db.sql, 123456, 7, null, new Date())).toBe(true);
  });
});
