import type { Answers, AnswerValue, FileValue } from "./types.ts";

export interface AnswerDiff {
  questionCode: string;
  before: AnswerValue | null;
  after: AnswerValue | null;
}

const isFile = (value: AnswerValue): value is FileValue =>
  typeof value === "object" && !Array.isArray(value);

/**
 * Whether two stored values mean the same answer: the same options ticked in any order, the same
 * file (by Telegram file id, name and size), or equal scalars.
 */
export function sameValue(a: AnswerValue | null, b: AnswerValue | null): boolean {
  if (a === null || b === null) return a === b;
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b)) return false;
    const left = new Set(a);
    const right = new Set(b);
    return left.size === right.size && [...left].every((value) => right.has(value));
  }
  if (isFile(a) || isFile(b)) {
    if (!isFile(a) || !isFile(b)) return false;
    return a.fileId === b.fileId && a.fileName === b.fileName && a.size === b.size;
  }
  return a === b;
}

/**
 * The answers that changed between two versions (what a coordinator sees on resubmission), in
 * the order codes first appear in `before` then `after`. A missing code reads as no answer.
 */
export function diffAnswers(
  before: Record<string, AnswerValue | null>,
  after: Record<string, AnswerValue | null>,
): AnswerDiff[] {
  const codes = new Set([...Object.keys(before), ...Object.keys(after)]);
  const changes: AnswerDiff[] = [];
  for (const questionCode of codes) {
    const old = before[questionCode] ?? null;
    const now = after[questionCode] ?? null;
    if (!sameValue(old, now)) changes.push({ questionCode, before: old, after: now });
  }
  return changes;
}

/** Just the values of stored answers, for diffAnswers and snapshots. */
export function answerValues(answers: Answers): Record<string, AnswerValue | null> {
  return Object.fromEntries(Object.entries(answers).map(([code, a]) => [code, a.value]));
}
