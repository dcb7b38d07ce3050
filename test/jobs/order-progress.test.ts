import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createTranslator } from "../../src/i18n/translator.ts";
import type { MessageSender, RenderedMessage, SendResult } from "../../src/jobs/message-sender.ts";
import {
  formatCount,
  PROGRESS_EVERY_MS,
  startOrderProgress,
  updateOrderProgress,
} from "../../src/jobs/order-progress.ts";
import { renderMessage, sendDueMessages } from "../../src/jobs/outbox-sender.ts";
import { createLogger } from "../../src/logger.ts";
import { type BroadcastTown, broadcastTown, sendTownOrder } from "../support/broadcast-town.ts";
import { createTestDatabase, type TestDatabase } from "../support/database.ts";

let db: TestDatabase;
beforeEach(async () => {
  db = await createTestDatabase();
});
afterEach(() => db.destroy());

const translate = createTranslator();
const BLOCKED: SendResult = {
  ok: false,
  permanent: true,
  unreachable: true,
  error: "Forbidden: bot was blocked by the user",
};

/** A messenger that delivers, except to the chats in `blocked`, and records every edit. */
function messenger(blocked = new Set<bigint>()) {
  let nextId = 100;
  const edits: Array<{ chat: bigint | null; messageId: string; message: RenderedMessage }> = [];
  const editAnswers: SendResult[] = [];
  const sender: MessageSender = {
    async send(recipient) {
      if (recipient.telegramId !== null && blocked.has(recipient.telegramId)) return BLOCKED;
      return { ok: true, messageId: String(nextId++) };
    },
    async edit(recipient, messageId, message) {
      const answer = editAnswers.shift() ?? { ok: true, messageId };
      if (answer.ok) edits.push({ chat: recipient.telegramId, messageId, message });
      return answer;
    },
  };
  return { sender, edits, editAnswers };
}

const base = (sender: MessageSender) => ({
  db,
  instanceId: "test",
  sender,
  translate,
  logger: createLogger("silent"),
});

/** Sends the next `count` queued messages (the progress message goes first: it is queued first). */
const deliver = (sender: MessageSender, count: number) =>
  sendDueMessages({ ...base(sender), batchSize: count });

const at = (start: Date, ms: number) => new Date(start.getTime() + ms);

async function order(orderId: number) {
  return db.prisma.order.findUniqueOrThrow({ where: { id: orderId } });
}

async function queuedFor(town: BroadcastTown) {
  return db.prisma.outboxMessage.findMany({
    where: { personId: town.coordinator.id, status: "pending" },
  });
}

