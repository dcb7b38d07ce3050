import type { Db } from "../../src/db/client.ts";
import { sendOrder } from "../../src/db/orders/orders.ts";
import type { OrderAudience } from "../../src/domain/orders/audience.ts";

/**
 * A municipality of `schools` schools with a director and a deputy each (Telegram ids from
 * `firstTelegramId`, director then deputy), and a coordinator: a region an order goes out to.
 * Written in bulk, so thousands of people take a moment (the broadcast tests and benchmark).
 */
export async function broadcastTown(
  db: Db,
  options: { schools: number; firstTelegramId?: number; code?: string },
) {
  const code = options.code ?? "bt";
  const first = options.firstTelegramId ?? 900_000;
  const municipality = await db.municipality.create({
    data: { code, name: "Ишимбайский район", timezone: "Asia/Yekaterinburg" },
  });
  await db.school.createMany({
    data: Array.from({ length: options.schools }, (_, i) => ({
      municipalityId: municipality.id,
      code: `${code}-${i + 1}`,
      name: `МБОУ СОШ № ${i + 1}`,
      type: "general",
    })),
  });
  const schools = await db.school.findMany({
    where: { municipalityId: municipality.id },
    orderBy: { id: "asc" },
  });
  await db.person.createMany({
    data: schools.flatMap((_, i) => [
      { fullName: `Директор ${i + 1}`, telegramId: BigInt(first + 2 * i) },
      { fullName: `Заместитель ${i + 1}`, telegramId: BigInt(first + 2 * i + 1) },
    ]),
  });
  const people = await db.person.findMany({
    where: { telegramId: { gte: BigInt(first), lt: BigInt(first + 2 * schools.length) } },
  });
  const byTelegramId = new Map(people.map((person) => [Number(person.telegramId), person.id]));
  await db.roleAssignment.createMany({
    data: schools.flatMap((school, i) => [
      {
        personId: byTelegramId.get(first + 2 * i) ?? 0,
        role: "director",
        municipalityId: municipality.id,
        schoolId: school.id,
      },
      {
        personId: byTelegramId.get(first + 2 * i + 1) ?? 0,
        role: "deputy",
        municipalityId: municipality.id,
        schoolId: school.id,
      },
    ]),
  });
  const coordinator = await db.person.create({
    data: { fullName: "Координатор Анна Сергеевна", telegramId: BigInt(first - 1) },
  });
  await db.roleAssignment.create({
    data: { personId: coordinator.id, role: "coordinator", municipalityId: municipality.id },
  });
  return { municipality, schools, coordinator, recipients: 2 * schools.length };
}
export type BroadcastTown = Awaited<ReturnType<typeof broadcastTown>>;

const EVERYONE: OrderAudience = { schools: { kind: "all" }, roles: ["director", "deputy"] };

/** An order to every director and deputy of the town, watched by its coordinator. */
export function sendTownOrder(
  db: Db,
  town: BroadcastTown,
  options: { document?: Uint8Array; autoRemindHours?: number; watched?: boolean } = {},
) {
  return sendOrder(
    db,
    {
      municipalityId: town.municipality.id,
      kind: "order",
      number: "112",
      title: "О проведении мониторинга",
      body: "Провести <b>до 15 декабря</b> и доложить.",
      audience: EVERYONE,
      requiresAck: true,
      autoRemindHours: options.autoRemindHours ?? null,
      document: options.document
        ? { name: "prikaz-112.pdf", mimeType: "application/pdf", content: options.document }
        : null,
      progressTo: options.watched === false ? null : town.coordinator.id,
    },
    { kind: "person", personId: town.coordinator.id },
  );
}
