import { formRuleSchema } from "../../../src/domain/catalog/question-schema.ts";
import type {
  Answers,
  AnswerValue,
  FileValue,
  FormDef,
  FormQuestionDef,
  QuestionType,
  Rule,
} from "../../../src/domain/form-engine/index.ts";

/** A question with neutral defaults; tests spell out only what they are about. */
export function question(
  code: string,
  type: QuestionType,
  extra: Partial<FormQuestionDef> = {},
): FormQuestionDef {
  return {
    id: 0,
    code,
    position: 0,
    type,
    text: `Вопрос ${code}`,
    textEn: `Question ${code}`,
    help: "",
    helpEn: "",
    required: true,
    min: null,
    max: null,
    maxLength: null,
    options: [],
    showIf: null,
    fileTypes: [],
    maxFileSizeMb: null,
    dataElementCode: null,
    ...extra,
  };
}

/** Options named by their values, with readable labels. */
export function options(...values: string[]) {
  return values.map((value) => ({ value, label: `Вариант ${value}`, labelEn: `Option ${value}` }));
}

/** A rule as the catalog schema would give it (severity defaulted). */
export function rule(input: unknown): Rule {
  return formRuleSchema.parse(input);
}

/** A form of these questions in this order, ids and positions assigned. */
export function form(questions: FormQuestionDef[], rules: unknown[] = []): FormDef {
  return {
    id: 1,
    code: "test-form",
    title: "Тестовая форма",
    titleEn: "Test form",
    version: 1,
    questions: questions.map((q, index) => ({ ...q, id: index + 1, position: index })),
    rules: rules.map(rule),
  };
}

export const SKIP = Symbol("skip");

/** Stored answers from plain values; SKIP marks a skipped question. */
export function answers(
  values: Record<string, AnswerValue | null | typeof SKIP>,
  updatedAt = new Date("2026-03-01T10:00:00Z"),
): Answers {
  const result: Answers = {};
  for (const [code, value] of Object.entries(values)) {
    result[code] = {
      value: value === SKIP ? null : value,
      skipped: value === SKIP,
      warningReason: null,
      answeredById: 1,
      updatedAt,
    };
  }
  return result;
}

export function file(fileName: string, size = 200_000, mimeType = "application/pdf"): FileValue {
  return { fileId: `file-${fileName}`, fileName, size, mimeType };
}

export const MB = 1024 * 1024;
