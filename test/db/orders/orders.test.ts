import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { remindUnacknowledged } from "../../../src/db/orders/order-reminders.ts";
import { orderCounts, orderRecipients } from "../../../src/db/orders/order-status.ts";
import { acknowledgeDelivery, sendOrder } from "../../../src/db/orders/orders.ts";
import { claimDueMessages } from "../../../src/db/outbox.ts";
import type { OrderAudience } from "../../../src/domain/orders/audience.ts";
import { createTranslator } from "../../../src/i18n/translator.ts";
import { renderMessage } from "../../../src/jobs/outbox-sender.ts";
import { createTestDatabase, type TestDatabase } from "../../support/database.ts";
import { createMunicipality, createSchool } from "../../support/fixtures.ts";

let db: TestDatabase;
beforeEach(async () => {
  db = await createTestDatabase();
});
afterEach(() => db.destroy());

/** A municipality with a school, a kindergarten (low results) and a school without people. */
async function town() {
  const municipality = await createMunicipality(db.prisma, { name: "Ишимбайский район" });
  const lyceum = await createSchool(db.prisma, municipality.id, { code: "L1", name: "Лицей № 1" });
  const garden = await createSchool(db.prisma, municipality.id, {
    code: "D5",
    name: "Детский сад № 5",
    type: "kindergarten",
    lowResults: true,
  });
  await createSchool(db.prisma, municipality.id, { code: "S9", name: "Школа № 9" });
  let telegramId = 1000n;
  const person = async (fullName: string, role: string, schoolId: number) => {
    const created = await db.prisma.person.create({
      data: { fullName, telegramId: telegramId++ },
    });
    await db.prisma.roleAssignment.create({
      data: { personId: created.id, role, municipalityId: municipality.id, schoolId },
    });
    return created;
  };
  return {
    municipality,
    lyceum,
    garden,
    director: await person("Иванова Анна Петровна", "director", lyceum.id),
    deputy: await person("Петров Олег Ильич", "deputy", lyceum.id),
    gardenHead: await person("Сидорова Мария Ивановна", "director", garden.id),
  };
}

const everyone: OrderAudience = { schools: { kind: "all" }, roles: ["director", "deputy"] };

async function send(municipalityId: number, audience: OrderAudience = everyone) {
  return sendOrder(
    db.prisma,
    {
      municipalityId,
      kind: "order",
      number: "112",
      title: "О проведении мониторинга",
      body: "Провести <b>до 15 декабря</b> &amp; доложить.",
      audience,
      requiresAck: true,
      reportDeadlineAt: new Date("2026-12-15T13:00:00Z"),
    },
    { kind: "cli" },
  );
}

