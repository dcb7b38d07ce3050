import type { Answers, AnswerValue, Condition, FormDef, FormQuestionDef } from "./types.ts";

/**
 * Whether a `showIf` condition holds for an answer. A missing or skipped answer satisfies no
 * comparison, `notEquals` included: follow-up questions wait until their question is answered.
 */
export function conditionHolds(
  condition: Condition,
  value: AnswerValue | null | undefined,
): boolean {
  if (value === null || value === undefined) return false;
  if ("equals" in condition) return value === condition.equals;
  if ("notEquals" in condition) return value !== condition.notEquals;
  if ("in" in condition) return typeof value === "string" && condition.in.includes(value);
  if ("includes" in condition) return Array.isArray(value) && value.includes(condition.includes);
  return typeof value === "number" && value > condition.gt;
}

/**
 * Whether a question is shown, judging its own condition only. Pass the form to also hide a
 * question whose condition looks at a hidden question (a follow-up of a follow-up).
 */
export function isVisible(q: FormQuestionDef, answers: Answers, form?: FormDef): boolean {
  if (form) return visibleQuestions(form, answers).some((visible) => visible.code === q.code);
  return q.showIf === null || conditionHolds(q.showIf, answers[q.showIf.question]?.value);
}

/**
 * The questions shown for these answers, in form order. A hidden question's stored answer is
 * ignored, so whatever depends on it is hidden too (answers are kept, not deleted: turning the
 * condition back on brings them back).
 */
export function visibleQuestions(form: FormDef, answers: Answers): FormQuestionDef[] {
  const known = new Set(form.questions.map((q) => q.code));
  const shown = new Set<string>();
  const visible: FormQuestionDef[] = [];
  for (const q of form.questions) {
    const condition = q.showIf;
    // The catalog only lets a condition look at an earlier question, so one pass suffices.
    const holds =
      condition === null ||
      ((shown.has(condition.question) || !known.has(condition.question)) &&
        conditionHolds(condition, answers[condition.question]?.value));
    if (!holds) continue;
    shown.add(q.code);
    visible.push(q);
  }
  return visible;
}

/**
 * The questions this person may still be asked: the visible ones and the follow-ups whose
 * condition waits on a question not answered yet. An answer only ever rules questions out of this
 * list (a follow-up whose condition it fails, and that follow-up's own follow-ups), so a count over
 * it never grows while the form is answered in order; it grows only when an earlier answer is
 * changed to open questions again.
 */
export function possibleQuestions(form: FormDef, answers: Answers): FormQuestionDef[] {
  const known = new Set(form.questions.map((q) => q.code));
  // Visible, or not yet decided: both may still be asked.
  const possible = new Set<string>();
  const visible = new Set<string>();
  const result: FormQuestionDef[] = [];
  for (const q of form.questions) {
    const condition = q.showIf;
    if (condition === null) {
      possible.add(q.code);
      visible.add(q.code);
      result.push(q);
      continue;
    }
    const on = condition.question;
    const answer = answers[on];
    const holds = (visible.has(on) || !known.has(on)) && conditionHolds(condition, answer?.value);
    // The question it looks at is still to be asked (or may itself still be asked).
    const waiting =
      possible.has(on) &&
      (!visible.has(on) || answer === undefined || (answer.value === null && !answer.skipped));
    if (holds) visible.add(q.code);
    if (holds || waiting) {
      possible.add(q.code);
      result.push(q);
    }
  }
  return result;
}

/** The answers of visible questions only: what the indicators, rules and exports should see. */
export function visibleAnswers(form: FormDef, answers: Answers): Answers {
  const result: Answers = {};
  for (const q of visibleQuestions(form, answers)) {
    const answer = answers[q.code];
    if (answer) result[q.code] = answer;
  }
  return result;
}
