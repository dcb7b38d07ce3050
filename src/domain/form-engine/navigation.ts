import type { Answers, FormDef, FormQuestionDef } from "./types.ts";
import { possibleQuestions, visibleQuestions } from "./visibility.ts";

export interface NavigationOptions {
  /** Only these question codes are asked, e.g. the ones a coordinator marked on return. */
  only?: readonly string[];
  /**
   * With `only`: an answer older than this instant counts as not yet given, so pre-filled
   * answers of a returned submission are asked again (pass the return's time).
   */
  answeredSince?: Date;
}

/** Has a value, or was skipped and may be (optional questions only). */
export function isAnswered(q: FormQuestionDef, answers: Answers): boolean {
  const answer = answers[q.code];
  if (!answer) return false;
  return answer.value !== null || (answer.skipped && !q.required);
}

function isDone(q: FormQuestionDef, answers: Answers, since: Date | undefined): boolean {
  if (!isAnswered(q, answers)) return false;
  const updatedAt = answers[q.code]?.updatedAt;
  return since === undefined || (updatedAt !== undefined && updatedAt >= since);
}

function candidates(form: FormDef, answers: Answers, only?: readonly string[]) {
  const visible = visibleQuestions(form, answers);
  return only ? visible.filter((q) => only.includes(q.code)) : visible;
}

/**
 * The first visible unanswered question in form order, or null when the form is complete: the
 * place to resume after a restart or a week's pause. With `only`, the first such question among
 * those codes (questions hidden by the current answers are passed over).
 */
export function nextQuestion(
  form: FormDef,
  answers: Answers,
  options: NavigationOptions = {},
): FormQuestionDef | null {
  const since = options.only ? options.answeredSince : undefined;
  return candidates(form, answers, options.only).find((q) => !isDone(q, answers, since)) ?? null;
}

/**
 * The visible question before `currentCode`, for "Back"; hidden questions are passed over. Works
 * when the current question has just become hidden too. Null at the first question.
 */
export function previousQuestion(
  form: FormDef,
  answers: Answers,
  currentCode: string,
  options: Pick<NavigationOptions, "only"> = {},
): FormQuestionDef | null {
  const index = form.questions.findIndex((q) => q.code === currentCode);
  if (index < 0) return null;
  const before = new Set(form.questions.slice(0, index).map((q) => q.code));
  return candidates(form, answers, options.only).findLast((q) => before.has(q.code)) ?? null;
}

/**
 * "Question 3 of 12": the 1-based place of `code` among the questions that may still be asked
 * (visible ones and follow-ups whose condition is not decided yet, see `possibleQuestions`) and
 * their count. Answering in order, the place goes up by one per question and the total never
 * grows: it starts with every follow-up counted and shrinks when an answer rules some out. A
 * hidden or unknown code gets the place it would have (0 for an unknown one).
 */
export function progress(
  form: FormDef,
  answers: Answers,
  code: string,
  options: Pick<NavigationOptions, "only"> = {},
): { index: number; total: number } {
  const possible = possibleQuestions(form, answers);
  const counted = options.only ? possible.filter((q) => options.only?.includes(q.code)) : possible;
  const position = form.questions.findIndex((q) => q.code === code);
  if (position < 0) return { index: 0, total: counted.length };
  const before = new Set(form.questions.slice(0, position).map((q) => q.code));
  const earlier = counted.filter((q) => before.has(q.code)).length;
  return { index: earlier + 1, total: Math.max(counted.length, earlier + 1) };
}

/** Visible required questions without an answer: what blocks submitting. */
export function missingQuestions(form: FormDef, answers: Answers): FormQuestionDef[] {
  return visibleQuestions(form, answers).filter((q) => q.required && !isAnswered(q, answers));
}
