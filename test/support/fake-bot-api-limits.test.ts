import { Api } from "grammy";
import { afterEach, describe, expect, it } from "vitest";
import { createTelegramSender } from "../../src/bot/telegram-sender.ts";
import { enqueueMessage } from "../../src/db/outbox.ts";
import { createTranslator } from "../../src/i18n/translator.ts";
import { startOutboxSender } from "../../src/jobs/outbox-worker.ts";
import { createLogger } from "../../src/logger.ts";
import { TEST_TOKEN } from "./bot-harness.ts";
import { createTestDatabase, type TestDatabase } from "./database.ts";
import {
  type FakeBotApi,
  SendRateLimiter,
  startFakeBotApi,
  TELEGRAM_SEND_LIMITS,
} from "./fake-bot-api.ts";

describe("the fake Bot API's flood limits", () => {
  it("answers a bot sending too fast with a 429 and retry_after, per chat and overall", () => {
    let now = 0;
    const limiter = new SendRateLimiter(TELEGRAM_SEND_LIMITS, () => now);
    const send = (chat: number) => limiter.check("sendMessage", { chat_id: chat, text: "…" });
    expect(send(1)).toBeUndefined();
    expect(send(1)).toMatchObject({ error_code: 429, parameters: { retry_after: 1 } });
    now = 1000;
    expect(send(1)).toBeUndefined();
    // 30 chats within one second pass; the 31st must wait.
    now = 5000;
    for (let chat = 100; chat < 130; chat++) expect(send(chat)).toBeUndefined();
    expect(send(130)?.error_code).toBe(429);
    // A group takes 20 a minute.
    now = 10_000;
    for (let i = 0; i < 20; i++) {
      now += 1000;
      expect(send(-100500)).toBeUndefined();
    }
    now += 1000;
    expect(send(-100500)).toMatchObject({ error_code: 429 });
    // A paid broadcast may go up to 1,000 a second (one a second per chat still holds).
    now = 200_000;
    const paid = (chat: number) =>
      limiter.check("sendMessage", { chat_id: chat, text: "…", allow_paid_broadcast: true });
    for (let chat = 1000; chat < 1100; chat++) expect(paid(chat)).toBeUndefined();
    expect(paid(1000)?.error_code).toBe(429);
    // Other calls are not counted.
    expect(limiter.check("getMe", {})).toBeUndefined();
    expect(limiter.check("sendChatAction", { chat_id: 1 })).toBeUndefined();
  });

  describe("against the outbox worker", () => {
    let fake: FakeBotApi;
    let db: TestDatabase;
    afterEach(async () => {
      await fake.close();
      await db.destroy();
    });

    it("the worker keeps within them: several messages to one person, none refused", async () => {
      fake = await startFakeBotApi({ limits: TELEGRAM_SEND_LIMITS });
      db = await createTestDatabase();
      const anna = await db.prisma.person.create({ data: { fullName: "Анна", telegramId: 501n } });
      const oleg = await db.prisma.person.create({ data: { fullName: "Олег", telegramId: 502n } });
      for (const id of [anna.id, anna.id, oleg.id, anna.id])
        await enqueueMessage(db.prisma, id, { key: "error-generic" });
      const api = new Api(TEST_TOKEN, { apiRoot: fake.apiRoot });
      const worker = startOutboxSender({
        db,
        sender: createTelegramSender(api),
        translate: createTranslator(),
        logger: createLogger("silent"),
        instanceId: "test",
        idleMs: 3_600_000,
      });
      await worker.drain();
      await worker.stop();
      expect(fake.messagesIn(501)).toHaveLength(3);
      expect(fake.messagesIn(502)).toHaveLength(1);
      expect(fake.callsOf("sendMessage").filter((call) => call.failed)).toEqual([]);
      // The same messages sent back to back, unpaced, are refused by the fake.
      await api.sendMessage(503, "раз");
      await expect(api.sendMessage(503, "два")).rejects.toMatchObject({ error_code: 429 });
    });
  });
});
