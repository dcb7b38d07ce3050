import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { DEFAULT_RATE_LIMIT } from "../../src/bot/index.ts";
import { type Harness, startHarness } from "../support/bot-harness.ts";
import { createUser } from "../support/telegram-updates.ts";

let h: Harness;
beforeEach(async () => {
  // The default limit in a window that cannot end mid-test: the count, not the clock, decides.
  h = await startHarness(
    {},
    { rateLimit: { timeFrameMs: 60 * 60_000, limit: DEFAULT_RATE_LIMIT.limit } },
  );
});
afterEach(async () => {
  await h.stop();
});

const repliesTo = (userId: number) =>
  h.fake.callsOf("sendMessage").filter((call) => call.payload.chat_id === userId);

describe("the flood limiter", () => {
  it("answers a person's first 30 updates at once and drops the rest, leaving others alone", async () => {
    const flooder = createUser({ id: 931, firstName: "Пётр" });
    const neighbour = createUser({ id: 932, firstName: "Анна" });
    for (let i = 0; i <= DEFAULT_RATE_LIMIT.limit; i++) h.fake.sendText(flooder, "/help");
    h.fake.sendText(neighbour, "/help");
    await h.fake.settle();

    expect(repliesTo(flooder.id)).toHaveLength(DEFAULT_RATE_LIMIT.limit);
    expect(repliesTo(neighbour.id)).toHaveLength(1);
  });
});
