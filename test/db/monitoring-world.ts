import {
  createCampaign,
  openCampaign,
  type TargetSelection,
} from "../../src/db/campaigns/campaigns.ts";
import type { Db } from "../../src/db/client.ts";
import { createMunicipality, createSchool } from "../support/fixtures.ts";

/**
 * A small municipality on Sakhalin (UTC+11) for the campaign, submission, task and review tests:
 * four schools of three types, their deputies and directors, two coordinators (one scoped to
 * another direction) and a teachers' form with a rule, a retired question and an indicator.
 */
export async function buildMonitoringWorld(db: Db) {
  const municipality = await createMunicipality(db, {
    name: "Углегорский городской округ",
    timezone: "Asia/Sakhalin",
  });
  const m = municipality.id;
  const lyceum = await createSchool(db, m, { code: "ugl-01", name: "Лицей № 1" });
  const rural = await createSchool(db, m, {
    code: "ugl-02",
    name: "СОШ с. Бошняково",
    lowResults: true,
  });
  const kindergarten = await createSchool(db, m, {
    code: "ugl-03",
    name: "Детский сад № 3",
    type: "kindergarten",
  });
  const closedSchool = await createSchool(db, m, { code: "ugl-04", name: "ООШ № 4" });
  await db.school.update({ where: { id: closedSchool.id }, data: { active: false } });

  const person = async (
    fullName: string,
    role: string,
    schoolId: number | null,
    options: { directionCodes?: string } = {},
  ) => {
    const created = await db.person.create({ data: { fullName } });
    await db.roleAssignment.create({
      data: {
        personId: created.id,
        role,
        municipalityId: m,
        schoolId,
        directionCodes: options.directionCodes ?? "",
      },
    });
    return created;
  };

  const direction = (code: string, number: number, name: string) =>
    db.direction.create({
      data: { code, number, group: "results", name, nameEn: code, goal: "", goalEn: "" },
    });
  const quality = await direction("quality", 1, "Качество подготовки");
  const talents = await direction("talents", 3, "Выявление талантов");
  const element = (code: string, name: string) =>
    db.dataElement.create({ data: { code, name, nameEn: code, valueType: "integer" } });
  const total = await element("teachers_total", "Педагогов");
  const diagnosed = await element("teachers_diagnosed", "Прошли диагностику");
  await db.indicator.create({
    data: {
      code: "diagnosed-share",
      directionId: quality.id,
      name: "Доля педагогов, прошедших диагностику",
      nameEn: "Share of teachers diagnosed",
      formula: "100 * teachers_diagnosed / teachers_total",
      unit: "percent",
      better: "higher",
      method: "",
      methodEn: "",
    },
  });
  const question = (
    code: string,
    position: number,
    type: string,
    text: string,
    extra: Record<string, unknown> = {},
  ) => ({ code, position, type, text, textEn: code, ...extra });
  const form = await db.form.create({
    data: {
      code: "teachers",
      directionId: quality.id,
      title: "Профессиональное развитие педагогов",
      titleEn: "Teachers' professional development",
      periodKind: "school_year",
      schoolTypes: "general",
      rules: JSON.stringify([{ kind: "lte", left: "diagnosed", right: "total" }]),
      questions: {
        create: [
          question("total", 0, "integer", "Сколько педагогов?", { dataElementId: total.id }),
          question("diagnosed", 1, "integer", "Сколько прошли диагностику?", {
            dataElementId: diagnosed.id,
          }),
          question("has_plan", 2, "boolean", "Есть план?"),
          question("note", 3, "text", "Комментарий", { required: false }),
          question("old", 4, "integer", "Старый вопрос", {
            retiredAt: new Date("2025-01-01T00:00:00Z"),
          }),
        ],
      },
    },
  });
  const talentsForm = await db.form.create({
    data: {
      code: "olympiads",
      directionId: talents.id,
      title: "Олимпиады",
      titleEn: "Olympiads",
      periodKind: "school_year",
      questions: { create: [question("winners", 0, "integer", "Победителей?")] },
    },
  });

  return {
    municipality,
    schools: { lyceum, rural, kindergarten, closedSchool },
    form,
    talentsForm,
    people: {
      coordinator: await person("Ахметова Гульнара Рашитовна", "coordinator", null),
      talentsCoordinator: await person("Ким Ольга Сергеевна", "coordinator", null, {
        directionCodes: "talents",
      }),
      lyceumDeputy: await person("Иванова Мария Петровна", "deputy", lyceum.id),
      lyceumDeputy2: await person("Петров Олег Ильич", "deputy", lyceum.id),
      lyceumDirector: await person("Сидорова Анна Викторовна", "director", lyceum.id),
      ruralDirector: await person("Пак Сергей Юрьевич", "director", rural.id),
    },
  };
}

export type MonitoringWorld = Awaited<ReturnType<typeof buildMonitoringWorld>>;

/** An open campaign of the teachers' form for 2026-27, due 2026-12-01 18:00 Sakhalin time. */
export async function openTeachersCampaign(
  db: Db,
  world: MonitoringWorld,
  options: { selection?: TargetSelection; now?: Date; closesAtLocal?: string } = {},
) {
  const now = options.now ?? new Date("2026-11-20T00:00:00Z");
  const campaign = await createCampaign(
    db,
    {
      formId: world.form.id,
      periodCode: "2026-27",
      municipalityId: world.municipality.id,
      selection: options.selection ?? { kind: "all" },
      deadlineLocal: "2026-12-01 18:00",
      closesAtLocal: options.closesAtLocal,
      now,
    },
    { kind: "person", personId: world.people.coordinator.id },
  );
  await openCampaign(db, campaign.id, { kind: "cli" }, now);
  return campaign;
}

/** The queued messages of a person, parsed. */
export async function outboxOf(db: Db, personId: number) {
  const rows = await db.outboxMessage.findMany({ where: { personId }, orderBy: { id: "asc" } });
  return rows.map(
    (row) =>
      JSON.parse(row.payload) as {
        key: string;
        params: Record<string, unknown>;
        buttons: Array<Array<{ kind: string; labelKey: string; action?: string }>>;
      },
  );
}
