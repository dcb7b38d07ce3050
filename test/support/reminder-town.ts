import { createCampaign, openCampaign } from "../../src/db/campaigns/campaigns.ts";
import type { Db } from "../../src/db/client.ts";
import { localToUtc } from "../../src/domain/local-time.ts";
import { outgoingMessage } from "../../src/domain/outgoing-message.ts";
import type { ReminderPolicy } from "../../src/domain/reminders/policy.ts";
import { createTranslator } from "../../src/i18n/translator.ts";
import { renderMessage } from "../../src/jobs/outbox-sender.ts";

/**
 * A municipality in `timezone` with `schools` schools (codes `<code>-1`…), each with a deputy
 * («Заместитель <code>-1») and a director («Директор <code>-1»), a coordinator
 * («Координатор <code>») and a monthly form: where reminders go.
 */
export async function reminderTown(
  db: Db,
  options: { code: string; timezone: string; schools: number; telegramBase: number },
) {
  const { code, timezone } = options;
  const municipality = await db.municipality.create({
    data: { code, name: `Округ ${code}`, timezone },
  });
  const form = await db.form.create({
    data: {
      code: `form-${code}`,
      title: `Отчёт ${code}`,
      titleEn: `Report ${code}`,
      periodKind: "month",
    },
  });
  const schools = [];
  let telegramId = options.telegramBase;
  const person = async (fullName: string) =>
    db.person.create({ data: { fullName, telegramId: BigInt(telegramId++) } });
  for (let i = 1; i <= options.schools; i++) {
    const school = await db.school.create({
      data: {
        municipalityId: municipality.id,
        code: `${code}-${i}`,
        name: `Школа ${code}-${i}`,
        type: "general",
      },
    });
    for (const role of ["deputy", "director"] as const) {
      const who = await person(`${role === "deputy" ? "Заместитель" : "Директор"} ${code}-${i}`);
      await db.roleAssignment.create({
        data: { personId: who.id, role, municipalityId: municipality.id, schoolId: school.id },
      });
    }
    schools.push(school);
  }
  const coordinator = await person(`Координатор ${code}`);
  await db.roleAssignment.create({
    data: { personId: coordinator.id, role: "coordinator", municipalityId: municipality.id },
  });
  return { municipality, form, schools, coordinator, timezone };
}
export type ReminderTown = Awaited<ReturnType<typeof reminderTown>>;

/** `2026-12-01 09:00` on the town's clocks as an instant. */
export function townTime(town: { timezone: string }, local: string): Date {
  const instant = localToUtc(local, town.timezone);
  if (!instant) throw new Error(`not a local time: ${local}`);
  return instant;
}

/** A campaign of the town's form for every school, opened at `openedAt` (town's clocks). */
export async function openTownCampaign(
  db: Db,
  town: ReminderTown,
  options: {
    period: string;
    deadline: string;
    openedAt: string;
    closesAt?: string;
    policy?: ReminderPolicy;
  },
) {
  const now = townTime(town, options.openedAt);
  const campaign = await createCampaign(
    db,
    {
      formId: town.form.id,
      periodCode: options.period,
      municipalityId: town.municipality.id,
      selection: { kind: "all" },
      deadlineLocal: options.deadline,
      closesAtLocal: options.closesAt,
      reminderPolicy: options.policy,
      now,
    },
    { kind: "cli" },
  );
  await openCampaign(db, campaign.id, { kind: "cli" }, now);
  return campaign;
}

/** The school hands its report in at `at`. */
export async function submitReport(
  db: Db,
  campaignId: number,
  schoolId: number,
  at: Date,
): Promise<void> {
  const campaign = await db.campaign.findUniqueOrThrow({ where: { id: campaignId } });
  const late = at.getTime() > campaign.deadlineAt.getTime();
  await db.submission.upsert({
    where: { campaignId_schoolId: { campaignId, schoolId } },
    create: { campaignId, schoolId, status: "submitted", submittedAt: at, late, version: 1 },
    update: { status: "submitted", submittedAt: at, late },
  });
}

export interface Queued {
  to: string;
  key: string;
  text: string;
}

/**
 * Reads what was queued in the outbox since the last call, oldest first — who it is for, its
 * locale key and its Russian text. The opening notices of campaigns are left out.
 */
export function outboxReader(db: Db) {
  let lastId = 0;
  const translate = createTranslator();
  return async (): Promise<Queued[]> => {
    const rows = await db.outboxMessage.findMany({
      where: { id: { gt: lastId } },
      include: { person: true },
      orderBy: { id: "asc" },
    });
    lastId = rows.at(-1)?.id ?? lastId;
    return rows
      .map((row) => {
        const payload = outgoingMessage.parse(JSON.parse(row.payload));
        return {
          to: row.person.fullName,
          key: payload.key,
          text: renderMessage(translate, "ru", payload).text,
        };
      })
      .filter((message) => message.key !== "campaign-opened");
  };
}
