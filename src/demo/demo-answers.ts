import type { FormRule, QuestionCondition } from "../domain/catalog/schema.ts";
import { numericAnswer, type ShareHint } from "./demo-numbers.ts";
import type { Random } from "./prng.ts";

/**
 * Plausible answers to any catalog form for demo data, driven by the form's own definition:
 * conditions decide what is asked, `lte`/sum rules and indicator formulas (`100 * part / total`)
 * tie parts to their totals, and thresholds steer each school's shares so that strong schools
 * reach the target and weak ones fall into the risk group.
 */

export type { ShareHint } from "./demo-numbers.ts";
export { shareHint } from "./demo-numbers.ts";

export interface DemoQuestion {
  code: string;
  type: string;
  required: boolean;
  min: number | null;
  max: number | null;
  /** Option values of choice questions. */
  options: string[];
  showIf: QuestionCondition | null;
  dataElement: string | null;
}

export interface DemoSchoolProfile {
  students: number;
  teachers: number;
  hasSeniorGrades: boolean;
  /** 0 (struggling) … 1 (excellent): where the school's shares fall between risk and target. */
  quality: number;
}

export interface DemoAnswer {
  code: string;
  /** JSON-ready: a number, boolean, option value, list of option values, ISO date or text. */
  value: number | boolean | string | string[] | null;
  skipped: boolean;
}

export interface DemoFormInput {
  questions: DemoQuestion[];
  rules: FormRule[];
  profile: DemoSchoolProfile;
  /** Keyed by the numerator's data element code. */
  hints: ReadonlyMap<string, ShareHint>;
  period: { startsOn: Date; endsOn: Date };
  random: Random;
}

const NUMERIC = ["integer", "decimal", "percent"];
const PHRASES = [
  "Результаты рассмотрены на педагогическом совете, назначены ответственные.",
  "Проведены методические совещания по итогам, скорректирован план работы.",
  "Организованы консультации для педагогов и родителей.",
  "Вопрос включён в план внутришкольного контроля на следующий период.",
];

/** The answers a school gives to one form, in question order; hidden questions are left out. */
export function generateAnswers(input: DemoFormInput): DemoAnswer[] {
  const { questions, random } = input;
  const byCode = new Map(questions.map((question) => [question.code, question]));
  const byElement = new Map(
    questions.map((question) => [question.dataElement ?? question.code, question]),
  );
  const resolved = new Map<string, { shown: boolean; value: DemoAnswer["value"] }>();
  const visiting = new Set<string>();

  const parentsOf = (question: DemoQuestion): string[] => {
    const parents = input.rules.flatMap((rule) => {
      if (rule.kind === "lte") return rule.left === question.code ? [rule.right] : [];
      return rule.parts.includes(question.code) ? [rule.total] : [];
    });
    const hint = input.hints.get(question.dataElement ?? question.code);
    const denominator = hint && byElement.get(hint.denominator)?.code;
    return denominator ? [...parents, denominator] : parents;
  };

  const resolve = (code: string): { shown: boolean; value: DemoAnswer["value"] } => {
    const known = resolved.get(code);
    if (known) return known;
    const question = byCode.get(code);
    // A rule or condition naming a question that is not there, or a cycle: treat as unanswered.
    if (!question || visiting.has(code)) return { shown: false, value: null };
    visiting.add(code);
    const shown =
      !question.showIf || conditionHolds(question.showIf, resolve(question.showIf.question));
    let value: DemoAnswer["value"] = null;
    if (shown) {
      if (NUMERIC.includes(question.type)) {
        const parentValues = parentsOf(question)
          .map((parent) => resolve(parent))
          .filter((parent) => parent.shown && typeof parent.value === "number")
          .map((parent) => parent.value as number);
        value = numericAnswer(question, parentValues, input.hints, input.profile, random);
      } else value = otherAnswer(question, input);
    }
    visiting.delete(code);
    const result = { shown, value };
    resolved.set(code, result);
    return result;
  };

  for (const question of questions) resolve(question.code);
  applySumRules(input.rules, resolved, random);

  return questions
    .map((question) => ({ question, state: resolved.get(question.code) }))
    .filter(({ state }) => state?.shown)
    .map(({ question, state }) => ({
      code: question.code,
      value: state?.value ?? null,
      skipped: state?.value === null || state?.value === undefined,
    }));
}

function conditionHolds(
  condition: QuestionCondition,
  answer: { shown: boolean; value: DemoAnswer["value"] },
): boolean {
  if (!answer.shown || answer.value === null) return false;
  const value = answer.value;
  if ("equals" in condition) return value === condition.equals;
  if ("notEquals" in condition) return value !== condition.notEquals;
  if ("in" in condition) return typeof value === "string" && condition.in.includes(value);
  if ("includes" in condition) return Array.isArray(value) && value.includes(condition.includes);
  return typeof value === "number" && value > condition.gt;
}
function otherAnswer(question: DemoQuestion, input: DemoFormInput): DemoAnswer["value"] {
  const { random, profile } = input;
  switch (question.type) {
    case "boolean":
      return /senior/.test(question.code) ? profile.hasSeniorGrades : random.chance(0.8);
    case "single_choice":
      return question.options.length > 0 ? random.pick(question.options) : null;
    case "multiple_choice": {
      const chosen = question.options.filter(() => random.chance(0.5));
      return chosen.length > 0 || question.options.length === 0
        ? chosen
        : [random.pick(question.options)];
    }
    case "date": {
      const { startsOn, endsOn } = input.period;
      const day = random.int(0, Math.round((endsOn.getTime() - startsOn.getTime()) / 86_400_000));
      return new Date(startsOn.getTime() + day * 86_400_000).toISOString().slice(0, 10);
    }
    case "text":
      return question.required || random.chance(0.25) ? random.pick(PHRASES) : null;
    default:
      // Files live in the messenger; demo submissions attach none.
      return null;
  }
}

/** Makes parts add up to (or stay within) their total after everything else is generated. */
function applySumRules(
  rules: readonly FormRule[],
  resolved: Map<string, { shown: boolean; value: DemoAnswer["value"] }>,
  random: Random,
): void {
  for (const rule of rules) {
    if (rule.kind === "lte") continue;
    const total = resolved.get(rule.total)?.value;
    const parts = rule.parts.filter((part) => typeof resolved.get(part)?.value === "number");
    if (typeof total !== "number" || parts.length === 0) continue;
    const sum = parts.reduce((acc, part) => acc + (resolved.get(part)?.value as number), 0);
    if (rule.kind === "sum_lte" && sum <= total) continue;
    const weights = parts.map(() => random.between(0.5, 1.5));
    const weightSum = weights.reduce((acc, weight) => acc + weight, 0);
    const budget = rule.kind === "sum_equals" ? total : Math.floor(total * 0.9);
    let left = budget;
    parts.forEach((part, index) => {
      const last = index === parts.length - 1;
      const value = last ? left : Math.floor((budget * (weights[index] ?? 1)) / weightSum);
      left -= value;
      resolved.set(part, { shown: true, value });
    });
  }
}
