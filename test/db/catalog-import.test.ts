import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { DEFAULT_CATALOG_PATH, loadCatalogFile } from "../../src/db/catalog/catalog-file.ts";
import { importCatalog, isCatalogEmpty } from "../../src/db/catalog/catalog-import.ts";
import { loadFormDef } from "../../src/db/catalog/form-definitions.ts";
import type { Db } from "../../src/db/client.ts";
import type { Catalog } from "../../src/domain/catalog/schema.ts";
import { createTestDatabase, type TestDatabase } from "../support/database.ts";
import { createMunicipality, createSchool } from "../support/fixtures.ts";

const cli = { kind: "cli" } as const;

let db: TestDatabase;
beforeEach(async () => {
  db = await createTestDatabase();
});
afterEach(async () => {
  await db.destroy();
});

/** A fresh copy of the shipped catalog that a test may edit. */
function shippedCatalog(): Catalog {
  return structuredClone(loadCatalogFile(DEFAULT_CATALOG_PATH));
}

function teacherForm(catalog: Catalog) {
  const form = catalog.directions
    .flatMap((direction) => direction.forms)
    .find((candidate) => candidate.code === "teacher-development");
  if (!form) throw new Error("the shipped catalog has no teacher-development form");
  return form;
}

function teacherIndicator(catalog: Catalog) {
  const indicator = catalog.directions
    .flatMap((direction) => direction.indicators)
    .find((candidate) => candidate.code === "teachers-diagnosed-share");
  if (!indicator) throw new Error("the shipped catalog has no teachers-diagnosed-share indicator");
  return indicator;
}

async function rowCounts(prisma: Db) {
  return {
    directions: await prisma.direction.count(),
    dataElements: await prisma.dataElement.count(),
    indicators: await prisma.indicator.count(),
    forms: await prisma.form.count(),
    questions: await prisma.formQuestion.count(),
  };
}

/** A school's submission with one answer to the given question, as the form engine would store it. */
async function answerQuestion(prisma: Db, formCode: string, questionCode: string) {
  const form = await prisma.form.findUniqueOrThrow({ where: { code: formCode } });
  const question = await prisma.formQuestion.findUniqueOrThrow({
    where: { formId_code: { formId: form.id, code: questionCode } },
  });
  const municipality = await createMunicipality(prisma);
  const school = await createSchool(prisma, municipality.id, { name: "МБОУ СОШ № 1" });
  const period = await prisma.period.create({
    data: {
      code: "2025-26",
      kind: "school_year",
      startsOn: new Date("2025-09-01"),
      endsOn: new Date("2026-08-31"),
    },
  });
  const campaign = await prisma.campaign.create({
    data: {
      formId: form.id,
      periodId: period.id,
      municipalityId: municipality.id,
      deadlineAt: new Date("2026-06-01"),
    },
  });
  const submission = await prisma.submission.create({
    data: { campaignId: campaign.id, schoolId: school.id },
  });
  return prisma.answer.create({
    data: {
      submissionId: submission.id,
      questionId: question.id,
      value: JSON.stringify("Цифровая грамотность"),
    },
  });
}

