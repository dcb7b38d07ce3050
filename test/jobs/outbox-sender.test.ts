import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { claimDueMessages, confirmClaim, enqueueMessage } from "../../src/db/outbox.ts";
import { DeliveryPacer, TELEGRAM_LIMITS } from "../../src/domain/delivery-pacing.ts";
import { createTranslator } from "../../src/i18n/translator.ts";
import type { MessageSender, RenderedMessage, SendResult } from "../../src/jobs/message-sender.ts";
import { renderMessage, sendDueMessages } from "../../src/jobs/outbox-sender.ts";
import { startOutboxSender } from "../../src/jobs/outbox-worker.ts";
import { createLogger } from "../../src/logger.ts";
import { createTestDatabase, type TestDatabase } from "../support/database.ts";

let db: TestDatabase;
beforeEach(async () => {
  db = await createTestDatabase();
});
afterEach(() => db.destroy());

/** The outbox never edits: only the order progress job does. */
async function notEditing(): Promise<SendResult> {
  throw new Error("the outbox does not edit messages");
}

function recordingSender(results: SendResult[] = []): MessageSender & { sent: RenderedMessage[] } {
  const sent: RenderedMessage[] = [];
  return {
    sent,
    async send(_recipient, message) {
      sent.push(message);
      return results.shift() ?? { ok: true };
    },
    edit: notEditing,
  };
}

const deps = (sender: MessageSender, now = new Date()) => ({
  db,
  instanceId: "test-worker",
  sender,
  translate: createTranslator(),
  logger: createLogger("silent"),
  now: () => now,
});

