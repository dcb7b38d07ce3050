import type { Catalog, CatalogForm, Question } from "../../domain/catalog/schema.ts";
import { type Actor, recordAudit } from "../audit.ts";
import { type Db, inTransaction } from "../client.ts";
import type { Prisma } from "../generated/client.ts";

export interface ImportCounts {
  created: number;
  updated: number;
  unchanged: number;
}

/** A question removed from the file but kept because schools have already answered it. */
export interface KeptQuestion {
  form: string;
  question: string;
  answers: number;
}

export interface CatalogImportReport {
  directions: ImportCounts;
  dataElements: ImportCounts;
  indicators: ImportCounts;
  forms: ImportCounts;
  questions: ImportCounts & { deleted: number };
  keptQuestions: KeptQuestion[];
}

// A full import is a few hundred small statements; the default 5 s can be tight on a slow disk.
const TRANSACTION_TIMEOUT_MS = 60_000;

/** True on a fresh database, so the shipped catalog can be imported on first start. */
export async function isCatalogEmpty(prisma: Db): Promise<boolean> {
  return (await prisma.direction.count()) === 0;
}

/**
 * Brings the database in line with a validated catalog, matching every row by its code:
 * re-importing updates in place and never duplicates. Directions, data elements, indicators
 * and forms missing from the file are left alone (values and campaigns refer to them); a
 * missing question is deleted unless it has answers. A form's version goes up only when its
 * questions or rules change — what a school answers — not when only its title or description does.
 */
export async function importCatalog(
  prisma: Db,
  catalog: Catalog,
  actor: Actor,
): Promise<CatalogImportReport> {
  return inTransaction(
    prisma,
    async (tx) => {
      const report: CatalogImportReport = {
        directions: counts(),
        dataElements: counts(),
        indicators: counts(),
        forms: counts(),
        questions: { ...counts(), deleted: 0 },
        keptQuestions: [],
      };

      const elementIds = new Map<string, number>();
      const elements = byCode(await tx.dataElement.findMany());
      for (const element of catalog.dataElements) {
        const data = { ...element, unit: element.unit ?? null };
        const row = await syncRow(elements.get(element.code), data, report.dataElements, {
          create: () => tx.dataElement.create({ data }),
          update: (id) => tx.dataElement.update({ where: { id }, data }),
        });
        elementIds.set(element.code, row.id);
      }

      const directions = byCode(await tx.direction.findMany());
      const indicators = byCode(await tx.indicator.findMany());
      const forms = byCode(
        await tx.form.findMany({
          include: { questions: { include: { _count: { select: { answers: true } } } } },
        }),
      );
      for (const direction of catalog.directions) {
        const { indicators: _indicators, forms: _forms, activities, ...fields } = direction;
        const data = { ...fields, activities: activities.join("\n") };
        const { id: directionId } = await syncRow(
          directions.get(direction.code),
          data,
          report.directions,
          {
            create: () => tx.direction.create({ data }),
            update: (id) => tx.direction.update({ where: { id }, data }),
          },
        );

        for (const [position, indicator] of direction.indicators.entries()) {
          const data = {
            ...indicator,
            directionId,
            position,
            target: indicator.target ?? null,
            risk: indicator.risk ?? null,
            source: indicator.source ?? null,
          };
          await syncRow(indicators.get(indicator.code), data, report.indicators, {
            create: () => tx.indicator.create({ data }),
            update: (id) => tx.indicator.update({ where: { id }, data }),
          });
        }

        for (const form of direction.forms) {
          await importForm(tx, form, directionId, forms.get(form.code), elementIds, report);
        }
      }

      await recordAudit(tx, {
        actor,
        action: "catalog.imported",
        entityType: "catalog",
        entityId: "catalog",
        data: {
          directions: report.directions,
          dataElements: report.dataElements,
          indicators: report.indicators,
          forms: report.forms,
          questions: report.questions,
          keptQuestions: report.keptQuestions.map((kept) => `${kept.form}/${kept.question}`),
        },
      });
      return report;
    },
    { timeout: TRANSACTION_TIMEOUT_MS },
  );
}

