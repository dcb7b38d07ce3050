import type { Database } from "../src/db/client.ts";

// The form-step benchmark's data, made through Prisma before any timing starts.

/** Deputies answering at once, one school each. */
export const USERS = 200;
export const QUESTIONS = 60;

/** One district with `USERS` schools, a deputy for each, and a `QUESTIONS`-question form. */
export async function seed(db: Database): Promise<number[]> {
  const prisma = db.prisma;
  const municipality = await prisma.municipality.create({
    data: { code: "bench", name: "Bench district", timezone: "Asia/Yekaterinburg" },
  });
  const form = await prisma.form.create({
    data: {
      code: "bench-form",
      title: "Нагрузочная форма",
      titleEn: "Load form",
      periodKind: "month",
      questions: {
        create: Array.from({ length: QUESTIONS }, (_, index) => ({
          code: `q${index + 1}`,
          position: index + 1,
          type: "integer",
          text: `Вопрос ${index + 1}: сколько?`,
          textEn: `Question ${index + 1}: how many?`,
          min: 0,
          max: 100_000,
        })),
      },
    },
  });
  await prisma.keyValue.create({ data: { key: "bench:form", value: String(form.id) } });
  const schoolIds: number[] = [];
  for (let index = 0; index < USERS; index++) {
    const school = await prisma.school.create({
      data: {
        code: `b${index}`,
        name: `Школа ${index}`,
        type: "general",
        municipalityId: municipality.id,
      },
    });
    const person = await prisma.person.create({
      data: { telegramId: BigInt(10_000 + index), fullName: `Deputy ${index}` },
    });
    await prisma.roleAssignment.create({
      data: {
        personId: person.id,
        role: "deputy",
        municipalityId: municipality.id,
        schoolId: school.id,
      },
    });
    schoolIds.push(school.id);
  }
  return schoolIds;
}

/** A fresh open campaign of the form for every school, in a period of its own. */
export async function openCampaign(
  db: Database,
  schoolIds: number[],
  level: number,
): Promise<number> {
  const prisma = db.prisma;
  const formId = Number(
    (await prisma.keyValue.findUniqueOrThrow({ where: { key: "bench:form" } })).value,
  );
  const municipality = await prisma.municipality.findUniqueOrThrow({ where: { code: "bench" } });
  const year = 2030 + level;
  const period = await prisma.period.create({
    data: {
      code: `${year}-01`,
      kind: "month",
      startsOn: new Date(Date.UTC(year, 0, 1)),
      endsOn: new Date(Date.UTC(year, 0, 31)),
    },
  });
  const campaign = await prisma.campaign.create({
    data: {
      formId,
      periodId: period.id,
      municipalityId: municipality.id,
      status: "open",
      openedAt: new Date(),
      deadlineAt: new Date(Date.now() + 86_400_000),
      targets: { create: schoolIds.map((schoolId) => ({ schoolId })) },
    },
  });
  return campaign.id;
}