describe("the outbox sender", () => {
  it("sends only under a claim it still holds: one that ran out and was taken is left alone", async () => {
    const person = await db.prisma.person.create({ data: { fullName: "Анна", telegramId: 601n } });
    const { id } = await enqueueMessage(db.prisma, person.id, { key: "error-generic" });
    const t0 = new Date(Date.now() + 60_000);
    const at = (ms: number) => new Date(t0.getTime() + ms);
    const claim = (holder: string, ms: number) =>
      claimDueMessages(db, { holder, now: at(ms), leaseMs: 1_000, limit: 10 });
    expect((await claim("a", 0)).map((due) => due.id)).toEqual([id]);
    // Within its claim, worker a may send, and its claim is extended; run out but not taken
    // over, it is still a's.
    expect(await confirmClaim(db.prisma, id, "a", at(1_500))).toBe(true);
    expect(await confirmClaim(db.prisma, id, "a", at(1_700))).toBe(true);
    // a stalls past the extended claim; b takes the message over.
    expect((await claim("b", 2_000)).map((due) => due.id)).toEqual([id]);
    expect(await confirmClaim(db.prisma, id, "a", at(3_100))).toBe(false);
    expect(await confirmClaim(db.prisma, id, "b", at(3_100))).toBe(true);
  });

  it("renders each message in its recipient's language, translating nested keys", async () => {
    const ru = await db.prisma.person.create({
      data: { fullName: "Анна", telegramId: 1n, language: "ru" },
    });
    const en = await db.prisma.person.create({
      data: { fullName: "Anna", telegramId: 2n, language: "en" },
    });
    const message = {
      key: "notify-invite-redeemed",
      params: { name: "Олег", role: { key: "role-director" }, place: " — СОШ № 1" },
    };
    await enqueueMessage(db.prisma, ru.id, message);
    await enqueueMessage(db.prisma, en.id, message);
    const sender = recordingSender();
    expect(await sendDueMessages(deps(sender))).toBe(2);
    expect(sender.sent.map((m) => m.text)).toEqual([
      "✅ Олег принял(а) приглашение: Директор — СОШ № 1.",
      "✅ Олег accepted the invite: Director — СОШ № 1.",
    ]);
    expect(await db.prisma.outboxMessage.count({ where: { status: "sent" } })).toBe(2);
  });

  it("retries a temporary failure later and gives up on a blocked recipient", async () => {
    const person = await db.prisma.person.create({ data: { fullName: "Анна", telegramId: 1n } });
    const blocked = await db.prisma.person.create({ data: { fullName: "Борис", telegramId: 2n } });
    const temporary = await enqueueMessage(db.prisma, person.id, { key: "error-generic" });
    const forbidden = await enqueueMessage(db.prisma, blocked.id, { key: "error-generic" });
    const now = new Date();
    const sender = recordingSender([
      { ok: false, permanent: false, error: "Too Many Requests", retryAfterMs: 30_000 },
      { ok: false, permanent: true, error: "Forbidden: bot was blocked by the user" },
    ]);
    await sendDueMessages(deps(sender, now));
    const retried = await db.prisma.outboxMessage.findUniqueOrThrow({
      where: { id: temporary.id },
    });
    expect(retried).toMatchObject({ status: "pending", attempts: 1 });
    expect(retried.nextAttemptAt.getTime()).toBe(now.getTime() + 30_000);
    expect(
      await db.prisma.outboxMessage.findUniqueOrThrow({ where: { id: forbidden.id } }),
    ).toMatchObject({ status: "failed" });
    // Not due yet: nothing is sent again until the retry time.
    expect(await sendDueMessages(deps(sender, now))).toBe(0);
    expect(await sendDueMessages(deps(sender, new Date(now.getTime() + 31_000)))).toBe(1);
    expect(
      (await db.prisma.outboxMessage.findUniqueOrThrow({ where: { id: temporary.id } })).status,
    ).toBe("sent");
  });

  it("fails an unreadable or unsendable message alone and delivers the rest of the batch", async () => {
    const person = await db.prisma.person.create({ data: { fullName: "Анна", telegramId: 1n } });
    const first = await enqueueMessage(db.prisma, person.id, { key: "error-generic" });
    const notJson = await db.prisma.outboxMessage.create({
      data: { personId: person.id, payload: "{not json" },
    });
    const wrongShape = await db.prisma.outboxMessage.create({
      data: { personId: person.id, payload: JSON.stringify({ text: "no key" }) },
    });
    const throws = await enqueueMessage(db.prisma, person.id, { key: "error-generic" });
    const last = await enqueueMessage(db.prisma, person.id, { key: "error-generic" });
    let calls = 0;
    const sender: MessageSender = {
      async send() {
        calls++;
        if (calls === 2) throw new Error("socket hang up in an unforeseen place");
        return { ok: true, messageId: String(100 + calls) };
      },
      edit: notEditing,
    };
    const now = new Date();
    expect(await sendDueMessages(deps(sender, now))).toBe(5);

    const row = (id: number) => db.prisma.outboxMessage.findUniqueOrThrow({ where: { id } });
    expect(await row(first.id)).toMatchObject({ status: "sent", sentMessageId: "101" });
    expect(await row(last.id)).toMatchObject({ status: "sent", sentMessageId: "103" });
    expect(await row(notJson.id)).toMatchObject({
      status: "failed",
      lastError: "the payload is not JSON",
    });
    expect((await row(wrongShape.id)).status).toBe("failed");
    // The one that threw is tried again later, not given up and not blocking the queue.
    expect(await row(throws.id)).toMatchObject({ status: "pending", attempts: 1 });
    expect(await sendDueMessages(deps(sender, now))).toBe(0);
  });

  it("marks a person who blocked the bot unreachable and stops trying them", async () => {
    const person = await db.prisma.person.create({ data: { fullName: "Борис", telegramId: 2n } });
    await enqueueMessage(db.prisma, person.id, { key: "error-generic" });
    const sender = recordingSender([
      {
        ok: false,
        permanent: true,
        unreachable: true,
        error: "Forbidden: bot was blocked by the user",
      },
    ]);
    await sendDueMessages(deps(sender));
    expect(
      (await db.prisma.person.findUniqueOrThrow({ where: { id: person.id } })).blockedAt,
    ).not.toBeNull();
    expect(await db.prisma.auditEvent.count({ where: { action: "person.blocked_bot" } })).toBe(1);
    // The next message to them is given up without a call to the messenger.
    const next = await enqueueMessage(db.prisma, person.id, { key: "error-generic" });
    await sendDueMessages(deps(sender));
    expect(sender.sent).toHaveLength(1);
    expect(
      (await db.prisma.outboxMessage.findUniqueOrThrow({ where: { id: next.id } })).status,
    ).toBe("failed");
  });

  it("keeps retrying through an outage of hours, and a requested wait never makes it give up", async () => {
    const person = await db.prisma.person.create({ data: { fullName: "Анна", telegramId: 1n } });
    const queued = await enqueueMessage(db.prisma, person.id, { key: "error-generic" });
    const down: SendResult = { ok: false, permanent: false, error: "Bad Gateway" };
    const start = new Date(Date.now() + 1000);
    let clock = start;
    let tries = 0;
    for (;;) {
      expect(await sendDueMessages(deps(recordingSender([down]), clock))).toBe(1);
      tries++;
      const row = await db.prisma.outboxMessage.findUniqueOrThrow({ where: { id: queued.id } });
      if (row.status === "failed") break;
      clock = row.nextAttemptAt;
    }
    const hours = (clock.getTime() - start.getTime()) / 3_600_000;
    expect(hours).toBeGreaterThan(12);
    expect(tries).toBeGreaterThan(10);

    // Telegram's "retry after" any number of times: still pending, at the time it asked.
    const waited = await enqueueMessage(db.prisma, person.id, { key: "error-generic" });
    const tooMany: SendResult = {
      ok: false,
      permanent: false,
      error: "Too Many Requests",
      retryAfterMs: 1000,
    };
    for (let i = 0; i < 40; i++) {
      await sendDueMessages(deps(recordingSender([tooMany]), clock));
      clock = new Date(clock.getTime() + 1000);
    }
    expect(
      await db.prisma.outboxMessage.findUniqueOrThrow({ where: { id: waited.id } }),
    ).toMatchObject({ status: "pending", attempts: 40 });
  });

  it("paces the worker's sends: a second between two messages to one person", async () => {
    const person = await db.prisma.person.create({ data: { fullName: "Анна", telegramId: 1n } });
    const other = await db.prisma.person.create({ data: { fullName: "Олег", telegramId: 2n } });
    for (const id of [person.id, person.id, other.id, person.id])
      await enqueueMessage(db.prisma, id, { key: "error-generic" });
    const sentAt: Array<[bigint | null, number]> = [];
    const sender: MessageSender = {
      async send(recipient) {
        sentAt.push([recipient.telegramId, Date.now()]);
        return { ok: true };
      },
      edit: notEditing,
    };
    const worker = startOutboxSender({ ...deps(sender), now: () => new Date(), idleMs: 3_600_000 });
    await worker.drain();
    await worker.stop();
    const toAnna = sentAt.filter(([id]) => id === 1n).map(([, at]) => at);
    expect(toAnna).toHaveLength(3);
    // Never sooner (a slow machine only makes the gaps longer).
    for (let i = 1; i < toAnna.length; i++)
      expect((toAnna[i] ?? 0) - (toAnna[i - 1] ?? 0)).toBeGreaterThanOrEqual(990);
  });

  it("puts back, untried, a message whose chat must wait long, and goes on with the others", async () => {
    const anna = await db.prisma.person.create({ data: { fullName: "Анна", telegramId: 1n } });
    const oleg = await db.prisma.person.create({ data: { fullName: "Олег", telegramId: 2n } });
    const toAnna = await enqueueMessage(db.prisma, anna.id, { key: "error-generic" });
    await enqueueMessage(db.prisma, oleg.id, { key: "error-generic" });
    // Telegram told the bot to leave Anna's chat alone for half a minute.
    const pacer = new DeliveryPacer(TELEGRAM_LIMITS);
    const start = Date.now();
    pacer.slowDown({ chat: "1", group: false }, start, 30_000);
    const sender = recordingSender();
    const worker = startOutboxSender({
      ...deps(sender),
      now: () => new Date(),
      idleMs: 3_600_000,
      pacer,
    });
    await worker.drain();
    await worker.stop();
    expect(sender.sent).toHaveLength(1);
    const row = await db.prisma.outboxMessage.findUniqueOrThrow({ where: { id: toAnna.id } });
    expect(row).toMatchObject({ status: "pending", attempts: 0, claimedBy: null });
    expect(row.nextAttemptAt.getTime()).toBeGreaterThanOrEqual(start + 28_000);
  });

  it("drains on demand without waiting out its nap, pass after pass until nothing is due", async () => {
    const person = await db.prisma.person.create({ data: { fullName: "Анна", telegramId: 1n } });
    const sender = recordingSender();
    // A nap longer than any test: only drain() can make the worker look again.
    const worker = startOutboxSender({
      ...deps(sender),
      now: () => new Date(),
      idleMs: 3_600_000,
      batchSize: 1,
    });
    await worker.drain();
    for (let i = 0; i < 3; i++)
      await enqueueMessage(db.prisma, person.id, { key: "error-generic" });

    await worker.drain();
    expect(sender.sent).toHaveLength(3);
    expect(await db.prisma.outboxMessage.count({ where: { status: "pending" } })).toBe(0);

    await worker.stop();
    await expect(worker.drain()).rejects.toThrow("the outbox sender is stopped");
  });

  it("keeps several sends in flight at once, each chat's messages one after another in order", async () => {
    const people = [];
    for (let i = 1; i <= 6; i++)
      people.push(
        await db.prisma.person.create({
          data: { fullName: `Адресат ${i}`, telegramId: BigInt(i) },
        }),
      );
    const [first] = people;
    if (!first) throw new Error("no people");
    // Two messages to the first person, then one to each of the others.
    for (const person of [first, ...people])
      await enqueueMessage(db.prisma, person.id, {
        key: "notify-invite-redeemed",
        params: { name: person.fullName, role: "—", place: "" },
      });
    const inFlight: Array<{ chat: bigint | null; text: string; answer: () => void }> = [];
    let arrived = () => {};
    const sender: MessageSender = {
      send(recipient, message) {
        return new Promise<SendResult>((resolve) => {
          inFlight.push({
            chat: recipient.telegramId,
            text: message.text,
            answer: () => resolve({ ok: true }),
          });
          arrived();
        });
      },
      edit: notEditing,
    };
    const until = (count: number) =>
      new Promise<void>((resolve) => {
        arrived = () => {
          if (inFlight.length >= count) resolve();
        };
        arrived();
      });
    const batch = sendDueMessages({ ...deps(sender), concurrency: 3 });
    await until(3);
    // Three at once, the first person's second message not among them. Each send first confirms
    // its claim in the database, so the three reach the messenger in whichever order those
    // round trips come back.
    expect(inFlight.map((call) => call.chat).sort()).toEqual([1n, 2n, 3n]);
    inFlight.find((call) => call.chat === 1n)?.answer();
    await until(4);
    expect(inFlight[3]?.chat).toBe(4n);
    for (const call of inFlight) call.answer();
    await until(6);
    for (const call of inFlight.slice(4)) call.answer();
    await until(7);
    inFlight[6]?.answer();
    expect(await batch).toBe(7);
    const toFirst = inFlight.filter((call) => call.chat === 1n);
    expect(toFirst).toHaveLength(2);
    expect(inFlight.indexOf(toFirst[1] as (typeof inFlight)[number])).toBeGreaterThan(3);
    expect(await db.prisma.outboxMessage.count({ where: { status: "sent" } })).toBe(7);
  });

  it("renders dates on the given clock, texts in both languages and translated keys with params", () => {
    const translate = createTranslator();
    const message = {
      key: "campaign-deadline-moved",
      params: {
        form: { ru: "Олимпиады", en: "Olympiads" },
        period: {
          key: "campaign-period",
          params: { kind: "quarter", year: "2026", next: "27", index: 4 },
        },
        school: "СОШ № 1",
        deadline: { date: "2026-12-01T07:00:00.000Z", timezone: "Asia/Sakhalin" },
        previous: { date: "2026-11-30T21:00:00.000Z", timezone: "Europe/Moscow" },
      },
      buttons: [],
    };
    expect(renderMessage(translate, "ru", message).text).toBe(
      "⏰ Срок сдачи формы «Олимпиады» (IV квартал 2026 г.) для организации «СОШ № 1» перенесён.\n" +
        "Новый срок: 1 декабря 2026 г. в 18:00 (местное время). Прежний срок был 1 декабря 2026 г. в 00:00.",
    );
    expect(renderMessage(translate, "en", message).text).toBe(
      "⏰ The deadline of “Olympiads” (Q4 2026) for СОШ № 1 has moved.\n" +
        "New deadline: 1 December 2026 at 18:00 (local time). It was 1 December 2026 at 00:00.",
    );
  });

  it("hands the messenger each button's neutral action", async () => {
    const person = await db.prisma.person.create({ data: { fullName: "Анна", telegramId: 1n } });
    await enqueueMessage(db.prisma, person.id, {
      key: "error-generic",
      buttons: [
        [{ kind: "action", labelKey: "review-button-queue", action: { kind: "review-queue" } }],
      ],
    });
    const sender = recordingSender();
    await sendDueMessages(deps(sender));

    expect(sender.sent[0]?.buttons).toEqual([
      [{ label: expect.any(String), action: { kind: "review-queue" } }],
    ]);
  });

  it("still delivers a message queued with the old callback-data buttons", async () => {
    const person = await db.prisma.person.create({ data: { fullName: "Анна", telegramId: 1n } });
    const old = (action: string) => ({ kind: "action", labelKey: "review-button-queue", action });
    await db.prisma.outboxMessage.create({
      data: {
        personId: person.id,
        payload: JSON.stringify({
          key: "error-generic",
          params: {},
          buttons: [
            [old("form:open:3:7"), old("review:open:12")],
            [old("review:queue:0")],
            [old("something:else")],
          ],
        }),
      },
    });
    const sender = recordingSender();

    expect(await sendDueMessages(deps(sender))).toBe(1);
    expect(sender.sent[0]?.buttons.map((row) => row.map((button) => button.action))).toEqual([
      [
        { kind: "open-form", campaignId: 3, schoolId: 7 },
        { kind: "open-review", submissionId: 12 },
      ],
      [{ kind: "review-queue" }],
    ]);
    expect(await db.prisma.outboxMessage.count({ where: { status: "sent" } })).toBe(1);
  });
});
