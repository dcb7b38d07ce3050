import { afterEach, describe, expect, it } from "vitest";
import { type RunningBot, startBot } from "../../src/bot/run-bot.ts";
import { createConfig } from "../../src/config.ts";
import { createTranslator } from "../../src/i18n/translator.ts";
import { createLogger } from "../../src/logger.ts";
import { createServer, type RunningServer, startServer } from "../../src/server/index.ts";
import { TEST_TOKEN } from "../support/bot-harness.ts";
import { createTestDatabase, type TestDatabase } from "../support/database.ts";
import { type FakeBotApi, startFakeBotApi } from "../support/fake-bot-api.ts";
import { createUser, textMessage } from "../support/telegram-updates.ts";

const SECRET = "webhook-secret-0123456789";

let fake: FakeBotApi;
let db: TestDatabase;
let bot: RunningBot;
let server: RunningServer;
afterEach(async () => {
  await server.close();
  await bot.stop();
  await fake.close();
  await db.destroy();
});

/** The real bot in webhook mode behind the real server, on the fake Bot API and a test database. */
async function startWebhookBot(options: { webhookAnswerMs?: number } = {}) {
  fake = await startFakeBotApi();
  db = await createTestDatabase();
  const config = createConfig({
    BOT_TOKEN: TEST_TOKEN,
    BOT_MODE: "webhook",
    PUBLIC_URL: "https://msoko.example.ru",
    WEBHOOK_SECRET: SECRET,
    TELEGRAM_API_ROOT: fake.apiRoot,
    DATABASE_URL: db.url,
    LOG_LEVEL: "silent",
  });
  const deps = { config, db, logger: createLogger("silent"), translate: createTranslator() };
  bot = await startBot(TEST_TOKEN, deps, options);
  server = await startServer(createServer({ ...deps, webhook: bot.webhook }), {
    port: 0,
    host: "127.0.0.1",
  });
}

describe("BOT_MODE=webhook", () => {
  it("registers the webhook with its secret and answers updates Telegram posts to the server", async () => {
    await startWebhookBot();
    expect(fake.lastCall("setWebhook")?.payload).toMatchObject({
      url: "https://msoko.example.ru/webhook/telegram",
      secret_token: SECRET,
    });

    const user = createUser({ id: 321, firstName: "Вера" });
    const { message } = textMessage(user, "/start") as { message: object };
    const post = (secret: string) =>
      fetch(`http://127.0.0.1:${server.port}/webhook/telegram`, {
        method: "POST",
        headers: { "Content-Type": "application/json", "X-Telegram-Bot-Api-Secret-Token": secret },
        body: JSON.stringify({ update_id: 1, message: { ...message, message_id: 1 } }),
      });

    expect((await post("not-the-secret-000000")).status).toBe(401);
    expect(fake.callsOf("sendMessage")).toHaveLength(0);

    expect((await post(SECRET)).status).toBe(200);
    const reply = await fake.waitForCall("sendMessage");
    expect(reply.payload).toMatchObject({ chat_id: 321 });
    expect(String(reply.payload.text)).toContain("ссылке-приглашению");
  });

  it("answers Telegram while an update is still busy, and the update then finishes", async () => {
    // Answered after 50 ms instead of 3 s, so the test does not sit out the production window.
    await startWebhookBot({ webhookAnswerMs: 50 });
    // The bot's reply never gets an answer until the test says so: the update cannot finish.
    const held = fake.holdNext("sendMessage");
    const user = createUser({ id: 322, firstName: "Пётр" });
    const { message } = textMessage(user, "/start") as { message: object };
    const response = await fetch(`http://127.0.0.1:${server.port}/webhook/telegram`, {
      method: "POST",
      headers: { "Content-Type": "application/json", "X-Telegram-Bot-Api-Secret-Token": SECRET },
      body: JSON.stringify({ update_id: 2, message: { ...message, message_id: 2 } }),
    });
    // Telegram got its answer although the update is still busy…
    expect(response.status).toBe(200);
    expect((await held.arrived).chat_id).toBe(322);
    expect(fake.callsOf("sendMessage")).toHaveLength(0);
    // …and the update goes on to its end in the background.
    held.release();
    const reply = await fake.waitForCall("sendMessage", (call) => call.payload.chat_id === 322);
    expect(String(reply.payload.text)).toContain("ссылке-приглашению");
  });
});
