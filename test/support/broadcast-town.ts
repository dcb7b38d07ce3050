import type { Db } from "../../src/db/client.ts";
import { sendOrder } from "../../src/db/orders/orders.ts";
import type { OrderAudience } from "../../src/domain/orders/audience.ts";

/**
 * A municipality of `schools` schools with a director and `deputies` deputies each (default one;
 * Telegram ids from `firstTelegramId`, school by school, director first), and a coordinator: a
 * region an order goes out to. Written in bulk, so thousands of people take a moment.
 */
export async function broadcastTown(
  db: Db,
  options: { schools: number; deputies?: number; firstTelegramId?: number; code?: string },
) {
  const code = options.code ?? "bt";
  const first = options.firstTelegramId ?? 900_000;
  const deputies = options.deputies ?? 1;
  const perSchool = 1 + deputies;
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
  const telegramId = (school: number, place: number) => first + perSchool * school + place;
  const deputyName = (school: number, place: number) =>
    deputies === 1 ? `Заместитель ${school + 1}` : `Заместитель ${school + 1}.${place}`;
  await db.person.createMany({
    data: schools.flatMap((_, i) =>
      Array.from({ length: perSchool }, (_, place) => ({
        fullName: place === 0 ? `Директор ${i + 1}` : deputyName(i, place),
        telegramId: BigInt(telegramId(i, place)),
      })),
    ),
  });
  const people = await db.person.findMany({
    where: { telegramId: { gte: BigInt(first), lt: BigInt(telegramId(schools.length, 0)) } },
  });
  const byTelegramId = new Map(people.map((person) => [Number(person.telegramId), person.id]));
  await db.roleAssignment.createMany({
    data: schools.flatMap((school, i) =>
      Array.from({ length: perSchool }, (_, place) => ({
        personId: byTelegramId.get(telegramId(i, place)) ?? 0,
        role: place === 0 ? "director" : "deputy",
        municipalityId: municipality.id,
        schoolId: school.id,
      })),
    ),
  });
  const coordinator = await db.person.create({
    data: { fullName: "Координатор Анна Сергеевна", telegramId: BigInt(first - 1) },
  });
  await db.roleAssignment.create({
    data: { personId: coordinator.id, role: "coordinator", municipalityId: municipality.id },
  });
  return { municipality, schools, coordinator, recipients: perSchool * schools.length };
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
