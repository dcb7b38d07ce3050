import { z } from "zod";

/**
 * Form questions, their conditions and cross-question rules. Shared by the catalog file and the
 * form engine, which parses the same JSON back out of FormQuestion.options/showIf and Form.rules.
 */

export const QUESTION_TYPES = [
  "integer",
  "decimal",
  "percent",
  "boolean",
  "single_choice",
  "multiple_choice",
  "date",
  "text",
  "file",
] as const;
export type QuestionType = (typeof QUESTION_TYPES)[number];

export const NUMERIC_QUESTION_TYPES: readonly QuestionType[] = ["integer", "decimal", "percent"];
export const CHOICE_QUESTION_TYPES: readonly QuestionType[] = ["single_choice", "multiple_choice"];

/** Question codes name answers in rules, conditions and exports: snake_case like data elements. */
export const snakeCode = z
  .string()
  .regex(/^[a-z][a-z0-9_]*$/, "use snake_case: lowercase latin letters, digits and _");

export const questionOptionSchema = z.strictObject({
  value: snakeCode,
  label: z.string().min(1),
  labelEn: z.string().min(1),
});
export type QuestionOption = z.infer<typeof questionOptionSchema>;

const scalar = z.union([z.string(), z.number(), z.boolean()]);

/** Show a question only when an earlier answer matches; exactly one comparison per condition. */
export const questionConditionSchema = z.union(
  [
    z.strictObject({ question: snakeCode, equals: scalar }),
    z.strictObject({ question: snakeCode, notEquals: scalar }),
    /** single choice: the answer is one of these option values */
    z.strictObject({ question: snakeCode, in: z.array(z.string()).min(1) }),
    /** multiple choice: the chosen options include this value */
    z.strictObject({ question: snakeCode, includes: z.string() }),
    /** numbers: the answer is greater than this */
    z.strictObject({ question: snakeCode, gt: z.number() }),
  ],
  {
    error: "showIf needs `question` and one of: equals, notEquals, in, includes, gt",
  },
);
export type QuestionCondition = z.infer<typeof questionConditionSchema>;

const ruleMessages = {
  /** Shown to the deputy instead of the generic text when the rule fails. */
  message: z.string().min(1).optional(),
  messageEn: z.string().min(1).optional(),
  /** An error blocks submitting; a warning asks the deputy to confirm or explain. */
  severity: z.enum(["error", "warning"]).default("error"),
};

/** Cross-question checks on numeric answers of one form. */
export const formRuleSchema = z.discriminatedUnion("kind", [
  /** left ≤ right, e.g. teachers diagnosed ≤ all teachers */
  z.strictObject({ kind: z.literal("lte"), left: snakeCode, right: snakeCode, ...ruleMessages }),
  /** the parts add up to the total exactly */
  z.strictObject({
    kind: z.literal("sum_equals"),
    parts: z.array(snakeCode).min(2),
    total: snakeCode,
    ...ruleMessages,
  }),
  /** the parts together do not exceed the total */
  z.strictObject({
    kind: z.literal("sum_lte"),
    parts: z.array(snakeCode).min(2),
    total: snakeCode,
    ...ruleMessages,
  }),
]);
export type FormRule = z.infer<typeof formRuleSchema>;

/** The question codes a rule reads. */
export function ruleQuestions(rule: FormRule): string[] {
  return rule.kind === "lte" ? [rule.left, rule.right] : [...rule.parts, rule.total];
}

export const questionSchema = z
  .strictObject({
    code: snakeCode,
    type: z.enum(QUESTION_TYPES),
    text: z.string().min(1),
    textEn: z.string().min(1),
    help: z.string().min(1).optional(),
    helpEn: z.string().min(1).optional(),
    required: z.boolean().default(true),
    min: z.number().optional(),
    max: z.number().optional(),
    maxLength: z.number().int().positive().optional(),
    options: z.array(questionOptionSchema).optional(),
    showIf: questionConditionSchema.optional(),
    /** file extensions without the dot, e.g. [pdf, docx] */
    fileTypes: z.array(z.string().regex(/^[a-z0-9]+$/, "an extension without the dot")).optional(),
    // Telegram lets a bot download files of at most 20 MB.
    maxFileSizeMb: z
      .number()
      .int()
      .positive()
      .max(20, "a bot can receive files of at most 20 MB")
      .optional(),
    /** the data element this answer feeds into indicator formulas */
    dataElement: snakeCode.optional(),
  })
  .superRefine((question, ctx) => {
    const issue = (path: string, message: string) =>
      ctx.addIssue({ code: "custom", path: [path], message });
    const choice = CHOICE_QUESTION_TYPES.includes(question.type);
    const numeric = NUMERIC_QUESTION_TYPES.includes(question.type);
    if (choice && (question.options?.length ?? 0) < 2) {
      issue("options", `a ${question.type} question needs at least two options`);
    }
    if (!choice && question.options !== undefined) {
      issue("options", `only choice questions have options, this one is ${question.type}`);
    }
    const values = (question.options ?? []).map((option) => option.value);
    const repeated = values.find((value, index) => values.indexOf(value) !== index);
    if (repeated) issue("options", `option value "${repeated}" is used twice`);
    if (!numeric && (question.min !== undefined || question.max !== undefined)) {
      issue("min", `min and max apply to numbers, this question is ${question.type}`);
    }
    if (question.min !== undefined && question.max !== undefined && question.min > question.max) {
      issue("max", `max (${question.max}) is below min (${question.min})`);
    }
    if (question.maxLength !== undefined && question.type !== "text") {
      issue("maxLength", `maxLength applies to text questions, this one is ${question.type}`);
    }
    if (question.type !== "file") {
      if (question.fileTypes) issue("fileTypes", "fileTypes applies to file questions only");
      if (question.maxFileSizeMb) {
        issue("maxFileSizeMb", "maxFileSizeMb applies to file questions only");
      }
    }
    if ((question.help === undefined) !== (question.helpEn === undefined)) {
      issue(
        question.help === undefined ? "help" : "helpEn",
        "give help in both languages or neither",
      );
    }
    if (question.dataElement && !numeric && question.type !== "boolean") {
      issue("dataElement", `a ${question.type} answer cannot feed a data element`);
    }
  });
export type Question = z.infer<typeof questionSchema>;
