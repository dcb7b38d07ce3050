import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createTranslator } from "../../src/i18n/translator.ts";
import { startOrderFollowUp } from "../../src/jobs/order-follow-up.ts";
import { renderMessage } from "../../src/jobs/outbox-sender.ts";
import { createLogger } from "../../src/logger.ts";
import { type BroadcastTown, broadcastTown, sendTownOrder } from "../support/broadcast-town.ts";
import { createTestDatabase, type TestDatabase } from "../support/database.ts";

let db: TestDatabase;
beforeEach(async () => {
  db = await createTestDatabase();
});
afterEach(() => db.destroy());

const HOUR = 3_600_000;

/** One round of the job on a clock `hours` after the order was sent; the messages it queued. */
async function roundAt(sentAt: Date, hours: number) {
  const before = await db.prisma.outboxMessage.findFirst({ orderBy: { id: "desc" } });
  const job = startOrderFollowUp({
    db,
    logger: createLogger("silent"),
    instanceId: "test",
    // Longer than the test: the job runs its first round at once and no other.
    intervalMs: 10 * HOUR,
    now: () => new Date(sentAt.getTime() + hours * HOUR),
  });
  await job.stop();
  return db.prisma.outboxMessage.findMany({
    where: { id: { gt: before?.id ?? 0 }, deliveryId: null },
    include: { person: true },
  });
}

async function acknowledge(town: BroadcastTown, orderId: number, telegramIds: number[]) {
  const people = await db.prisma.person.findMany({
    where: { telegramId: { in: telegramIds.map(BigInt) } },
  });
  await db.prisma.delivery.updateMany({
    where: { orderId, personId: { in: people.map((person) => person.id) } },
    data: { acknowledgedAt: new Date() },
  });
  return town;
}

describe("the directors' follow-up job", () => {
  it("tells a director, once, which deputies have not acknowledged after the hours set", async () => {
    const town = await broadcastTown(db.prisma, { schools: 2 });
    const { orderId } = await sendTownOrder(db.prisma, town, {
      autoRemindHours: 24,
      watched: false,
    });
    const { sentAt } = await db.prisma.order.findUniqueOrThrow({ where: { id: orderId } });
    if (!sentAt) throw new Error("the order was not sent");
    // The first school's deputy has read it; the second's has not.
    await acknowledge(town, orderId, [900_001]);

    expect(await roundAt(sentAt, 23)).toEqual([]);
    const [message, ...more] = await roundAt(sentAt, 24.5);
    expect(more).toEqual([]);
    expect(message?.person.fullName).toBe("Директор 2");
    const text = renderMessage(createTranslator(), "ru", JSON.parse(message?.payload ?? "{}")).text;
    // The school, the deputy who has not read it, the hours and the order.
    for (const part of ["«МБОУ СОШ № 2»", "Заместитель 2", "24 ч", "«О проведении мониторинга»"])
      expect(text).toContain(part);
    expect(text).not.toContain("Заместитель 1");
    // Never twice, however long it stays unread.
    expect(await roundAt(sentAt, 48)).toEqual([]);
  });

  it("tells nobody when every deputy has acknowledged, or when the order sets no hours", async () => {
    const town = await broadcastTown(db.prisma, { schools: 2 });
    const { orderId } = await sendTownOrder(db.prisma, town, {
      autoRemindHours: 2,
      watched: false,
    });
    await sendTownOrder(db.prisma, town, { watched: false });
    const { sentAt } = await db.prisma.order.findUniqueOrThrow({ where: { id: orderId } });
    if (!sentAt) throw new Error("the order was not sent");
    await acknowledge(town, orderId, [900_001, 900_003]);

    expect(await roundAt(sentAt, 3)).toEqual([]);
    expect(
      (await db.prisma.order.findUniqueOrThrow({ where: { id: orderId } })).autoRemindedAt,
    ).not.toBeNull();
    expect(await roundAt(sentAt, 100)).toEqual([]);
  });
});
