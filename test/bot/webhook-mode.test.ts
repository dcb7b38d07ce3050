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

describe("BOT_MODE=webhook", () => {
  it("registers the webhook with its secret and answers updates Telegram posts to the server", async () => {
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
    bot = await startBot(TEST_TOKEN, deps);
    expect(fake.lastCall("setWebhook")?.payload).toMatchObject({
      url: "https://msoko.example.ru/webhook/telegram",
      secret_token: SECRET,
    });
    server = await startServer(createServer({ ...deps, webhook: bot.webhook }), {
      port: 0,
      host: "127.0.0.1",
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
});
