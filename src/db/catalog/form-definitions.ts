import { z } from "zod";
import {
  formRuleSchema,
  type QuestionType,
  questionConditionSchema,
  questionOptionSchema,
} from "../../domain/catalog/schema.ts";
import type { FormDef, FormQuestionDef } from "../../domain/form-engine/index.ts";
import type { Db } from "../client.ts";

const optionsSchema = z.array(questionOptionSchema);
const rulesSchema = z.array(formRuleSchema);

/** Reading stored JSON that the catalog importer wrote: a broken column names itself. */
function parseColumn<T>(schema: z.ZodType<T>, text: string, where: string): T {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new Error(`${where} is not valid JSON`);
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success)
    throw new Error(`${where} does not match the catalog schema: ${parsed.error.message}`);
  return parsed.data;
}

/**
 * The form as the form engine reads it: questions by position (retired ones left out), their
 * options, conditions and file limits parsed from the JSON columns with the catalog's schemas.
 */
export async function loadFormDef(db: Db, formId: number): Promise<FormDef> {
  const form = await db.form.findUnique({
    where: { id: formId },
    include: {
      questions: {
        where: { retiredAt: null },
        include: { dataElement: { select: { code: true } } },
        orderBy: [{ position: "asc" }, { id: "asc" }],
      },
    },
  });
  if (!form) throw new Error(`form ${formId} does not exist`);
  const questions: FormQuestionDef[] = form.questions.map((q) => {
    const where = `form ${form.code}, question ${q.code}`;
    return {
      id: q.id,
      code: q.code,
      position: q.position,
      type: q.type as QuestionType,
      text: q.text,
      textEn: q.textEn,
      help: q.help,
      helpEn: q.helpEn,
      required: q.required,
      min: q.min,
      max: q.max,
      maxLength: q.maxLength,
      options: parseColumn(optionsSchema, q.options, `${where}: options`),
      showIf: q.showIf ? parseColumn(questionConditionSchema, q.showIf, `${where}: showIf`) : null,
      fileTypes: (q.fileTypes ?? "")
        .split(",")
        .map((type) => type.trim().toLowerCase())
        .filter(Boolean),
      maxFileSizeMb: q.maxFileSizeMb,
      dataElementCode: q.dataElement?.code ?? null,
    };
  });
  return {
    id: form.id,
    code: form.code,
    title: form.title,
    titleEn: form.titleEn,
    version: form.version,
    questions,
    rules: parseColumn(rulesSchema, form.rules, `form ${form.code}: rules`),
  };
}

/**
 * Parsed form definitions by id and version, for the guided form's every step. A version's
 * questions never change (the catalog importer raises the version when they do), so memory is
 * the right place; a version no longer in the database is answered with the current one.
 */
export function createFormDefinitionCache(db: Db) {
  const cache = new Map<string, Promise<FormDef>>();
  const key = (formId: number, version: number) => `${formId}@${version}`;
  return {
    get(formId: number, version: number): Promise<FormDef> {
      const cached = cache.get(key(formId, version));
      if (cached) return cached;
      const loading = loadFormDef(db, formId).then((def) => {
        cache.set(key(formId, def.version), Promise.resolve(def));
        return def;
      });
      cache.set(key(formId, version), loading);
      // A failed read is not remembered: the next step tries again.
      loading.catch(() => cache.delete(key(formId, version)));
      return loading;
    },
  };
}