type ExistingForm = Prisma.FormGetPayload<{
  include: { questions: { include: { _count: { select: { answers: true } } } } };
}>;

async function importForm(
  tx: Db,
  form: CatalogForm,
  directionId: number,
  existing: ExistingForm | undefined,
  elementIds: Map<string, number>,
  report: CatalogImportReport,
): Promise<void> {
  const { questions, rules, schoolTypes, ...fields } = form;
  const data = {
    ...fields,
    directionId,
    rules: JSON.stringify(rules),
    schoolTypes: schoolTypes.join(","),
  };
  const formId = existing?.id ?? (await tx.form.create({ data })).id;
  const before = { ...report.questions };

  const stored = new Map((existing?.questions ?? []).map((question) => [question.code, question]));
  for (const [position, question] of questions.entries()) {
    // A question back in the file is asked again.
    const values = { ...questionData(question, position, elementIds), retiredAt: null };
    await syncRow(stored.get(question.code), values, report.questions, {
      create: () => tx.formQuestion.create({ data: { ...values, formId } }),
      update: (id) => tx.formQuestion.update({ where: { id }, data: values }),
    });
  }
  const inFile = new Set(questions.map((question) => question.code));
  for (const question of stored.values()) {
    if (inFile.has(question.code)) continue;
    if (question._count.answers > 0) {
      // Deleting would take schools' answers with it: the question is retired instead — kept
      // with its answers for history, no longer asked.
      if (!question.retiredAt)
        await tx.formQuestion.update({
          where: { id: question.id },
          data: { retiredAt: new Date() },
        });
      report.keptQuestions.push({
        form: form.code,
        question: question.code,
        answers: question._count.answers,
      });
    } else {
      await tx.formQuestion.delete({ where: { id: question.id } });
      report.questions.deleted++;
    }
  }

  if (!existing) {
    report.forms.created++;
    return;
  }
  const questionsChanged =
    report.questions.created > before.created ||
    report.questions.updated > before.updated ||
    report.questions.deleted > before.deleted;
  const bump = questionsChanged || existing.rules !== data.rules;
  if (bump || differs(existing, data)) {
    await tx.form.update({
      where: { id: formId },
      data: bump ? { ...data, version: { increment: 1 } } : data,
    });
    report.forms.updated++;
  } else {
    report.forms.unchanged++;
  }
}

/** The FormQuestion columns for a catalog question; JSON columns are stored as strings. */
function questionData(question: Question, position: number, elementIds: Map<string, number>) {
  return {
    code: question.code,
    position,
    type: question.type,
    text: question.text,
    textEn: question.textEn,
    help: question.help ?? "",
    helpEn: question.helpEn ?? "",
    required: question.required,
    min: question.min ?? null,
    max: question.max ?? null,
    maxLength: question.maxLength ?? null,
    options: JSON.stringify(question.options ?? []),
    showIf: question.showIf ? JSON.stringify(question.showIf) : null,
    fileTypes: question.fileTypes?.join(",") ?? null,
    maxFileSizeMb: question.maxFileSizeMb ?? null,
    dataElementId: question.dataElement ? (elementIds.get(question.dataElement) ?? null) : null,
  };
}

function counts(): ImportCounts {
  return { created: 0, updated: 0, unchanged: 0 };
}

function byCode<Row extends { code: string }>(rows: Row[]): Map<string, Row> {
  return new Map(rows.map((row) => [row.code, row]));
}

function differs(row: object, data: Record<string, unknown>): boolean {
  const current = row as Record<string, unknown>;
  return Object.entries(data).some(([key, value]) => current[key] !== value);
}

/** Creates the row, updates it when a field differs, or leaves it; counts which happened. */
async function syncRow(
  existing: { id: number } | undefined,
  data: Record<string, unknown>,
  tally: ImportCounts,
  write: { create: () => Promise<{ id: number }>; update: (id: number) => Promise<{ id: number }> },
): Promise<{ id: number }> {
  if (!existing) {
    tally.created++;
    return write.create();
  }
  if (differs(existing, data)) {
    tally.updated++;
    return write.update(existing.id);
  }
  tally.unchanged++;
  return existing;
}
