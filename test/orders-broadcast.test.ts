import { Api } from "grammy";
import { afterEach, describe, expect, it } from "vitest";
import { createTelegramSender } from "../src/bot/telegram-sender.ts";
import { orderCounts } from "../src/db/orders/order-status.ts";
import { createTranslator } from "../src/i18n/translator.ts";
import { startJobs } from "../src/jobs/index.ts";
import { createLogger } from "../src/logger.ts";
import { TEST_TOKEN } from "./support/bot-harness.ts";
import { type BroadcastTown, broadcastTown, sendTownOrder } from "./support/broadcast-town.ts";
import { createTestDatabase } from "./support/database.ts";
import {
  type CallRecord,
  type FakeBotApi,
  startFakeBotApi,
  TELEGRAM_SEND_LIMITS,
} from "./support/fake-bot-api.ts";
import { freePort, type SpawnedApp, spawnApp, waitForOutput } from "./support/spawn-app.ts";

/** A signed order as a PDF: a few bytes are enough for the fake. */
const PDF = new TextEncoder().encode("%PDF-1.4\n% приказ № 112\n%%EOF\n");

const cleanups: Array<() => unknown> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function setUp(options: Parameters<typeof startFakeBotApi>[0]) {
  const db = await createTestDatabase();
  cleanups.push(() => db.destroy());
  const fake = await startFakeBotApi(options);
  cleanups.push(() => fake.close());
  return { db, fake };
}

/** Successful sends of the order (a document) per chat. */
function ordersPerChat(fake: FakeBotApi, calls: readonly CallRecord[] = fake.calls) {
  const counts = new Map<number, number>();
  for (const call of calls)
    if (call.method === "sendDocument" && !call.failed) {
      const chat = Number(call.payload.chat_id);
      counts.set(chat, (counts.get(chat) ?? 0) + 1);
    }
  return counts;
}

/** The recipients' chats: a director and a deputy per school, from 900,000 up. */
function recipientChats(town: BroadcastTown): number[] {
  return Array.from({ length: town.recipients }, (_, i) => 900_000 + i);
}

