import { sameValue } from "./form-engine/diff.ts";
import type { Answers, AnswerValue } from "./form-engine/types.ts";

/** A submitted version's answers: `{ [questionCode]: { value, warningReason } }`. */
export type Snapshot = Record<string, { value: AnswerValue | null; warningReason: string | null }>;

/** The answers as a version keeps them: values and the reasons given for warnings. */
export function toSnapshot(answers: Answers): Snapshot {
  const snapshot: Snapshot = {};
  for (const [code, answer] of Object.entries(answers))
    snapshot[code] = { value: answer.value, warningReason: answer.warningReason };
  return snapshot;
}

/** One answer that differs between two versions. */
export interface AnswerChange {
  questionCode: string;
  before: AnswerValue | null;
  after: AnswerValue | null;
  beforeReason: string | null;
  afterReason: string | null;
}

/**
 * What changed from one version to the next (what a coordinator sees on a resubmission): a value
 * or a warning's reason, in `order` (question codes) then any others. A missing code reads as no
 * answer; the same options in another order or the same file are no change.
 */
export function diffSnapshots(
  before: Snapshot,
  after: Snapshot,
  order: readonly string[] = [],
): AnswerChange[] {
  const codes = [...new Set([...order, ...Object.keys(before), ...Object.keys(after)])];
  const changes: AnswerChange[] = [];
  for (const code of codes) {
    const old = before[code] ?? { value: null, warningReason: null };
    const now = after[code] ?? { value: null, warningReason: null };
    if (sameValue(old.value, now.value) && old.warningReason === now.warningReason) continue;
    changes.push({
      questionCode: code,
      before: old.value,
      after: now.value,
      beforeReason: old.warningReason,
      afterReason: now.warningReason,
    });
  }
  return changes;
}
