/** Numbers for demo answers: shares steered by indicator thresholds, sizes by the school. */
import type { DemoQuestion, DemoSchoolProfile } from "./demo-answers.ts";
import type { Random } from "./prng.ts";

/** What an indicator `100 * numerator / denominator` says about its numerator. */
export interface ShareHint {
  denominator: string;
  better: "higher" | "lower";
  target: number | null;
  risk: number | null;
}

/** The shares indicator formulas read: `100 * a / b` makes `a` a share of `b`. */
export function shareHint(
  formula: string,
  indicator: Omit<ShareHint, "denominator">,
): [string, ShareHint] | null {
  const match = /^\s*100\s*\*\s*([a-z][a-z0-9_]*)\s*\/\s*([a-z][a-z0-9_]*)\s*$/.exec(formula);
  if (!match?.[1] || !match[2]) return null;
  return [match[1], { ...indicator, denominator: match[2] }];
}

/**
 * A number for a numeric question: a share of its total (from `lte`/sum rules or an indicator
 * formula) when it has one, otherwise a size guessed from the school; within min and max.
 */
export function numericAnswer(
  question: DemoQuestion,
  parents: number[],
  hints: ReadonlyMap<string, ShareHint>,
  profile: DemoSchoolProfile,
  random: Random,
): number {
  const name = question.dataElement ?? question.code;
  const hint = hints.get(name);
  const min = question.min ?? 0;
  const max = question.max ?? Number.POSITIVE_INFINITY;
  let value: number;
  if (question.type === "percent")
    value = hint ? share(hint, profile.quality, random) : 40 + 55 * profile.quality;
  else if (parents.length > 0) {
    const total = Math.min(...parents);
    const fraction = hint
      ? share(hint, profile.quality, random) / 100
      : random.between(0.3, 0.9) * (0.7 + 0.3 * profile.quality);
    value = total * fraction;
  } else value = baseValue(name, question, profile, random);
  value = Math.min(Math.max(value, min), max);
  if (parents.length > 0) value = Math.min(value, Math.min(...parents));
  return question.type === "integer" ? Math.round(value) : Math.round(value * 10) / 10;
}

/** A share in percent: between risk and target by quality, with some noise either side. */
function share(hint: ShareHint, quality: number, random: Random): number {
  const t = quality * 1.5 - 0.35 + random.between(-0.2, 0.2);
  let value: number;
  if (hint.target !== null && hint.risk !== null) value = hint.risk + (hint.target - hint.risk) * t;
  else if (hint.better === "higher") value = 30 + 60 * t;
  else value = 25 - 20 * t;
  return Math.min(Math.max(value, 0), 100);
}

/** Totals nothing else bounds, guessed from the data element's name and the school's size. */
function baseValue(
  name: string,
  question: DemoQuestion,
  profile: DemoSchoolProfile,
  random: Random,
): number {
  if (name === "students_total") return profile.students;
  if (name === "teachers_total") return profile.teachers;
  if (/score/.test(name)) {
    const low = question.min ?? 0;
    const high = question.max ?? 10;
    return (
      low + (high - low) * Math.min(1, 0.45 + 0.45 * profile.quality + random.between(-0.1, 0.15))
    );
  }
  if (!profile.hasSeniorGrades && /senior|_11|ege/.test(name)) return 0;
  if (/teachers/.test(name)) return profile.teachers * random.between(0.05, 0.35);
  // "students_grades_6_11": six of eleven grades.
  const grades = /grades_(\d+)_(\d+)/.exec(name);
  if (grades)
    return (
      (profile.students * (Number(grades[2]) - Number(grades[1]) + 1) * random.between(0.9, 1.1)) /
      11
    );
  if (/senior/.test(name)) return profile.students * random.between(0.12, 0.18);
  if (/participants/.test(name)) return profile.students * random.between(0.3, 0.5);
  if (/graduates/.test(name)) return profile.students * random.between(0.07, 0.1);
  if (/students|children/.test(name)) return profile.students * random.between(0.04, 0.15);
  const low = question.min ?? 0;
  return random.int(low, Math.min(question.max ?? low + 20, low + 20));
}
