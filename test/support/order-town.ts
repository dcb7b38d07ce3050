import type { Db } from "../../src/db/client.ts";
import { sendOrder } from "../../src/db/orders/orders.ts";
import { createMunicipality, createSchool } from "./fixtures.ts";

/**
 * A municipality on Yekaterinburg time (UTC+5) with a lyceum (director and deputy), a
 * kindergarten with low results (director and deputy) and a school nobody has joined from yet.
 */
export async function orderTown(db: Db, code = "ish") {
  const municipality = await createMunicipality(db, {
    code,
    name: "Ишимбайский район",
    timezone: "Asia/Yekaterinburg",
  });
  const lyceum = await createSchool(db, municipality.id, { code: `${code}-L1`, name: "Лицей № 1" });
  const garden = await createSchool(db, municipality.id, {
    code: `${code}-D5`,
    name: "Детский сад № 5",
    type: "kindergarten",
    lowResults: true,
  });
  const empty = await createSchool(db, municipality.id, { code: `${code}-S9`, name: "Школа № 9" });
  let telegramId = 7000n;
  const person = async (fullName: string, role: string, schoolId: number) => {
    const created = await db.person.create({ data: { fullName, telegramId: telegramId++ } });
    await db.roleAssignment.create({
      data: { personId: created.id, role, municipalityId: municipality.id, schoolId },
    });
    return created;
  };
  return {
    municipality,
    lyceum,
    garden,
    empty,
    director: await person("Иванова Анна Петровна", "director", lyceum.id),
    deputy: await person("Петров Олег Ильич", "deputy", lyceum.id),
    gardenHead: await person("Сидорова Мария Ивановна", "director", garden.id),
    gardenDeputy: await person("Кузнецова Ольга Павловна", "deputy", garden.id),
  };
}
export type OrderTown = Awaited<ReturnType<typeof orderTown>>;

/** Sent at 09:00Z on 2 December 2026 — 14:00 in Yekaterinburg. */
export const ORDER_SENT_AT = new Date("2026-12-02T09:00:00Z");

/**
 * Order № 112 to everyone in the town, asking for acknowledgement, then brought to a known state:
 * the director got it at 09:30Z and acknowledged at 11:05Z, the deputy got it and has not
 * acknowledged, the kindergarten's head could not be reached, its deputy's is still going out.
 */
export async function deliveredOrder(db: Db, town: OrderTown) {
  const { orderId } = await sendOrder(
    db,
    {
      municipalityId: town.municipality.id,
      kind: "order",
      number: "112",
      title: "О проведении мониторинга",
      body: "Провести <b>до 15 декабря</b>.",
      audience: { schools: { kind: "all" }, roles: ["director", "deputy"] },
      requiresAck: true,
    },
    { kind: "cli" },
  );
  await db.order.update({ where: { id: orderId }, data: { sentAt: ORDER_SENT_AT } });
  const deliveryOf = (personId: number) => ({ orderId_personId: { orderId, personId } });
  await db.delivery.update({
    where: deliveryOf(town.director.id),
    data: {
      status: "sent",
      sentAt: new Date("2026-12-02T09:30:00Z"),
      acknowledgedAt: new Date("2026-12-02T11:05:00Z"),
    },
  });
  await db.delivery.update({
    where: deliveryOf(town.deputy.id),
    data: { status: "sent", sentAt: new Date("2026-12-02T09:31:00Z") },
  });
  await db.delivery.update({ where: deliveryOf(town.gardenHead.id), data: { status: "failed" } });
  return orderId;
}
