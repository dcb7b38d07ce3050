import { isEditable } from "../../domain/submission-status.ts";
import type { Database } from "../client.ts";
import { fromSqlBoolean, fromSqlDate } from "../sql-connection.ts";
import { toStoredAnswer } from "./answer-codec.ts";
import type { PlainAnswer } from "./form-session.ts";

/** Where a submission stands, read on every step of the guided form. */
export interface FormProgress {
  formId: number;
  /** Names the cached form definition the questions come from. */
  formVersion: number;
  status: string;
  editable: boolean;
  /** Everyone's answers so far, by question code; retired questions are left out. */
  answers: Record<string, PlainAnswer>;
}

/**
 * One prepared statement (standard SQL): the guided form re-reads its answers on every step so
 * that the conversation's state holds only the current question, and a colleague's answers show
 * up as soon as they are saved. Each row carries the submission's head beside one answer (a
 * single row of nulls when there is none yet).
 */
export async function readFormProgress(
  db: Database,
  submissionId: number,
  now = new Date(),
): Promise<FormProgress | null> {
  return db.sql.read(async (sql) => {
    const rows = await sql.all(
      `SELECT s."status", s."reopenedUntil", c."status" AS "campaignStatus", c."formId", f."version",
              q."code", a."value", a."skipped", a."warningReason", a."answeredById", a."updatedAt"
       FROM "Submission" s
       JOIN "Campaign" c ON c."id" = s."campaignId"
       JOIN "Form" f ON f."id" = c."formId"
       LEFT JOIN "Answer" a ON a."submissionId" = s."id"
       LEFT JOIN "FormQuestion" q ON q."id" = a."questionId" AND q."retiredAt" IS NULL
       WHERE s."id" = ?`,
      submissionId,
    );
    const head = rows[0];
    if (!head) return null;
    const answers: Record<string, PlainAnswer> = {};
    for (const row of rows) {
      // No answer yet, or an answer to a retired question (not part of the form any more).
      if (row.code === null || row.code === undefined) continue;
      const answer = toStoredAnswer({
        value: row.value === null ? null : String(row.value),
        skipped: fromSqlBoolean(row.skipped),
        warningReason: row.warningReason === null ? null : String(row.warningReason),
        answeredById: row.answeredById === null ? null : Number(row.answeredById),
        updatedAt: fromSqlDate(row.updatedAt) ?? new Date(0),
      });
      answers[String(row.code)] = { ...answer, updatedAt: answer.updatedAt.toISOString() };
    }
    const status = String(head.status);
    return {
      formId: Number(head.formId),
      formVersion: Number(head.version),
      status,
      editable: isEditable(
        { status: String(head.campaignStatus) },
        { status, reopenedUntil: fromSqlDate(head.reopenedUntil) },
        now,
      ),
      answers,
    };
  });
}