describe("the order progress job", () => {
  it("edits the coordinator's message at most every few seconds and only when the numbers change", async () => {
    const town = await broadcastTown(db.prisma, { schools: 6 });
    const blocked = new Set([900_003n]);
    const { sender, edits } = messenger(blocked);
    const { orderId } = await sendTownOrder(db.prisma, town);
    const start = new Date();
    // Before the progress message itself is out there is nothing to edit.
    expect(await updateOrderProgress(base(sender), start)).toEqual({ edited: 0, completed: 0 });
    await deliver(sender, 1);
    expect(await updateOrderProgress(base(sender), start)).toEqual({ edited: 1, completed: 0 });
    expect(edits.map((edit) => edit.message.text)).toEqual([
      "📨 Рассылка «О проведении мониторинга»: доставлено 0 из 12, недоступны 0, в очереди 12",
    ]);
    expect(edits[0]?.chat).toBe(899_999n);
    expect(edits[0]?.message.buttons).toEqual([
      [{ label: "Открыть карточку приказа", action: { kind: "open-order", orderId } }],
    ]);
    // Five more delivered, one of them to someone who blocked the bot.
    await deliver(sender, 5);
    expect((await updateOrderProgress(base(sender), at(start, 1000))).edited).toBe(0);
    expect((await updateOrderProgress(base(sender), at(start, PROGRESS_EVERY_MS))).edited).toBe(1);
    expect(edits.at(-1)?.message.text).toBe(
      "📨 Рассылка «О проведении мониторинга»: доставлено 4 из 12, недоступны 1, в очереди 7",
    );
    // Nothing changed: no edit however long it has been.
    expect((await updateOrderProgress(base(sender), at(start, 60_000))).edited).toBe(0);
    expect(await order(orderId)).toMatchObject({
      completedAt: null,
      progressShownAt: at(start, PROGRESS_EVERY_MS),
    });
    expect(edits).toHaveLength(2);
  });

  it("ends with the final numbers and one summary naming the unreachable people and schools", async () => {
    const town = await broadcastTown(db.prisma, { schools: 7 });
    // Twelve of fourteen blocked the bot: ten are named, two counted.
    const blocked = new Set(Array.from({ length: 12 }, (_, i) => BigInt(900_002 + i)));
    const { sender, edits } = messenger(blocked);
    const { orderId } = await sendTownOrder(db.prisma, town);
    const start = new Date();
    await deliver(sender, 1);
    await updateOrderProgress(base(sender), start);
    await deliver(sender, 14);
    const director = await db.prisma.person.findFirstOrThrow({ where: { telegramId: 900_000n } });
    const delivery = await db.prisma.delivery.findFirstOrThrow({
      where: { orderId, personId: director.id },
    });
    await db.prisma.delivery.update({
      where: { id: delivery.id },
      data: { acknowledgedAt: new Date() },
    });
    const later = at(start, PROGRESS_EVERY_MS);
    expect(await updateOrderProgress(base(sender), later)).toEqual({ edited: 1, completed: 1 });
    expect(edits.at(-1)?.message.text).toBe(
      "✅ Рассылка «О проведении мониторинга» завершена: доставлено 2 из 14, недоступны 12.",
    );
    expect(await order(orderId)).toMatchObject({ completedAt: later, progressShownAt: later });
    const [summary, ...more] = await queuedFor(town);
    expect(more).toEqual([]);
    const rendered = renderMessage(translate, "ru", JSON.parse(summary?.payload ?? "{}"));
    expect(rendered.text).toBe(
      [
        "📋 Итоги рассылки «О проведении мониторинга»",
        "Доставлено: 2 из 14.",
        "Недоступны (12) — бот заблокирован, нет аккаунта в Telegram или доставка не удалась:",
        "• Директор 2 («МБОУ СОШ № 2»)",
        "• Заместитель 2 («МБОУ СОШ № 2»)",
        "• Директор 3 («МБОУ СОШ № 3»)",
        "• Заместитель 3 («МБОУ СОШ № 3»)",
        "• Директор 4 («МБОУ СОШ № 4»)",
        "• Заместитель 4 («МБОУ СОШ № 4»)",
        "• Директор 5 («МБОУ СОШ № 5»)",
        "• Заместитель 5 («МБОУ СОШ № 5»)",
        "• Директор 6 («МБОУ СОШ № 6»)",
        "• Заместитель 6 («МБОУ СОШ № 6»)",
        "и ещё 2",
        "Ознакомились: 1 из 2.",
      ].join("\n"),
    );
    expect(rendered.buttons).toEqual([
      [{ label: "Открыть карточку приказа", action: { kind: "open-order", orderId } }],
    ]);
    expect(renderMessage(translate, "en", JSON.parse(summary?.payload ?? "{}")).text).toContain(
      "Delivered: 2 of 14.",
    );
    // Complete: later rounds leave it alone.
    expect(await updateOrderProgress(base(sender), at(start, 60_000))).toEqual({
      edited: 0,
      completed: 0,
    });
    expect(await queuedFor(town)).toHaveLength(1);
  });

  it("skips a round when Telegram asks to wait before an edit, and shows it the next round", async () => {
    const town = await broadcastTown(db.prisma, { schools: 1 });
    const { sender, edits, editAnswers } = messenger();
    const { orderId } = await sendTownOrder(db.prisma, town);
    const start = new Date();
    await deliver(sender, 3);
    editAnswers.push({
      ok: false,
      permanent: false,
      error: "Too Many Requests: retry after 5",
      retryAfterMs: 5000,
    });
    expect(await updateOrderProgress(base(sender), start)).toEqual({ edited: 0, completed: 0 });
    expect(await order(orderId)).toMatchObject({ completedAt: null, progressText: null });
    expect(await updateOrderProgress(base(sender), at(start, 1000))).toEqual({
      edited: 1,
      completed: 1,
    });
    expect(edits.map((edit) => edit.message.text)).toEqual([
      "✅ Рассылка «О проведении мониторинга» завершена: доставлено 2 из 2, недоступны 0.",
    ]);
  });

  it("completes an order sent from the command line without any message to anyone", async () => {
    const town = await broadcastTown(db.prisma, { schools: 1 });
    const { sender, edits } = messenger();
    const { orderId } = await sendTownOrder(db.prisma, town, { watched: false });
    await deliver(sender, 2);
    const job = startOrderProgress({ ...base(sender), intervalMs: 3_600_000 });
    await job.stop();
    expect((await order(orderId)).completedAt).not.toBeNull();
    expect(edits).toEqual([]);
    expect(await db.prisma.outboxMessage.count({ where: { status: "pending" } })).toBe(0);
  });

  it("writes numbers as readers of each language do", () => {
    expect(formatCount(1234, "ru")).toBe("1\u202F234");
    expect(formatCount(3_000_000, "ru")).toBe("3\u202F000\u202F000");
    expect(formatCount(999, "ru")).toBe("999");
    expect(formatCount(1234, "en")).toBe("1,234");
  });
});
