import type {
  FormRule,
  QuestionCondition,
  QuestionOption,
  QuestionType,
} from "../catalog/question-schema.ts";

/**
 * The form engine's plain data: what the bot (or another messenger, or the mini-app) and the
 * database layer pass in and get back. No Prisma rows, no grammY contexts, nothing with methods.
 */

export type { QuestionType };
/** A `showIf` condition, exactly as the catalog declares it. */
export type Condition = QuestionCondition;
/** A cross-question rule, exactly as the catalog declares it. */
export type Rule = FormRule;
export type ChoiceOption = QuestionOption;
export type FormLanguage = "ru" | "en";

export interface FormQuestionDef {
  id: number;
  code: string;
  position: number;
  type: QuestionType;
  text: string;
  textEn: string;
  /** "" when the question has no help */
  help: string;
  helpEn: string;
  required: boolean;
  min: number | null;
  max: number | null;
  maxLength: number | null;
  /** choice questions only; [] otherwise */
  options: ChoiceOption[];
  showIf: Condition | null;
  /** lower-case extensions without the dot; [] = any type */
  fileTypes: string[];
  maxFileSizeMb: number | null;
  dataElementCode: string | null;
}

export interface FormDef {
  id: number;
  code: string;
  title: string;
  titleEn: string;
  version: number;
  /** in position order; retired questions are left out by the caller */
  questions: FormQuestionDef[];
  rules: Rule[];
}

export interface FileValue {
  fileId: string;
  fileName: string;
  /** bytes; 0 when the messenger did not say */
  size: number;
  mimeType: string;
}

/**
 * integer/decimal/percent: number; boolean: boolean; date: "YYYY-MM-DD"; text: string;
 * single choice: the option value; multiple choice: option values in option order; file: FileValue.
 */
export type AnswerValue = number | boolean | string | string[] | FileValue;

export interface StoredAnswer {
  /** null when skipped */
  value: AnswerValue | null;
  skipped: boolean;
  /** the deputy's explanation of a warning on this value */
  warningReason: string | null;
  answeredById: number | null;
  updatedAt: Date;
}

/** Answers by question code. */
export type Answers = Record<string, StoredAnswer>;

export type UnsupportedInput =
  | "sticker"
  | "voice"
  | "video"
  | "location"
  | "contact"
  | "photo_without_file"
  | "animation"
  | "other";

/** What the person sent, in neutral terms; the messenger adapter builds it. */
export type UserInput =
  | { kind: "text"; text: string }
  /** a pressed option button, or yes/no ("yes" | "no") */
  | { kind: "choice"; value: string }
  /** multiple choice, confirmed with "Done" */
  | { kind: "choices"; values: string[] }
  | { kind: "file"; file: FileValue }
  | { kind: "unsupported"; what: UnsupportedInput };

/** Something to tell the person: a Fluent message key in locales/ and its parameters. */
export interface Problem {
  key: string;
  params?: Record<string, string | number>;
}

export interface IndicatorDef {
  code: string;
  name: string;
  nameEn: string;
  formula: string;
  unit: string;
  better: "higher" | "lower";
  target: number | null;
  risk: number | null;
}
