import type { AnswerValue } from "../../domain/form-engine/index.ts";
import { isEditable, isSubmissionStatus, statusAfterEdit } from "../../domain/submission-status.ts";
import { recordAudit, recordAuditNow } from "../audit.ts";
import { type Database, type Db, inTransaction } from "../client.ts";
import type { SqlStatements } from "../sql-connection.ts";
import { encodeValue, type StoredAnswer, toStoredAnswer } from "./answer-codec.ts";
import { saveIfUnchanged } from "./answer-guarded-save.ts";
import { type DraftRow, type DraftState, readDraftState, upsertAnswer } from "./draft-state.ts";
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

/** How often a save decided on a state read without a lock is tried before it takes the lock. */
const UNLOCKED_ATTEMPTS = 3;

interface SaveRequest {
  submissionId: number;
  questionCode: string;
  encoded: string | null;
  skipped: boolean;
  personId: number;
  expectedUpdatedAt?: Date | null;
  now: Date;
}

type SaveDecision =
  | { kind: "done"; result: SaveAnswerResult }
  | { kind: "save"; state: DraftState; question: DraftRow; reopens: boolean; touches: boolean };

/**
 * What saving this answer into this state comes to: nothing to do (locked, unchanged, behind,
 * someone else's newer answer) or a write. Reads only to name the colleague of a conflict.
 */
async function decideSave(
  sql: SqlStatements,
  state: DraftState,
  request: SaveRequest,
): Promise<SaveDecision> {
  const done = (result: SaveAnswerResult): SaveDecision => ({ kind: "done", result });
  if (!isEditable(state.campaign, state, request.now)) return done({ ok: false, reason: "locked" });
  const question = state.question;
  if (!question)
    throw new SubmissionError(
      "unknown-question",
      `the form has no question ${request.questionCode}`,
    );
  const existing =
    question.answerId !== null && question.updatedAt !== null
      ? { ...question, updatedAt: question.updatedAt }
      : null;
  if (existing && existing.value === request.encoded && existing.skipped === request.skipped)
    return done({ ok: true, answer: toStoredAnswer(existing) });

  const seen = request.expectedUpdatedAt;
  const changedSinceSeen =
    existing &&
    seen !== undefined &&
    (seen === null || existing.updatedAt.getTime() !== seen.getTime());
  // The person's own answer changed since they were shown the question: their view of the form
  // is behind (a state write lost in a crash, a second device). Nothing is saved over it.
  if (existing && changedSinceSeen && existing.answeredById === request.personId)
    return done({ ok: false, reason: "stale", current: toStoredAnswer(existing) });
  if (existing && changedSinceSeen) {
    const other = existing.answeredById
      ? await sql.get(`SELECT "id", "fullName" FROM "Person" WHERE "id" = ?`, existing.answeredById)
      : undefined;
    return done({
      ok: false,
      reason: "conflict",
      current: toStoredAnswer(existing),
      by: other ? { personId: Number(other.id), fullName: String(other.fullName) } : undefined,
    });
  }
  const reopens = reopensOnEdit(state.status);
  return {
    kind: "save",
    state,
    question,
    reopens,
    touches: reopens || state.lastTouchedById !== request.personId,
  };
}

function savedAnswer(request: SaveRequest, updatedAt: Date): SaveAnswerResult {
  return {
    ok: true,
    answer: toStoredAnswer({
      value: request.encoded,
      skipped: request.skipped,
      warningReason: null,
      answeredById: request.personId,
      updatedAt,
    }),
  };
}

function savedAudit(request: SaveRequest, decision: Extract<SaveDecision, { kind: "save" }>) {
  return {
    actor: { kind: "person", personId: request.personId },
    action: "answer.saved",
    entityType: "Submission",
    entityId: request.submissionId,
    data: {
      questionCode: request.questionCode,
      skipped: request.skipped,
      ...(decision.reopens ? { statusFrom: decision.state.status } : {}),
    },
  } as const;
}

/**
 * Saves one answer at once (a skipped one as null). Clears the warning reason when the value
 * changes, marks who touched the draft last, and turns a submitted submission back into a draft:
 * the change goes to the coordinator as a new version on the next submit. Returns the answer as
 * stored. It runs on every step of a form, hence prepared statements: on SQLite one transaction
 * holding the submission; on a database server a read and one guarded write (two round trips
 * instead of five), falling back to the transaction when colleagues keep changing the
 * submission in between.
 */
export async function saveAnswer(
  db: Database,
  submissionId: number,
  questionCode: string,
  input: { value: AnswerValue | null; skipped: boolean },
  personId: number,
  options: SaveOptions = {},
): Promise<SaveAnswerResult> {
  const request: SaveRequest = {
    submissionId,
    questionCode,
    encoded: input.skipped ? null : encodeValue(input.value),
    skipped: input.skipped,
    personId,
    expectedUpdatedAt: options.expectedUpdatedAt,
    now: options.now ?? new Date(),
  };
  if (db.sql.dataModifyingWith)
    for (let attempt = 0; attempt < UNLOCKED_ATTEMPTS; attempt++) {
      const decision = await db.sql.read(async (sql) =>
        decideSave(
          sql,
          await readDraftState(sql, submissionId, personId, questionCode, false),
          request,
        ),
      );
      if (decision.kind === "done") return decision.result;
      // The answer's own clock is the real one: conflicts compare these instants.
      const saved = await saveIfUnchanged(db.sql, {
        submissionId,
        personId,
        seen: decision.state,
        questionId: decision.question.questionId,
        answerUpdatedAt: decision.question.answerId === null ? null : decision.question.updatedAt,
        value: request.encoded,
        skipped: request.skipped,
        at: new Date(),
        touch: decision.touches
          ? { status: decision.reopens ? "draft" : decision.state.status }
          : null,
        audit: savedAudit(request, decision),
      });
      if (saved) return savedAnswer(request, saved.updatedAt);
    }
  return db.sql.write(async (sql): Promise<SaveAnswerResult> => {
    // Reading the state holds the submission's row: two people saving into one submission at once
    // go one after the other, on every database.
    const decision = await decideSave(
      sql,
      await readDraftState(sql, submissionId, personId, questionCode),
      request,
    );
    if (decision.kind === "done") return decision.result;
    const saved = await upsertAnswer(sql, {
      submissionId,
      questionId: decision.question.questionId,
      value: request.encoded,
      skipped: request.skipped,
      answeredById: personId,
      at: new Date(),
    });
    if (decision.touches)
      await sql.run(
        `UPDATE "Submission" SET "lastTouchedById" = ?, "status" = ?, "updatedAt" = ? WHERE "id" = ?`,
        personId,
        decision.reopens ? "draft" : decision.state.status,
        saved.updatedAt,
        submissionId,
      );
    await recordAuditNow(sql, savedAudit(request, decision));
    return savedAnswer(request, saved.updatedAt);
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