describe("an order to a whole region", () => {
  it("is delivered to everyone once within the limits: a 403, a retry_after and a poisoned row fail alone", async () => {
    const { db, fake } = await setUp({ limits: TELEGRAM_SEND_LIMITS });
    const town = await broadcastTown(db.prisma, { schools: 20 });
    const { orderId } = await sendTownOrder(db.prisma, town, { document: PDF });
    // One deputy blocked the bot; one message cannot be read; Telegram asks the bot to wait once.
    fake.blockBot({ id: 900_003, is_bot: false, first_name: "Заместитель 2" });
    const poisoned = await db.prisma.outboxMessage.findFirstOrThrow({
      where: { deliveryId: { not: null }, person: { telegramId: 900_010n } },
    });
    await db.prisma.outboxMessage.update({
      where: { id: poisoned.id },
      data: { payload: "{not json" },
    });
    fake.failNext("sendDocument", {
      error_code: 429,
      description: "Too Many Requests: retry after 1",
      parameters: { retry_after: 1 },
    });
    const api = new Api(TEST_TOKEN, { apiRoot: fake.apiRoot });
    const jobs = startJobs({
      db,
      logger: createLogger("silent"),
      translate: createTranslator(),
      sender: createTelegramSender(api),
      outboxIdleMs: 100,
    });
    cleanups.push(() => jobs.stop());

    // The coordinator's summary is the last message: by then every delivery is settled.
    const summary = await fake.waitForCall(
      "sendMessage",
      (call) => call.payload.chat_id === 899_999 && String(call.payload.text).startsWith("📋"),
    );
    expect(await orderCounts(db.prisma, orderId)).toMatchObject({
      recipients: 40,
      delivered: 38,
      unreachable: 2,
      pending: 0,
    });
    const counts = ordersPerChat(fake);
    const missing = recipientChats(town).filter((chat) => !counts.has(chat));
    expect(missing).toEqual([900_003, 900_010]);
    expect([...counts.values()].filter((n) => n !== 1)).toEqual([]);
    expect(
      await db.prisma.person.findFirstOrThrow({ where: { telegramId: 900_003n } }),
    ).toMatchObject({ blockedAt: expect.any(Date) });
    // The one 429 was injected; the fake's own limits never had to refuse anything.
    const refused = fake.calls.filter((call) => call.failed && call.error?.error_code === 429);
    expect(refused.map((call) => call.injected)).toEqual([true]);
    // The chat told to wait got its order no sooner than a second later.
    const waited = refused[0] as CallRecord;
    const retried = fake
      .callsOf("sendDocument")
      .find((call) => !call.failed && call.payload.chat_id === waited.payload.chat_id);
    expect((retried?.at ?? 0) - waited.at).toBeGreaterThanOrEqual(1000);
    // The bytes went through once (a refused upload is tried again); then Telegram's copy is sent.
    const uploaded = fake.callsOf("sendDocument").filter((call) => call.uploads.length > 0);
    expect(uploaded.filter((call) => !call.failed)).toHaveLength(1);
    expect(String(summary.payload.text)).toContain("Доставлено: 38 из 40.");
    expect(String(summary.payload.text)).toContain("• Заместитель 2 («МБОУ СОШ № 2»)");
    const [progress] = fake.messagesIn(899_999);
    expect(progress?.text).toBe(
      "✅ Рассылка «О проведении мониторинга» завершена: доставлено 38 из 40, недоступны 2.",
    );
  }, 60_000);

  it("resumes after a SIGKILL in the middle: everyone gets it, repeats only of requests in flight", async () => {
    const { db, fake } = await setUp({
      limits: TELEGRAM_SEND_LIMITS,
      network: { latencyMs: [20, 80] },
    });
    const town = await broadcastTown(db.prisma, { schools: 150 });
    const { orderId } = await sendTownOrder(db.prisma, town, { document: PDF });
    const start = async () => {
      const app = spawnApp({
        BOT_TOKEN: TEST_TOKEN,
        TELEGRAM_API_ROOT: fake.apiRoot,
        DATABASE_URL: db.url,
        PORT: String(await freePort()),
        HOST: "127.0.0.1",
        // A killed instance's claims run out after three seconds, not a minute.
        OUTBOX_CLAIM_SECONDS: "3",
      });
      cleanups.push(() => app.stop("SIGKILL"));
      return app;
    };

    const first: SpawnedApp = await start();
    // Halfway through, by the messages the fake has received, the process is killed.
    await fake.untilReceivedSends(town.recipients / 2);
    first.child.kill("SIGKILL");
    const inFlightAtKill = fake.unanswered().length;
    expect(await first.exited).toBeNull();
    // Requests the dead process left behind are answered into the void.
    await fake.settle();
    const before = ordersPerChat(fake);
    // What decides a send again is the outbox row: a message still pending there goes out again.
    const recorded = await db.prisma.outboxMessage.findMany({
      where: { deliveryId: { not: null }, status: "sent" },
      select: { person: { select: { telegramId: true } } },
    });
    const recordedChats = new Set(recorded.map((row) => Number(row.person.telegramId)));
    // Delivered, as far as Telegram knows, but not recorded: these may go again.
    const unrecorded = [...before.keys()].filter((chat) => !recordedChats.has(chat));
    expect(before.size).toBeGreaterThan(0);
    expect(before.size).toBeLessThan(town.recipients);

    const second = await start();
    await waitForOutput(second, '"msg":"order delivery complete"');
    const counts = ordersPerChat(fake);
    const missing = recipientChats(town).filter((chat) => !counts.has(chat));
    expect(missing).toEqual([]);
    const repeated = [...counts.entries()].filter(([, n]) => n > 1).map(([chat]) => chat);
    // Only a message Telegram had when the process died, and the process had not recorded, repeats.
    expect(repeated.filter((chat) => !unrecorded.includes(chat))).toEqual([]);
    expect(Math.max(0, ...counts.values())).toBeLessThanOrEqual(2);
    expect(await orderCounts(db.prisma, orderId)).toMatchObject({ delivered: 300, pending: 0 });
    console.info(
      `SIGKILL mid-broadcast: ${before.size} of ${town.recipients} delivered before, ` +
        `${inFlightAtKill} request(s) in flight at the kill, ${unrecorded.length} delivered but ` +
        `not recorded, ${repeated.length} repeated`,
    );
  }, 120_000);
});
