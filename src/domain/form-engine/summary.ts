import { evaluateFormula } from "../formula.ts";
import { isAnswered, missingQuestions } from "./navigation.ts";
import { checkRules, type RuleProblem } from "./rules.ts";
import type {
  Answers,
  FormDef,
  FormQuestionDef,
  IndicatorDef,
  Problem,
  StoredAnswer,
} from "./types.ts";
import { visibleQuestions } from "./visibility.ts";
import { type ValueWarning, valueWarnings, type WarningContext } from "./warnings.ts";

/**
 * The numbers these answers give to indicator formulas: numeric answers as they are, yes/no as
 * 1/0, by data element code. Hidden and skipped questions give nothing, so a formula over them
 * comes out empty rather than wrong.
 */
export function dataElementValues(form: FormDef, answers: Answers): Record<string, number> {
  const values: Record<string, number> = {};
  for (const q of visibleQuestions(form, answers)) {
    if (q.dataElementCode === null) continue;
    const value = answers[q.code]?.value;
    if (typeof value === "number" && Number.isFinite(value)) values[q.dataElementCode] = value;
    if (typeof value === "boolean") values[q.dataElementCode] = value ? 1 : 0;
  }
  return values;
}

/**
 * Each indicator's value, or null when an input is missing, a denominator is zero or the formula
 * does not parse (the catalog import rejects those, so this guards old rows only).
 */
export function indicatorValues(
  indicators: readonly IndicatorDef[],
  values: Record<string, number>,
): Array<{ code: string; value: number | null }> {
  return indicators.map((indicator) => {
    try {
      return { code: indicator.code, value: evaluateFormula(indicator.formula, values) };
    } catch {
      return { code: indicator.code, value: null };
    }
  });
}

export interface SummaryItem {
  question: FormQuestionDef;
  answer: StoredAnswer | null;
  state: "answered" | "skipped" | "unanswered";
}

/** Something the deputy must explain before submitting, attached to one question. */
export interface ReasonNeeded {
  questionCode: string;
  problem: Problem;
  /** the explanation given so far, if any */
  reason: string | null;
}

export interface FormSummary {
  items: SummaryItem[];
  missing: FormQuestionDef[];
  indicators: Array<{ indicator: IndicatorDef; value: number | null }>;
  /** rule problems of severity "error": fix before submitting */
  errors: RuleProblem[];
  warnings: ValueWarning[];
  /** value warnings and warning-severity rule problems, each with its explanation so far */
  reasons: ReasonNeeded[];
  canSubmit: boolean;
}

/**
 * Everything the review before submission shows, as data: each visible answer, what is missing,
 * indicator values, rule errors, and the warnings that need a reason. The caller words it.
 */
export function summarize(
  form: FormDef,
  answers: Answers,
  options: { indicators?: readonly IndicatorDef[]; context?: WarningContext } = {},
): FormSummary {
  const items = visibleQuestions(form, answers).map((question): SummaryItem => {
    const answer = answers[question.code] ?? null;
    const state =
      answer?.value !== null && answer !== null
        ? "answered"
        : isAnswered(question, answers)
          ? "skipped"
          : "unanswered";
    return { question, answer, state };
  });
  const indicators = options.indicators ?? [];
  const computed = indicatorValues(indicators, dataElementValues(form, answers));
  const rules = checkRules(form, answers);
  const warnings = options.context ? valueWarnings(form, answers, options.context) : [];
  const reasonOf = (code: string) => answers[code]?.warningReason || null;
  const reasons: ReasonNeeded[] = [
    ...warnings.map((w) => ({ ...w, reason: reasonOf(w.questionCode) })),
    ...rules
      .filter((rule) => rule.severity === "warning")
      .map((rule) => ({
        questionCode: rule.questionCodes[0] ?? "",
        problem: rule.problem,
        // Any of the rule's answers may carry the explanation.
        reason: rule.questionCodes.map(reasonOf).find((reason) => reason !== null) ?? null,
      })),
  ].map(({ questionCode, problem, reason }) => ({ questionCode, problem, reason }));
  const missing = missingQuestions(form, answers);
  const errors = rules.filter((rule) => rule.severity === "error");
  return {
    items,
    missing,
    indicators: indicators.map((indicator, index) => ({
      indicator,
      value: computed[index]?.value ?? null,
    })),
    errors,
    warnings,
    reasons,
    canSubmit:
      missing.length === 0 && errors.length === 0 && reasons.every((r) => r.reason !== null),
  };
}

/** The warnings of one answer that has no explanation yet: one reason explains them all. */
export interface UnexplainedAnswer {
  questionCode: string;
  problems: Problem[];
}

/**
 * The answers still waiting for an explanation, in the summary's order, each with its warnings.
 * A reason is kept per answer, so two warnings on one value are explained once.
 */
export function unexplainedAnswers(summary: Pick<FormSummary, "reasons">): UnexplainedAnswer[] {
  const byCode = new Map<string, UnexplainedAnswer>();
  for (const needed of summary.reasons) {
    if (needed.reason) continue;
    const entry = byCode.get(needed.questionCode) ?? {
      questionCode: needed.questionCode,
      problems: [],
    };
    entry.problems.push(needed.problem);
    byCode.set(needed.questionCode, entry);
  }
  return [...byCode.values()];
}
