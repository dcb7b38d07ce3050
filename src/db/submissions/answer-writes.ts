import type { AnswerValue } from "../../domain/form-engine/index.ts";
import { isEditable, isSubmissionStatus, statusAfterEdit } from "../../domain/submission-status.ts";
import { recordAudit, recordAuditNow } from "../audit.ts";
import { type Database, type Db, inTransaction } from "../client.ts";
import { encodeValue, type StoredAnswer, toStoredAnswer } from "./answer-codec.ts";
import { readDraftState, upsertAnswer } from "./draft-state.ts";
import { assertSchoolMember, SubmissionError } from "./submission-access.ts";

export type SaveAnswerResult =
  | { ok: true; answer: StoredAnswer }
  | {
      ok: false;
      reason: "locked" | "conflict" | "stale";
      current?: StoredAnswer;
      by?: { personId: number; fullName: string };
    };

export interface SaveOptions {
  /**
   * When the caller read this answer: a Date, or null for "there was no answer". If another person
   * has changed it since (to something else), nothing is saved and the result is a `conflict`;
   * if the person changed it themselves since (their view is behind), it is `stale`.
   * carrying their answer. Undefined skips the check.
   */
  expectedUpdatedAt?: Date | null;
  now?: Date;
}

/** A submitted (or accepted, when reopened) submission whose answers change becomes a draft again. */
function reopensOnEdit(status: string): boolean {
  return isSubmissionStatus(status) && statusAfterEdit(status) !== status;
}

async function editableSubmission(tx: Db, submissionId: number, personId: number, now: Date) {
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
 * the change goes to the coordinator as a new version on the next submit. Returns the answer as
 * stored. One transaction of prepared statements: it runs on every step of a form.
 */
export async function saveAnswer(
  db: Database,
  submissionId: number,
  questionCode: string,
  input: { value: AnswerValue | null; skipped: boolean },
  personId: number,
  options: SaveOptions = {},
): Promise<SaveAnswerResult> {
  const now = options.now ?? new Date();
  const encoded = input.skipped ? null : encodeValue(input.value);
  return db.sql.write(async (sql): Promise<SaveAnswerResult> => {
    // Reading the state holds the submission's row: two people saving into one submission at once
    // go one after the other, on every database.
    const state = await readDraftState(sql, submissionId, personId, questionCode);
    if (!isEditable(state.campaign, state, now)) return { ok: false, reason: "locked" };
    const question = state.question;
    if (!question)
      throw new SubmissionError("unknown-question", `the form has no question ${questionCode}`);
    const existing =
      question.answerId !== null && question.updatedAt !== null
        ? { ...question, updatedAt: question.updatedAt }
        : null;
    if (existing && existing.value === encoded && existing.skipped === input.skipped)
      return { ok: true, answer: toStoredAnswer(existing) };

    const seen = options.expectedUpdatedAt;
    const changedSinceSeen =
      existing &&
      seen !== undefined &&
      (seen === null || existing.updatedAt.getTime() !== seen.getTime());
    // The person's own answer changed since they were shown the question: their view of the form
    // is behind (a state write lost in a crash, a second device). Nothing is saved over it.
    if (existing && changedSinceSeen && existing.answeredById === personId)
      return { ok: false, reason: "stale", current: toStoredAnswer(existing) };
    if (existing && changedSinceSeen) {
      const other = existing.answeredById
        ? await sql.get(
            `SELECT "id", "fullName" FROM "Person" WHERE "id" = ?`,
            existing.answeredById,
          )
        : undefined;
      return {
        ok: false,
        reason: "conflict",
        current: toStoredAnswer(existing),
        by: other ? { personId: Number(other.id), fullName: String(other.fullName) } : undefined,
      };
    }

    // The answer's own clock is the real one: conflicts compare these instants.
    const saved = await upsertAnswer(sql, {
      submissionId,
      questionId: question.questionId,
      value: encoded,
      skipped: input.skipped,
      answeredById: personId,
      at: new Date(),
    });
    const reopens = reopensOnEdit(state.status);
    if (reopens || state.lastTouchedById !== personId)
      await sql.run(
        `UPDATE "Submission" SET "lastTouchedById" = ?, "status" = ?, "updatedAt" = ? WHERE "id" = ?`,
        personId,
        reopens ? "draft" : state.status,
        saved.updatedAt,
        submissionId,
      );
    await recordAuditNow(sql, {
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
    return {
      ok: true,
      answer: toStoredAnswer({
        value: encoded,
        skipped: input.skipped,
        warningReason: null,
        answeredById: personId,
        updatedAt: saved.updatedAt,
      }),
    };
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
  return saveWarningReasons(db, submissionId, [questionCode], reason, personId, now);
}

/**
 * One explanation given for several warnings at once: saved with each of these answers, as if
 * typed for each, with an audit record per answer. All or nothing: if one answer is gone (a
 * colleague's change hid it), nothing is saved and the result says so.
 */
export async function saveWarningReasons(
  db: Db,
  submissionId: number,
  questionCodes: readonly string[],
  reason: string,
  personId: number,
  now = new Date(),
): Promise<{ ok: true } | { ok: false; reason: "locked" | "no-answer" }> {
  const text = reason.trim().slice(0, 1000) || null;
  const codes = [...new Set(questionCodes)];
  return inTransaction(db, async (tx) => {
    const { submission, editable } = await editableSubmission(tx, submissionId, personId, now);
    if (!editable) return { ok: false, reason: "locked" } as const;
    const answers = await tx.answer.findMany({
      where: { submissionId, question: { code: { in: codes }, retiredAt: null } },
      include: { question: { select: { code: true } } },
    });
    if (answers.length < codes.length) return { ok: false, reason: "no-answer" } as const;
    const changed = answers.filter((answer) => answer.warningReason !== text);
    if (changed.length === 0) return { ok: true } as const;
    for (const answer of changed) {
      await tx.answer.update({ where: { id: answer.id }, data: { warningReason: text } });
      await recordAudit(tx, {
        actor: { kind: "person", personId },
        action: "answer.warning_explained",
        entityType: "Submission",
        entityId: submissionId,
        data: {
          questionCode: answer.question.code,
          cleared: text === null,
          ...(codes.length > 1 ? { sameReasonFor: codes } : {}),
        },
      });
    }
    const reopens = reopensOnEdit(submission.status);
    await tx.submission.update({
      where: { id: submissionId },
      data: { lastTouchedById: personId, ...(reopens ? { status: "draft" } : {}) },
    });
    return { ok: true } as const;
  });
}
