import type { Update } from "grammy/types";
import { afterEach, describe, expect, it } from "vitest";
import { type RunningBot, startBot } from "../../src/bot/run-bot.ts";
import { createConfig } from "../../src/config.ts";
import { createTranslator } from "../../src/i18n/translator.ts";
import { createLogger } from "../../src/logger.ts";
import { createServer, type RunningServer, startServer } from "../../src/server/index.ts";
import { type Harness, startHarness, TEST_TOKEN } from "../support/bot-harness.ts";
import { chatAs } from "../support/chat.ts";
import { createMunicipality, createSchool, issueInvite } from "../support/fixtures.ts";
import { monitoringScene } from "../support/monitoring.ts";
import { createUser, textMessage } from "../support/telegram-updates.ts";

const SECRET = "webhook-secret-0123456789";

let h: Harness;
let webhookBot: RunningBot | undefined;
let server: RunningServer | undefined;
afterEach(async () => {
  await server?.close();
  await webhookBot?.stop();
  server = webhookBot = undefined;
  await h.stop();
});

const answersOf = async () => {
  const rows = await h.db.prisma.answer.findMany({ include: { question: true } });
  return Object.fromEntries(rows.map((row) => [row.question.code, JSON.parse(String(row.value))]));
};

/** A deputy at the first question of an open form, the bot polling as in the other tests. */
async function deputyAtForm() {
  h = await startHarness();
  const scene = await monitoringScene(h, { allTypes: true });
  const deputy = chatAs(h, scene.people.deputy);
  await deputy.press("📝 Заполнить форму");
  expect(deputy.lastText()).toContain("Вопрос 1 из 11");
  return scene;
}

/**
 * Switches the same database over to a webhook bot behind the real server. A webhook call is
 * answered once its update has been handled, so after `await post(…)` every reply has been sent.
 */
async function switchToWebhook(options: Parameters<typeof startBot>[2] = {}) {
  await h.bot.stop();
  const config = createConfig({
    BOT_TOKEN: TEST_TOKEN,
    BOT_MODE: "webhook",
    PUBLIC_URL: "https://msoko.example.ru",
    WEBHOOK_SECRET: SECRET,
    TELEGRAM_API_ROOT: h.fake.apiRoot,
    DATABASE_URL: h.db.url,
    LOG_LEVEL: "silent",
  });
  const deps = { config, db: h.db, logger: createLogger("silent"), translate: createTranslator() };
  webhookBot = await startBot(TEST_TOKEN, deps, options);
  server = await startServer(createServer({ ...deps, webhook: webhookBot.webhook }), {
    port: 0,
    host: "127.0.0.1",
  });
  const port = server.port;
  return async (update: Update) => {
    const response = await fetch(`http://127.0.0.1:${port}/webhook/telegram`, {
      method: "POST",
      headers: { "Content-Type": "application/json", "X-Telegram-Bot-Api-Secret-Token": SECRET },
      body: JSON.stringify(update),
    });
    expect(response.status).toBe(200);
  };
}

let nextUpdateId = 10_000;
let nextMessageId = 1_000;
function typed(user: ReturnType<typeof createUser>, text: string): Update {
  const { message } = textMessage(user, text) as { message: Update["message"] & object };
  return { update_id: nextUpdateId++, message: { ...message, message_id: nextMessageId++ } };
}

const repliesTo = (userId: number, after: number) =>
  h.fake.callsOf("sendMessage").filter((c) => c.index >= after && c.payload.chat_id === userId);

describe("an update delivered twice", () => {
  it("saves a typed answer once when the webhook gets it twice, one after the other", async () => {
    const { people } = await deputyAtForm();
    const post = await switchToWebhook();
    const mark = h.fake.mark();
    const hundred = typed(people.deputy, "100");

    await post(hundred);
    await post(hundred);

    expect(await answersOf()).toEqual({ students: 100 });
    const replies = repliesTo(people.deputy.id, mark);
    expect(replies).toHaveLength(1);
    expect(String(replies[0]?.payload.text)).toContain("Вопрос 2 из 11");
  });

  it("saves a typed answer once when the webhook gets it twice at the same moment", async () => {
    const { people } = await deputyAtForm();
    const post = await switchToWebhook();
    const mark = h.fake.mark();
    const hundred = typed(people.deputy, "100");

    await Promise.all([post(hundred), post(hundred)]);

    expect(await answersOf()).toEqual({ students: 100 });
    expect(repliesTo(people.deputy.id, mark)).toHaveLength(1);
  });

  it("answers a /start with an invite sent twice with one set of replies", async () => {
    h = await startHarness();
    const municipality = await createMunicipality(h.db.prisma, { name: "Невельский ГО" });
    const school = await createSchool(h.db.prisma, municipality.id, { name: "МБОУ СОШ № 2" });
    const invite = await issueInvite(h.db.prisma, {
      role: "deputy",
      municipalityId: municipality.id,
      schoolId: school.id,
    });
    const post = await switchToWebhook();
    const user = createUser({ id: 777, firstName: "Светлана" });
    const start = typed(user, `/start ${invite.code}`);

    let mark = h.fake.mark();
    await post(start);
    const once = repliesTo(user.id, mark).length;
    expect(once).toBeGreaterThan(0);

    mark = h.fake.mark();
    await post(start);
    await Promise.all([post(start), post(start)]);
    expect(repliesTo(user.id, mark)).toHaveLength(0);
    expect(await h.db.prisma.inviteRedemption.count()).toBe(1);
  });

  it("runs once when polling after a restart reads an update again that was already handled", async () => {
    const { people } = await deputyAtForm();
    const deputy = chatAs(h, people.deputy);
    const hundred = typed(people.deputy, "100");
    h.fake.pushUpdate(hundred);
    await h.fake.waitForCall("sendMessage", (c) => String(c.payload.text).includes("Вопрос 2"));

    // The process died before its next getUpdates confirmed the update: Telegram hands the
    // same update (same update_id) to the next instance.
    await h.restart();
    const mark = h.fake.mark();
    h.fake.redeliver(hundred);
    const next = typed(people.deputy, "60");
    h.fake.pushUpdate(next);
    await h.fake.waitForCall("sendMessage", (c) => String(c.payload.text).includes("Вопрос 3"), {
      after: mark,
    });

    expect(await answersOf()).toEqual({ students: 100, girls: 60 });
    expect(repliesTo(people.deputy.id, mark)).toHaveLength(1);
    expect(deputy.lastText()).toContain("Вопрос 3 из 11");
  });
});

describe("the flood limiter", () => {
  it("drops a flood before any database work: the dropped updates leave no record", async () => {
    h = await startHarness();
    const post = await switchToWebhook({ rateLimit: { timeFrameMs: 60_000, limit: 2 } });
    const user = createUser({ id: 888 });
    for (let i = 0; i < 5; i++) await post(typed(user, `/help`));
    expect(await h.db.prisma.processedUpdate.count()).toBe(2);
  });
});