describe("importCatalog", () => {
  it("creates the whole catalog on an empty database", async () => {
    expect(await isCatalogEmpty(db.prisma)).toBe(true);
    const report = await importCatalog(db.prisma, shippedCatalog(), cli);

    expect(await isCatalogEmpty(db.prisma)).toBe(false);
    const counts = await rowCounts(db.prisma);
    expect(report.directions.created).toBe(9);
    expect(report.indicators.created).toBe(counts.indicators);
    expect(report.questions.created).toBe(counts.questions);
    const direction = await db.prisma.direction.findUniqueOrThrow({
      where: { code: "teacher-development" },
    });
    expect(direction).toMatchObject({ number: 7, group: "activity" });
    expect(direction.activities.split("\n")).toHaveLength(2);
  });

  it("stores options, conditions, rules and file types as the form engine reads them", async () => {
    await importCatalog(db.prisma, shippedCatalog(), cli);
    const form = await db.prisma.form.findUniqueOrThrow({
      where: { code: "dpo-programmes" },
      include: { questions: { orderBy: { position: "asc" }, include: { dataElement: true } } },
    });
    expect(JSON.parse(form.rules)[0]).toEqual({
      kind: "lte",
      left: "dpo_programmes_state_order",
      right: "dpo_programmes_total",
      severity: "error",
    });
    const file = form.questions.find((question) => question.code === "register_file");
    expect(JSON.parse(file?.showIf ?? "null")).toEqual({ question: "has_register", equals: true });
    expect(file?.fileTypes).toBe("xlsx,xls,pdf,docx");
    expect(form.questions[0]?.dataElement?.code).toBe("dpo_programmes_total");
    const choice = await db.prisma.formQuestion.findFirstOrThrow({
      where: { code: "diagnostics_provider" },
    });
    expect(JSON.parse(choice.options)).toHaveLength(4);
  });

  it("changes nothing when the same catalog is imported again", async () => {
    await importCatalog(db.prisma, shippedCatalog(), cli);
    const before = await rowCounts(db.prisma);
    const again = await importCatalog(db.prisma, shippedCatalog(), cli);

    expect(await rowCounts(db.prisma)).toEqual(before);
    for (const part of [
      again.directions,
      again.dataElements,
      again.indicators,
      again.forms,
      again.questions,
    ]) {
      expect(part).toMatchObject({ created: 0, updated: 0 });
    }
    expect(again.questions.deleted).toBe(0);
    expect(again.keptQuestions).toEqual([]);
    const versions = await db.prisma.form.findMany({ select: { version: true } });
    expect(versions.every((form) => form.version === 1)).toBe(true);
  });

  it("updates a renamed indicator in place", async () => {
    await importCatalog(db.prisma, shippedCatalog(), cli);
    const original = await db.prisma.indicator.findUniqueOrThrow({
      where: { code: "teachers-diagnosed-share" },
    });

    const catalog = shippedCatalog();
    teacherIndicator(catalog).name = "Доля педагогов, прошедших диагностику дефицитов";
    teacherIndicator(catalog).target = 85;
    const report = await importCatalog(db.prisma, catalog, cli);

    expect(report.indicators).toMatchObject({ created: 0, updated: 1 });
    const renamed = await db.prisma.indicator.findUniqueOrThrow({
      where: { code: "teachers-diagnosed-share" },
    });
    expect(renamed).toMatchObject({
      id: original.id,
      name: "Доля педагогов, прошедших диагностику дефицитов",
      target: 85,
    });
  });

  it("keeps a removed question that schools have answered and reports it", async () => {
    await importCatalog(db.prisma, shippedCatalog(), cli);
    const answer = await answerQuestion(db.prisma, "teacher-development", "comment");

    const catalog = shippedCatalog();
    const form = teacherForm(catalog);
    form.questions = form.questions.filter((question) => question.code !== "comment");
    const report = await importCatalog(db.prisma, catalog, cli);

    expect(report.keptQuestions).toEqual([
      { form: "teacher-development", question: "comment", answers: 1 },
    ]);
    expect(report.questions.deleted).toBe(0);
    expect(await db.prisma.answer.findUnique({ where: { id: answer.id } })).not.toBeNull();
    const stored = await db.prisma.formQuestion.findUnique({ where: { id: answer.questionId } });
    expect(stored?.code).toBe("comment");
    // Retired: kept with its answers, no longer asked.
    expect(stored?.retiredAt).toBeInstanceOf(Date);
    const storedForm = await db.prisma.form.findUniqueOrThrow({
      where: { code: "teacher-development" },
    });
    expect(
      (await loadFormDef(db.prisma, storedForm.id)).questions.map((q) => q.code),
    ).not.toContain("comment");
  });

  it("deletes a removed question nobody has answered and bumps the form version", async () => {
    await importCatalog(db.prisma, shippedCatalog(), cli);
    const catalog = shippedCatalog();
    const form = teacherForm(catalog);
    form.questions = form.questions.filter((question) => question.code !== "comment");
    const report = await importCatalog(db.prisma, catalog, cli);

    expect(report.questions.deleted).toBe(1);
    expect(report.forms).toMatchObject({ updated: 1 });
    const stored = await db.prisma.form.findUniqueOrThrow({
      where: { code: "teacher-development" },
      include: { questions: true },
    });
    expect(stored.version).toBe(2);
    expect(stored.questions.map((question) => question.code)).not.toContain("comment");
  });

  it("bumps the form version for changed rules but not for a changed title", async () => {
    await importCatalog(db.prisma, shippedCatalog(), cli);
    const catalog = shippedCatalog();
    teacherForm(catalog).title = "Профессиональное развитие педагогов";
    await importCatalog(db.prisma, catalog, cli);
    const version = async () =>
      (await db.prisma.form.findUniqueOrThrow({ where: { code: "teacher-development" } })).version;
    expect(await version()).toBe(1);

    teacherForm(catalog).rules.pop();
    await importCatalog(db.prisma, catalog, cli);
    expect(await version()).toBe(2);

    for (const question of teacherForm(catalog).questions) {
      if (question.code === "teachers_diagnosed")
        question.text = "Сколько педагогов прошли диагностику?";
    }
    const report = await importCatalog(db.prisma, catalog, cli);
    expect(report.questions).toMatchObject({ created: 0, updated: 1 });
    expect(await version()).toBe(3);
  });

  it("records one audit event with the counts", async () => {
    await importCatalog(db.prisma, shippedCatalog(), { kind: "system" });
    const events = await db.prisma.auditEvent.findMany({ where: { action: "catalog.imported" } });

    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ actorKind: "system", entityType: "catalog" });
    const data = JSON.parse(events[0]?.data ?? "{}");
    expect(data.directions).toEqual({ created: 9, updated: 0, unchanged: 0 });
    expect(data.keptQuestions).toEqual([]);
  });
});
