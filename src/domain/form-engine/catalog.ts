import type { CatalogForm } from "../catalog/schema.ts";
import type { FormDef, FormQuestionDef } from "./types.ts";

export interface CatalogFormIds {
  formId?: number;
  version?: number;
  /** database ids by question code; by default 1, 2, 3… in catalog order */
  questionIds?: Record<string, number>;
}

/**
 * A catalog form (already validated by catalogSchema) as the engine's FormDef: absent optional
 * fields become "", [] or null as in the database rows, and positions count from 0 in catalog
 * order as the importer stores them. Used by tests and by anything that runs a form straight
 * from the catalog file.
 */
export function formDefFromCatalog(form: CatalogForm, ids: CatalogFormIds = {}): FormDef {
  const questions = form.questions.map(
    (question, position): FormQuestionDef => ({
      id: ids.questionIds?.[question.code] ?? position + 1,
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
      options: (question.options ?? []).map(({ value, label, labelEn }) => ({
        value,
        label,
        labelEn,
      })),
      showIf: question.showIf ?? null,
      fileTypes: question.fileTypes ?? [],
      maxFileSizeMb: question.maxFileSizeMb ?? null,
      dataElementCode: question.dataElement ?? null,
    }),
  );
  return {
    id: ids.formId ?? 1,
    code: form.code,
    title: form.title,
    titleEn: form.titleEn,
    version: ids.version ?? 1,
    questions,
    rules: form.rules,
  };
}
