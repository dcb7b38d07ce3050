import { z } from "zod";
import { TARGET_SCHOOL_TYPES } from "../campaign-targets.ts";
import { PERIOD_KINDS } from "../periods.ts";
import { checkCatalog } from "./checks.ts";
import { formRuleSchema, questionSchema, snakeCode } from "./question-schema.ts";

export {
  CHOICE_QUESTION_TYPES,
  type FormRule,
  formRuleSchema,
  NUMERIC_QUESTION_TYPES,
  QUESTION_TYPES,
  type Question,
  type QuestionCondition,
  type QuestionOption,
  type QuestionType,
  questionConditionSchema,
  questionOptionSchema,
  questionSchema,
  ruleQuestions,
  snakeCode,
} from "./question-schema.ts";

/**
 * The МСОКО catalog file (prisma/catalog/msoko-catalog.yaml): directions with their goals,
 * indicators and forms, and the data elements that forms collect and formulas read.
 * Codes are stable identifiers: the importer matches rows by code, so renaming a code creates
 * a new row while renaming a name updates the old one.
 */

const kebabCode = z
  .string()
  .regex(/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/, "use kebab-case: lowercase latin letters, digits and -");

export const DATA_VALUE_TYPES = ["integer", "decimal", "percent", "boolean"] as const;
/** Neutral unit words, so the interface can translate them. */
export const DATA_UNITS = [
  "people",
  "programmes",
  "requests",
  "events",
  "procedures",
  "measures",
  "places",
  "points",
] as const;
export const INDICATOR_UNITS = ["percent", "count", "ratio", "score", "rub"] as const;
export const BETTER = ["higher", "lower"] as const;
export const DIRECTION_GROUPS = ["results", "activity"] as const;

export const dataElementSchema = z.strictObject({
  code: snakeCode,
  name: z.string().min(1),
  nameEn: z.string().min(1),
  valueType: z.enum(DATA_VALUE_TYPES),
  unit: z.enum(DATA_UNITS).optional(),
});
export type CatalogDataElement = z.infer<typeof dataElementSchema>;

export const indicatorSchema = z.strictObject({
  code: kebabCode,
  name: z.string().min(1),
  nameEn: z.string().min(1),
  /** arithmetic over data element codes, see src/domain/formula.ts */
  formula: z.string().min(1),
  unit: z.enum(INDICATOR_UNITS),
  better: z.enum(BETTER),
  /** the value a school should reach */
  target: z.number().optional(),
  /** past this value a school joins the risk group */
  risk: z.number().optional(),
  /** how the data are collected */
  method: z.string().min(1),
  methodEn: z.string().min(1),
  /** the body responsible for the data, as the source documents name it */
  source: z.string().min(1).optional(),
});
export type CatalogIndicator = z.infer<typeof indicatorSchema>;

export const formSchema = z.strictObject({
  code: kebabCode,
  title: z.string().min(1),
  titleEn: z.string().min(1),
  description: z.string().default(""),
  descriptionEn: z.string().default(""),
  periodKind: z.enum(PERIOD_KINDS),
  /** The kinds of organisation that answer this form; omitted means every kind. */
  schoolTypes: z.array(z.enum(TARGET_SCHOOL_TYPES)).default([]),
  questions: z.array(questionSchema).min(1),
  rules: z.array(formRuleSchema).default([]),
});
export type CatalogForm = z.infer<typeof formSchema>;

export const directionSchema = z.strictObject({
  code: kebabCode,
  number: z.number().int().min(1).max(99),
  group: z.enum(DIRECTION_GROUPS),
  name: z.string().min(1),
  nameEn: z.string().min(1),
  goal: z.string().min(1),
  goalEn: z.string().min(1),
  /** main activities, one per item (stored newline-separated) */
  activities: z.array(z.string().min(1)).default([]),
  indicators: z.array(indicatorSchema).default([]),
  forms: z.array(formSchema).default([]),
});
export type CatalogDirection = z.infer<typeof directionSchema>;

const catalogShape = z.strictObject({
  dataElements: z.array(dataElementSchema),
  directions: z.array(directionSchema).min(1),
});

/** Validates the structure, then cross-checks codes, formulas, conditions, rules and thresholds. */
export const catalogSchema = catalogShape.superRefine((catalog, ctx) => {
  for (const problem of checkCatalog(catalog)) {
    ctx.addIssue({ code: "custom", path: problem.path, message: problem.message });
  }
});
export type Catalog = z.infer<typeof catalogShape>;