describe("sending an order", () => {
  it("queues one delivery and one message per person, a report task per school, and audits it", async () => {
    const t = await town();
    const sent = await send(t.municipality.id);
    expect(sent.recipients).toBe(3);
    expect(sent.audience.schoolsWithoutPeople.map((school) => school.code)).toEqual(["S9"]);
    expect(await db.prisma.outboxMessage.count({ where: { deliveryId: { not: null } } })).toBe(3);
    expect(await db.prisma.orderReport.count({ where: { orderId: sent.orderId } })).toBe(3);
    const audit = await db.prisma.auditEvent.findFirst({ where: { action: "order.sent" } });
    expect(JSON.parse(audit?.data ?? "{}")).toMatchObject({ recipients: 3, schools: 3 });
  });

  it("selects schools by type, by flag or by code, and people by role", async () => {
    const t = await town();
    const names = async (audience: OrderAudience) => {
      const { orderId } = await send(t.municipality.id, audience);
      return (await orderRecipients(db.prisma, orderId)).map((row) => row.fullName);
    };
    expect(
      await names({ schools: { kind: "type", type: "kindergarten" }, roles: ["director"] }),
    ).toEqual(["Сидорова Мария Ивановна"]);
    expect(
      await names({ schools: { kind: "flag", flag: "low_results" }, roles: ["deputy"] }),
    ).toEqual([]);
    expect(await names({ schools: { kind: "schools", codes: ["L1"] }, roles: ["deputy"] })).toEqual(
      ["Петров Олег Ильич"],
    );
  });

  it("renders the message with its formatting kept and the buttons to acknowledge and report", async () => {
    const t = await town();
    await send(t.municipality.id, {
      schools: { kind: "schools", codes: ["L1"] },
      roles: ["deputy"],
    });
    const [due] = await claimDueMessages(db, {
      holder: "t",
      now: new Date(),
      leaseMs: 60_000,
      limit: 10,
    });
    if (!due || "unreadable" in due.message) throw new Error("no readable message");
    const rendered = renderMessage(createTranslator(), "ru", due.message);
    expect(rendered.html).toBe(true);
    expect(rendered.text).toBe(
      [
        "📄 Приказ № 112 «О проведении мониторинга»",
        "Отправитель: Ишимбайский район",
        "Отчёт об исполнении — до 15 декабря 2026 г. в 18:00: кнопка «Отчитаться об исполнении».",
        "Просим ознакомиться и нажать кнопку «Ознакомлен(а)».",
        "",
        "Провести <b>до 15 декабря</b> &amp; доложить.",
      ].join("\n"),
    );
    expect(rendered.buttons.flat().map((button) => button.label)).toEqual([
      "Ознакомлен(а)",
      "Отчитаться об исполнении",
    ]);
  });

  it("records an acknowledgement once; a second tap changes nothing and says when", async () => {
    const t = await town();
    const { orderId } = await send(t.municipality.id);
    const delivery = await db.prisma.delivery.findFirstOrThrow({
      where: { personId: t.deputy.id },
    });
    const first = await acknowledgeDelivery(
      db.prisma,
      delivery.id,
      t.deputy.id,
      new Date("2026-12-03T05:00:00Z"),
    );
    const second = await acknowledgeDelivery(
      db.prisma,
      delivery.id,
      t.deputy.id,
      new Date("2026-12-04T05:00:00Z"),
    );
    expect(first).toMatchObject({ status: "acknowledged" });
    expect(second).toMatchObject({ status: "already", at: new Date("2026-12-03T05:00:00Z") });
    expect(await acknowledgeDelivery(db.prisma, delivery.id, t.director.id, new Date())).toEqual({
      status: "not-found",
    });
    expect(await db.prisma.auditEvent.count({ where: { action: "order.acknowledged" } })).toBe(1);
    expect(await orderCounts(db.prisma, orderId)).toMatchObject({ recipients: 3, acknowledged: 1 });
  });

  it("reaches a region of 1,200 schools: no lookup runs into SQLite's limit on parameters", async () => {
    const municipality = await createMunicipality(db.prisma);
    const count = 1200;
    const numbers = Array.from({ length: count }, (_, index) => index + 1);
    await db.prisma.school.createMany({
      data: numbers.map((n) => ({
        municipalityId: municipality.id,
        code: `R${n}`,
        name: `Школа № ${n}`,
        type: "general",
      })),
    });
    await db.prisma.person.createMany({
      data: numbers.map((n) => ({ fullName: `Директор ${n}`, telegramId: BigInt(90_000 + n) })),
    });
    const schools = await db.prisma.school.findMany({ where: { municipalityId: municipality.id } });
    const people = await db.prisma.person.findMany({ where: { telegramId: { gte: 90_001n } } });
    await db.prisma.roleAssignment.createMany({
      data: schools.map((school, index) => ({
        personId: people[index]?.id ?? 0,
        role: "director",
        municipalityId: municipality.id,
        schoolId: school.id,
      })),
    });
    const { orderId, recipients } = await send(municipality.id);
    expect(recipients).toBe(count);
    await db.prisma.delivery.updateMany({ where: { orderId }, data: { status: "sent" } });
    expect(await orderRecipients(db.prisma, orderId)).toHaveLength(count);
    expect(await remindUnacknowledged(db.prisma, orderId, { kind: "cli" }, new Date())).toBe(count);
  });
});
