import { NUMERIC_QUESTION_TYPES } from "../catalog/question-schema.ts";
import type { Answers, FormDef, Problem } from "./types.ts";
import { visibleQuestions } from "./visibility.ts";

export interface WarningContext {
  /** the school's previous-period values by data element code */
  previous: Record<string, number>;
  /** this period's accepted values of the other schools, by data element code */
  municipal: Record<string, number[]>;
  /** a value more than this many times above or below last period's is flagged; default 2 */
  factor?: number;
}

export interface ValueWarning {
  questionCode: string;
  kind: "previous_period" | "municipal_spread";
  problem: Problem;
}

/** Fewer other schools than this say too little about what is usual. */
export const MIN_MUNICIPAL_VALUES = 5;
export const DEFAULT_FACTOR = 2;
// How far from the median counts as "far": 3 robust standard deviations, or Tukey's far-out fences.
const MAD_LIMIT = 3;
const TUKEY_LIMIT = 3;
// The MAD of a normal distribution times this is its standard deviation.
const MAD_SCALE = 1.4826;

/**
 * Values that look wrong and need the deputy's short explanation before submitting: more than
 * `factor` times above or below the school's last period, or far outside the spread of the other
 * schools this period. Only visible, answered number questions that feed a data element count.
 */
export function valueWarnings(
  form: FormDef,
  answers: Answers,
  context: WarningContext,
): ValueWarning[] {
  const factor =
    context.factor !== undefined && context.factor > 1 ? context.factor : DEFAULT_FACTOR;
  const warnings: ValueWarning[] = [];
  for (const q of visibleQuestions(form, answers)) {
    const value = answers[q.code]?.value;
    if (!NUMERIC_QUESTION_TYPES.includes(q.type) || typeof value !== "number") continue;
    if (q.dataElementCode === null) continue;
    const previous = context.previous[q.dataElementCode];
    const change = previous === undefined ? null : previousPeriodProblem(value, previous, factor);
    if (change) warnings.push({ questionCode: q.code, kind: "previous_period", problem: change });
    const spread = spreadProblem(value, context.municipal[q.dataElementCode] ?? []);
    if (spread) warnings.push({ questionCode: q.code, kind: "municipal_spread", problem: spread });
  }
  return warnings;
}

/**
 * A zero last period says nothing about scale (0 → 3 olympiad winners is ordinary growth), so
 * only a nonzero previous value is compared; a drop from it to zero gets its own message, since
 * that is usually a forgotten figure. Negative values (balances) are not compared by ratio.
 */
export function previousPeriodProblem(
  value: number,
  previous: number,
  factor = DEFAULT_FACTOR,
): Problem | null {
  if (!Number.isFinite(previous) || previous <= 0 || value < 0) return null;
  if (value === 0) return { key: "form-warning-dropped-to-zero", params: { previous } };
  if (value > previous * factor) {
    return { key: "form-warning-previous-higher", params: { value, previous, factor } };
  }
  if (value < previous / factor) {
    return { key: "form-warning-previous-lower", params: { value, previous, factor } };
  }
  return null;
}

/**
 * Far outside the other schools' values: beyond median ± 3 × scaled MAD; when most schools report
 * the same number (MAD 0), beyond Tukey's far-out fences; when even those collapse, nothing can
 * be said. Needs at least five values.
 */
export function spreadProblem(value: number, others: readonly number[]): Problem | null {
  const values = others.filter(Number.isFinite).toSorted((a, b) => a - b);
  if (values.length < MIN_MUNICIPAL_VALUES) return null;
  const median = quantile(values, 0.5);
  const mad =
    MAD_SCALE *
    quantile(
      values.map((v) => Math.abs(v - median)).toSorted((a, b) => a - b),
      0.5,
    );
  const q1 = quantile(values, 0.25);
  const q3 = quantile(values, 0.75);
  let low: number;
  let high: number;
  if (mad > 0) [low, high] = [median - MAD_LIMIT * mad, median + MAD_LIMIT * mad];
  else if (q3 > q1) [low, high] = [q1 - TUKEY_LIMIT * (q3 - q1), q3 + TUKEY_LIMIT * (q3 - q1)];
  else return null;
  if (value >= low && value <= high) return null;
  return {
    key: value > high ? "form-warning-municipal-high" : "form-warning-municipal-low",
    params: { value, median: tenth(median), low: tenth(q1), high: tenth(q3) },
  };
}

/** Linear interpolation between order statistics (the spreadsheet QUARTILE.INC), sorted input. */
export function quantile(sorted: readonly number[], p: number): number {
  const at = (sorted.length - 1) * p;
  const below = sorted[Math.floor(at)] ?? 0;
  const above = sorted[Math.ceil(at)] ?? below;
  return below + (above - below) * (at - Math.floor(at));
}

const tenth = (n: number) => Math.round(n * 10) / 10;
