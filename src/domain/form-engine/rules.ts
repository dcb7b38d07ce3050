import { ruleQuestions } from "../catalog/question-schema.ts";
import type { Answers, FormDef, FormQuestionDef, Problem, Rule } from "./types.ts";
import { visibleQuestions } from "./visibility.ts";

export interface RuleProblem {
  /** the rule's questions: [left, right] for lte, [...parts, total] for sums */
  questionCodes: string[];
  problem: Problem;
  /** an error blocks submitting; a warning asks the deputy to confirm or explain */
  severity: "error" | "warning";
  rule: Rule;
}

/** The rules that read this question: what to re-check when its answer changes. */
export function rulesTouching(form: FormDef, code: string): Rule[] {
  return form.rules.filter((rule) => ruleQuestions(rule).includes(code));
}

/**
 * The cross-question rules these answers break (a part above its total, parts not adding up).
 * A rule waits until every question it reads is visible and answered with a number, so a
 * half-filled form gets no premature complaints and a hidden follow-up never trips one.
 */
export function checkRules(form: FormDef, answers: Answers): RuleProblem[] {
  const visible = new Map(visibleQuestions(form, answers).map((q) => [q.code, q]));
  const problems: RuleProblem[] = [];
  for (const rule of form.rules) {
    const codes = ruleQuestions(rule);
    const values = new Map<string, number>();
    for (const code of codes) {
      const value = visible.has(code) ? answers[code]?.value : undefined;
      if (typeof value === "number") values.set(code, value);
    }
    if (values.size < new Set(codes).size) continue;
    const problem = broken(rule, values, visible);
    if (problem) {
      problems.push({ questionCodes: codes, problem, severity: rule.severity ?? "error", rule });
    }
  }
  return problems;
}

// Decimal answers add up with binary rounding: 0.1 + 0.2 must still equal 0.3.
const equal = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b));

function broken(
  rule: Rule,
  values: Map<string, number>,
  questions: Map<string, FormQuestionDef>,
): Problem | null {
  const value = (code: string) => values.get(code) ?? 0;
  const text = (code: string, language: "ru" | "en") => {
    const q = questions.get(code);
    return quotable((language === "en" ? q?.textEn : q?.text) ?? code);
  };
  const custom = (numbers: Record<string, number>): Problem | null =>
    rule.message
      ? {
          key: "form-warning-rule-custom",
          params: { ...numbers, message: rule.message, messageEn: rule.messageEn ?? rule.message },
        }
      : null;

  if (rule.kind === "lte") {
    const [left, right] = [value(rule.left), value(rule.right)];
    if (left <= right || equal(left, right)) return null;
    const numbers = { value: left, total: right };
    return (
      custom(numbers) ?? {
        key: "form-warning-rule-lte",
        params: {
          ...numbers,
          question: text(rule.left, "ru"),
          questionEn: text(rule.left, "en"),
          totalQuestion: text(rule.right, "ru"),
          totalQuestionEn: text(rule.right, "en"),
        },
      }
    );
  }
  const sum = rule.parts.reduce((total, code) => total + value(code), 0);
  const total = value(rule.total);
  const fine = rule.kind === "sum_equals" ? equal(sum, total) : sum <= total || equal(sum, total);
  if (fine) return null;
  const numbers = { sum: round(sum), total };
  return (
    custom(numbers) ?? {
      key:
        rule.kind === "sum_equals" ? "form-warning-rule-sum-equals" : "form-warning-rule-sum-lte",
      params: {
        ...numbers,
        parts: rule.parts.map((code) => `«${text(code, "ru")}»`).join(", "),
        partsEn: rule.parts.map((code) => `"${text(code, "en")}"`).join(", "),
        totalQuestion: text(rule.total, "ru"),
        totalQuestionEn: text(rule.total, "en"),
      },
    }
  );
}

/**
 * A question's text to put in quotes inside a sentence: without its closing full stop, so that
 * "укажите 0." does not become «…укажите 0.». (a question mark stays: it is part of the name).
 */
export function quotable(text: string): string {
  return text.trim().replace(/(?<!\.)\.$/, "");
}

/** Rounds away binary noise (0.30000000000000004) before a sum is shown. */
const round = (n: number) => Math.round(n * 1e9) / 1e9;
