import type { Answers, AnswerValue } from "../domain/form-engine/index.ts";
import { decodeValue, encodeValue, type StoredAnswer, toAnswers } from "./answer-codec.ts";
import { recordAudit } from "./audit.ts";
import type { Db } from "./client.ts";
import { readDraftState, upsertAnswer } from "./draft-state.ts";
import type { Prisma } from "./generated/client.ts";
import { assertSchoolMember, isEditable, SubmissionError } from "./submission-access.ts";

export type SaveAnswerResult =
  | { ok: true; answers: Answers }
  | {
      ok: false;
      reason: "locked" | "conflict";
      current?: StoredAnswer;
      by?: { personId: number; fullName: string };
    };

export interface SaveOptions {
  /**
   * When the caller read this answer: a Date, or null for "there was no answer". If another person
   * has changed it since (to something else), nothing is saved and the result is a `conflict`
   * carrying their answer. Undefined skips the check.
   */
  expectedUpdatedAt?: Date | null;
  now?: Date;
}

/** A submitted (or accepted, when reopened) submission whose answers change becomes a draft again. */
const BACK_TO_DRAFT = ["submitted", "accepted"];

async function editableSubmission(
  tx: Prisma.TransactionClient,
  submissionId: number,
  personId: number,
  now: Date,
) {
  const submission = await tx.submission.findUnique({
    where: { id: submissionId },
    include: { campaign: { select: { status: true, formId: true } } },
  });
  if (!submission)
    throw new SubmissionError("not-found", `submission ${submissionId} does not exist`);
  await assertSchoolMember(tx, personId, submission.schoolId);
  return { submission, editable: isEditable(submission.campaign, submission, now) };
}

/**
 * Saves one answer at once (a skipped one as null). Clears the warning reason when the value
 * changes, marks who touched the draft last, and turns a submitted submission back into a draft:
 * the change goes to the coordinator as a new version on the next submit. Returns all answers
 * as they stand after the save, including other people's.
 */
export async function saveAnswer(
  db: Db,
  submissionId: number,
  questionCode: string,
  input: { value: AnswerValue | null; skipped: boolean },
  personId: number,
  options: SaveOptions = {},
): Promise<SaveAnswerResult> {
  const now = options.now ?? new Date();
  const encoded = input.skipped ? null : encodeValue(input.value);
  return db.$transaction(async (tx) => {
    const state = await readDraftState(tx, submissionId, personId);
    if (!isEditable(state.campaign, state, now)) return { ok: false, reason: "locked" } as const;
    const question = state.rows.find((row) => row.code === questionCode);
    if (!question)
      throw new SubmissionError("unknown-question", `the form has no question ${questionCode}`);
    const answered = state.rows.flatMap((row) =>
      row.answerId === null || row.updatedAt === null
        ? []
        : [{ ...row, updatedAt: row.updatedAt, question: { code: row.code } }],
    );
    const existing = answered.find((row) => row.questionId === question.questionId);
    const current = () => toAnswers(answered);
    if (existing && existing.value === encoded && existing.skipped === input.skipped)
      return { ok: true, answers: current() } as const;

    const seen = options.expectedUpdatedAt;
    if (
      existing &&
      seen !== undefined &&
      existing.answeredById !== personId &&
      (seen === null || existing.updatedAt.getTime() !== seen.getTime())
    ) {
      const other = existing.answeredById
        ? await tx.person.findUnique({ where: { id: existing.answeredById } })
        : null;
      return {
        ok: false,
        reason: "conflict",
        current: {
          value: decodeValue(existing.value),
          skipped: existing.skipped,
          warningReason: existing.warningReason,
          answeredById: existing.answeredById,
          updatedAt: existing.updatedAt,
        },
        by: other ? { personId: other.id, fullName: other.fullName } : undefined,
      } as const;
    }

    // The answer's own clock is the real one: conflicts compare these instants.
    const saved = await upsertAnswer(tx, {
      submissionId,
      questionId: question.questionId,
      value: encoded,
      skipped: input.skipped,
      answeredById: personId,
      at: new Date(),
    });
    const reopens = BACK_TO_DRAFT.includes(state.status);
    if (reopens || state.lastTouchedById !== personId)
      await tx.submission.update({
        where: { id: submissionId },
        data: { lastTouchedById: personId, ...(reopens ? { status: "draft" } : {}) },
      });
    await recordAudit(tx, {
      actor: { kind: "person", personId },
      action: "answer.saved",
      entityType: "Submission",
      entityId: submissionId,
      data: {
        questionCode,
        skipped: input.skipped,
        ...(reopens ? { statusFrom: state.status } : {}),
      },
    });
    const index = answered.findIndex((row) => row.questionId === question.questionId);
    const row = {
      ...question,
      answerId: saved.id,
      value: encoded,
      skipped: input.skipped,
      warningReason: null,
      answeredById: personId,
      updatedAt: saved.updatedAt,
      question: { code: questionCode },
    };
    if (index === -1) answered.push(row);
    else answered[index] = row;
    return { ok: true, answers: current() } as const;
  });
}

/** The deputy's short explanation of a warning on an answer; empty text clears it. */
export async function saveWarningReason(
  db: Db,
  submissionId: number,
  questionCode: string,
  reason: string,
  personId: number,
  now = new Date(),
): Promise<{ ok: true } | { ok: false; reason: "locked" | "no-answer" }> {
  const text = reason.trim().slice(0, 1000) || null;
  return db.$transaction(async (tx) => {
    const { submission, editable } = await editableSubmission(tx, submissionId, personId, now);
    if (!editable) return { ok: false, reason: "locked" } as const;
    const answer = await tx.answer.findFirst({
      where: { submissionId, question: { code: questionCode, retiredAt: null } },
    });
    if (!answer) return { ok: false, reason: "no-answer" } as const;
    if (answer.warningReason === text) return { ok: true } as const;
    await tx.answer.update({ where: { id: answer.id }, data: { warningReason: text } });
    const reopens = BACK_TO_DRAFT.includes(submission.status);
    await tx.submission.update({
      where: { id: submissionId },
      data: { lastTouchedById: personId, ...(reopens ? { status: "draft" } : {}) },
    });
    await recordAudit(tx, {
      actor: { kind: "person", personId },
      action: "answer.warning_explained",
      entityType: "Submission",
      entityId: submissionId,
      data: { questionCode, cleared: text === null },
    });
    return { ok: true } as const;
  });
}
