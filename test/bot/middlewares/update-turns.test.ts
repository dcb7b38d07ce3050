import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { BotContext } from "../../../src/bot/context.ts";
import { updateTurns } from "../../../src/bot/middlewares/update-turns.ts";
import {
  endTurn,
  TURN_LEASE_MS,
  takeUpdate,
  takeUpdateAndTurn,
  turnTimes,
  type UpdateInChat,
} from "../../../src/db/updates/chat-turns.ts";
import { createLogger } from "../../../src/logger.ts";
import { createTestDatabase, type TestDatabase } from "../../support/database.ts";
import { explainedWait } from "../../support/pending-waits.ts";

const BOT = 123456;
const CHAT = 777;

let db: TestDatabase;
beforeEach(async () => {
  db = await createTestDatabase();
});
afterEach(() => db.destroy());

const ctxFor = (updateId: number, chatId?: number) =>
  ({
    me: { id: BOT },
    update: { update_id: updateId },
    chat: chatId === undefined ? undefined : { id: chatId, type: "private" },
    from: chatId === undefined ? undefined : { id: chatId },
  }) as unknown as BotContext;

/** The middleware with a logger whose "update taken" lines the test can wait for. */
function middlewareWithLog(now?: () => Date) {
  const taken: number[] = [];
  const waiters: Array<{ updateId: number; resolve: () => void }> = [];
  const logger = createLogger("debug", {
    destination: {
      write(line: string) {
        const entry = JSON.parse(line) as { msg: string; updateId?: number };
        if (entry.msg !== "update taken" || entry.updateId === undefined) return;
        taken.push(entry.updateId);
        for (const waiter of waiters.filter((w) => w.updateId === entry.updateId)) waiter.resolve();
      },
    },
  });
  return {
    middleware: updateTurns({ db, logger }, now),
    /** Resolves once the update was recorded as taken (it then holds or waits for its turn). */
    taken: (updateId: number) =>
      explainedWait(
        taken.includes(updateId)
          ? Promise.resolve()
          : new Promise<void>((resolve) => waiters.push({ updateId, resolve })),
        () => `update ${updateId} was never logged as taken`,
      ),
  };
}

describe("update turns: each update once", () => {
  it("runs the handlers of an update once, however often it arrives", async () => {
    const { middleware } = middlewareWithLog();
    let runs = 0;
    const handle = async () => {
      runs++;
    };
    await middleware(ctxFor(1, CHAT), handle);
    await Promise.all([middleware(ctxFor(1, CHAT), handle), middleware(ctxFor(1, CHAT), handle)]);
    await middleware(ctxFor(2, CHAT), handle);
    await middleware(ctxFor(3), handle);
    await middleware(ctxFor(3), handle);
    expect(runs).toBe(3);
  });

  it("gives the update and its chat's turn back when handling throws", async () => {
    const { middleware } = middlewareWithLog();
    const failure = new Error("database unavailable");
    await expect(
      middleware(ctxFor(7, CHAT), async () => {
        throw failure;
      }),
    ).rejects.toBe(failure);
    // Telegram's next delivery of it is handled, and the chat is not left waiting for it.
    let handled = false;
    await middleware(ctxFor(7, CHAT), async () => {
      handled = true;
    });
    expect(handled).toBe(true);
  });
});

describe("update turns: one chat at a time", () => {
  it("runs two updates of one chat arriving together one after the other, in order", async () => {
    const { middleware } = middlewareWithLog();
    const events: string[] = [];
    let releaseFirst: () => void = () => {};
    const firstHeld = new Promise<void>((resolve) => {
      releaseFirst = resolve;
    });
    let firstStarted: () => void = () => {};
    const started = new Promise<void>((resolve) => {
      firstStarted = resolve;
    });
    const first = middleware(ctxFor(10, CHAT), async () => {
      events.push("10 start");
      firstStarted();
      await firstHeld;
      events.push("10 end");
    });
    const second = middleware(ctxFor(11, CHAT), async () => {
      events.push("11");
    });
    await explainedWait(started, () => "update 10 never started");
    const otherChat = middleware(ctxFor(12, CHAT + 1), async () => {
      events.push("other chat");
    });
    await otherChat;
    releaseFirst();
    await Promise.all([first, second]);
    expect(events).toEqual(["10 start", "other chat", "10 end", "11"]);
  });

  /**
   * Update `updateId` of the chat arrives here while `elsewhere` is unfinished on another
   * instance: whether its handlers ran only after `elsewhere` ended.
   */
  async function runsAfter(elsewhere: UpdateInChat, updateId: number) {
    const { middleware, taken } = middlewareWithLog();
    let ended = false;
    let ranAfterEnd: boolean | undefined;
    const here = middleware(ctxFor(updateId, CHAT), async () => {
      ranAfterEnd = ended;
    });
    await taken(updateId);
    ended = true;
    await endTurn(db.sql, elsewhere, new Date());
    await here;
    return ranAfterEnd;
  }

  it("waits while another instance's update holds the chat's turn", async () => {
    // Another instance took update 20 of the chat and is handling it.
    const elsewhere = { botId: BOT, updateId: 20, chatId: CHAT };
    expect(await takeUpdateAndTurn(db.sql, elsewhere, turnTimes(new Date()))).toBe("go");
    expect(await runsAfter(elsewhere, 21)).toBe(true);
  });

  it("lets an earlier update of the chat taken by another instance go first", async () => {
    // Update 30 reached another instance, which recorded it and has not handled it yet.
    const earlier = { botId: BOT, updateId: 30, chatId: CHAT };
    expect(await takeUpdate(db.sql, earlier, new Date())).toBe(true);
    expect(await runsAfter(earlier, 31)).toBe(true);
  });

  it("stops waiting for an instance that died mid-update once its turn has expired", async () => {
    const start = new Date("2026-12-01T09:00:00Z");
    // The dead instance took update 40 and its chat's turn, and never ended it.
    const dead = { botId: BOT, updateId: 40, chatId: CHAT };
    expect(await takeUpdateAndTurn(db.sql, dead, turnTimes(start))).toBe("go");
    const later = new Date(start.getTime() + TURN_LEASE_MS + 1);
    const { middleware } = middlewareWithLog(() => later);
    let handled = false;
    await middleware(ctxFor(41, CHAT), async () => {
      handled = true;
    });
    expect(handled).toBe(true);
  });

  it("does not take a turn for a re-delivered update", async () => {
    const { middleware } = middlewareWithLog();
    await middleware(ctxFor(50, CHAT), async () => {});
    // The re-delivery finds the update handled and leaves the chat's turn free for the next one.
    await middleware(ctxFor(50, CHAT), async () => {
      throw new Error("a re-delivery must not run");
    });
    let next = false;
    await middleware(ctxFor(51, CHAT), async () => {
      next = true;
    });
    expect(next).toBe(true);
    expect(await db.prisma.chatLease.count()).toBe(0);
  });
});
