import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  followUpWithDirectors,
  remindUnacknowledged,
} from "../../../src/db/orders/order-reminders.ts";
import { acknowledgeDelivery, sendOrder } from "../../../src/db/orders/orders.ts";
import { outgoingMessage } from "../../../src/domain/outgoing-message.ts";
import { createTranslator } from "../../../src/i18n/translator.ts";
import { renderMessage } from "../../../src/jobs/outbox-sender.ts";
import { createTestDatabase, type TestDatabase } from "../../support/database.ts";
import { createMunicipality, createSchool } from "../../support/fixtures.ts";

let db: TestDatabase;
beforeEach(async () => {
  db = await createTestDatabase();
});
afterEach(() => db.destroy());

const sentAt = new Date("2026-12-02T04:00:00Z");

async function orderToLyceum(autoRemindHours: number | null = 24) {
  const municipality = await createMunicipality(db.prisma, { timezone: "Asia/Yekaterinburg" });
  const lyceum = await createSchool(db.prisma, municipality.id, { name: "Лицей № 1" });
  let telegramId = 2000n;
  const person = async (fullName: string, role: string) => {
    const created = await db.prisma.person.create({ data: { fullName, telegramId: telegramId++ } });
    await db.prisma.roleAssignment.create({
      data: { personId: created.id, role, municipalityId: municipality.id, schoolId: lyceum.id },
    });
    return created;
  };
  const director = await person("Иванова Анна Петровна", "director");
  const deputy = await person("Петров Олег Ильич", "deputy");
  const second = await person("Орлова Вера Сергеевна", "deputy");
  const { orderId } = await sendOrder(
    db.prisma,
    {
      municipalityId: municipality.id,
      kind: "order",
      number: "7",
      title: "О графике ВПР",
      body: "Текст приказа.",
      audience: { schools: { kind: "all" }, roles: ["director", "deputy"] },
      requiresAck: true,
      autoRemindHours,
    },
    { kind: "cli" },
  );
  await db.prisma.order.update({ where: { id: orderId }, data: { sentAt } });
  await db.prisma.delivery.updateMany({ where: { orderId }, data: { status: "sent", sentAt } });
  return { orderId, director, deputy, second };
}

async function textsTo(personId: number, key: string) {
  const rows = await db.prisma.outboxMessage.findMany({
    where: { personId },
    orderBy: { id: "asc" },
  });
  return rows
    .map((row) => outgoingMessage.parse(JSON.parse(row.payload)))
    .filter((message) => message.key === key)
    .map((message) => renderMessage(createTranslator(), "ru", message));
}

describe("reminders to acknowledge an order", () => {
  it("reach only those who have not acknowledged, with the button, and are audited", async () => {
    const t = await orderToLyceum();
    const delivery = await db.prisma.delivery.findFirstOrThrow({
      where: { personId: t.deputy.id },
    });
    await acknowledgeDelivery(db.prisma, delivery.id, t.deputy.id, new Date());
    expect(await remindUnacknowledged(db.prisma, t.orderId, { kind: "cli" }, new Date())).toBe(2);
    expect(await textsTo(t.deputy.id, "order-reminder")).toEqual([]);
    const [reminder] = await textsTo(t.second.id, "order-reminder");
    expect(reminder?.text).toBe(
      [
        "🔔 Напоминание об ознакомлении",
        "Приказ № 7 «О графике ВПР», отправлено 2 декабря 2026 г. в 09:00.",
        "Просим ознакомиться и нажать кнопку «Ознакомлен(а)».",
      ].join("\n"),
    );
    expect(reminder?.buttons.flat().map((button) => button.label)).toEqual(["Ознакомлен(а)"]);
    expect(await db.prisma.auditEvent.count({ where: { action: "order.reminded" } })).toBe(1);
  });

  it("tell the director, once and only after the set hours, which deputies have not read it", async () => {
    const t = await orderToLyceum(24);
    expect(await followUpWithDirectors(db.prisma, new Date("2026-12-03T03:59:00Z"))).toBe(0);
    expect(await followUpWithDirectors(db.prisma, new Date("2026-12-03T04:00:00Z"))).toBe(1);
    expect(await followUpWithDirectors(db.prisma, new Date("2026-12-04T04:00:00Z"))).toBe(0);
    const [followUp] = await textsTo(t.director.id, "order-director-follow-up");
    expect(followUp?.text).toBe(
      [
        "🔔 «Лицей № 1»: заместители Петров Олег Ильич, Орлова Вера Сергеевна не ознакомились с документом за 24 ч.",
        "Приказ № 7 «О графике ВПР», отправлено 2 декабря 2026 г. в 09:00.",
        "Просим обеспечить ознакомление.",
      ].join("\n"),
    );
  });
});
