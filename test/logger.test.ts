import { Writable } from "node:stream";
import { Api } from "grammy";
import { afterEach, describe, expect, it } from "vitest";
import { type RunningBot, startBot } from "../src/bot/run-bot.ts";
import { createTelegramSender } from "../src/bot/telegram-sender.ts";
import { createConfig } from "../src/config.ts";
import { enqueueMessage } from "../src/db/outbox.ts";
import { createTranslator } from "../src/i18n/translator.ts";
import { sendDueMessages } from "../src/jobs/outbox-sender.ts";
import { createLogger } from "../src/logger.ts";
import { TEST_TOKEN } from "./support/bot-harness.ts";
import { createTestDatabase, type TestDatabase } from "./support/database.ts";
import { type FakeBotApi, startFakeBotApi } from "./support/fake-bot-api.ts";
import { createUser } from "./support/telegram-updates.ts";

/** A logger writing into an array of parsed JSON lines. */
function capturedLogger() {
  const lines: string[] = [];
  const destination = new Writable({
    write(chunk, _encoding, done) {
      lines.push(String(chunk));
      done();
    },
  });
  return { logger: createLogger("info", { destination }), lines };
}

const NOT_FOUND = { error_code: 400, description: "Bad Request: chat not found" };

let fake: FakeBotApi | undefined;
let db: TestDatabase | undefined;
let bot: RunningBot | undefined;
afterEach(async () => {
  await bot?.stop();
  await fake?.close();
  await db?.destroy();
  bot = fake = db = undefined;
});

describe("logs of failed Bot API calls", () => {
  it("carry the method, error code and description, never the message text", async () => {
    fake = await startFakeBotApi();
    fake.failNext("sendMessage", NOT_FOUND);
    const api = new Api(TEST_TOKEN, { apiRoot: fake.apiRoot });
    const error = await api.sendMessage(42, "marker-7f3a: личные данные").catch((e) => e);
    const { logger, lines } = capturedLogger();
    logger.error({ msg: "send failed", err: error });
    logger.error({ msg: "wrapped", err: new Error("outer", { cause: error }) });

    const logged = lines.join("");
    expect(logged).not.toContain("marker-7f3a");
    const first = JSON.parse(lines[0] ?? "{}");
    expect(first.err).toMatchObject({
      method: "sendMessage",
      error_code: 400,
      description: "Bad Request: chat not found",
    });
    expect(first.err.payload).toBeUndefined();
  });

  it("keep the bot's reply out of the log when a reply fails inside a handler", async () => {
    fake = await startFakeBotApi();
    db = await createTestDatabase();
    const config = createConfig({
      BOT_TOKEN: TEST_TOKEN,
      TELEGRAM_API_ROOT: fake.apiRoot,
      DATABASE_URL: db.url,
    });
    const { logger, lines } = capturedLogger();
    bot = await startBot(TEST_TOKEN, { config, db, logger, translate: createTranslator() });
    fake.failNext("sendMessage", NOT_FOUND);
    const mark = fake.mark();
    fake.sendText(createUser({ id: 501 }), "/start");
    // The greeting fails; the error boundary logs it and sends the generic apology.
    await fake.waitForCall("sendMessage", (call) => !call.failed, { after: mark });

    const failed = lines.map((line) => JSON.parse(line)).find((l) => l.msg === "update failed");
    expect(failed?.err).toMatchObject({ method: "sendMessage", error_code: 400 });
    const greeting = String(fake.callsOf("sendMessage").find((c) => c.failed)?.payload.text);
    expect(greeting).toContain("ссылке-приглашению");
    expect(lines.join("")).not.toContain("ссылке-приглашению");
  });

  it("keep a queued message's text out of the log and out of the outbox's stored error", async () => {
    fake = await startFakeBotApi();
    db = await createTestDatabase();
    const person = await db.prisma.person.create({ data: { fullName: "Анна", telegramId: 42n } });
    const queued = await enqueueMessage(db.prisma, person.id, { key: "error-generic" });
    const translate = createTranslator();
    const text = translate("ru", "error-generic");
    fake.failNext("sendMessage", NOT_FOUND);
    const { logger, lines } = capturedLogger();
    const sender = createTelegramSender(new Api(TEST_TOKEN, { apiRoot: fake.apiRoot }));

    await sendDueMessages({ db, sender, translate, logger, instanceId: "test" });

    expect(fake.lastCall("sendMessage")?.payload.text).toBe(text);
    const row = await db.prisma.outboxMessage.findUniqueOrThrow({ where: { id: queued.id } });
    expect(row.lastError).toContain("chat not found");
    expect(row.lastError).not.toContain(text);
    expect(lines.join("")).toContain("outbox delivery failed");
    expect(lines.join("")).not.toContain(text);
  });
});
