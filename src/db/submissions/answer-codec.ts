import { z } from "zod";
import type { Snapshot } from "../../domain/answer-changes.ts";
import type { Answers, AnswerValue } from "../../domain/form-engine/index.ts";

/**
 * How answers are stored: Answer.value holds the JSON of a number, boolean, option value, list of
 * option values, ISO date, text or file object (as src/db/demo-submissions.ts writes them), null
 * when skipped. SubmissionVersion.answers holds `{ [questionCode]: { value, warningReason } }`.
 */

export const answerValueSchema: z.ZodType<AnswerValue> = z.union([
  z.number(),
  z.boolean(),
  z.string(),
  z.array(z.string()),
  z.object({
    fileId: z.string().min(1),
    fileName: z.string(),
    size: z.number().nonnegative(),
    mimeType: z.string(),
  }),
]);

export type StoredAnswer = Answers[string];

export function encodeValue(value: AnswerValue | null): string | null {
  return value === null ? null : JSON.stringify(answerValueSchema.parse(value));
}

/** The stored JSON back as a value; a malformed cell reads as its raw text rather than failing. */
export function decodeValue(stored: string | null): AnswerValue | null {
  if (stored === null) return null;
  try {
    const parsed = answerValueSchema.safeParse(JSON.parse(stored));
    return parsed.success ? parsed.data : stored;
  } catch {
    return stored;
  }
}

export interface AnswerRow {
  value: string | null;
  skipped: boolean;
  warningReason: string | null;
  answeredById: number | null;
  updatedAt: Date;
  question: { code: string };
}

/** One stored Answer row as the form engine reads it. */
export function toStoredAnswer(row: Omit<AnswerRow, "question">): StoredAnswer {
  return {
    value: decodeValue(row.value),
    skipped: row.skipped,
    warningReason: row.warningReason,
    answeredById: row.answeredById,
    updatedAt: row.updatedAt,
  };
}

export function toAnswers(rows: readonly AnswerRow[]): Answers {
  const answers: Answers = {};
  for (const row of rows) answers[row.question.code] = toStoredAnswer(row);
  return answers;
}

const snapshotSchema = z.record(
  z.string(),
  z.object({ value: z.unknown().optional(), warningReason: z.string().nullable().optional() }),
);

/** A stored snapshot; tolerant of older shapes (missing fields read as null). */
export function parseSnapshot(stored: string): Snapshot {
  const parsed = snapshotSchema.safeParse(JSON.parse(stored));
  if (!parsed.success) return {};
  const snapshot: Snapshot = {};
  for (const [code, entry] of Object.entries(parsed.data)) {
    const value = answerValueSchema.safeParse(entry.value);
    snapshot[code] = {
      value: value.success ? value.data : null,
      warningReason: entry.warningReason ?? null,
    };
  }
  return snapshot;
}
