import { fromSqlBoolean, fromSqlDate, type SqlStatements } from "../sql-connection.ts";
import { SubmissionError } from "./submission-access.ts";

/**
 * What saving one answer needs, read with one prepared statement inside the save's transaction:
 * this is the hot path of the guided form, where Prisma's query building costs many times the
 * query (MACHINE-FACTS, Prisma). Standard SQL with quoted identifiers, so it reads the same on
 * PostgreSQL.
 */

export interface DraftRow {
  questionId: number;
  code: string;
  answerId: number | null;
  value: string | null;
  skipped: boolean;
  warningReason: string | null;
  answeredById: number | null;
  updatedAt: Date | null;
}

export interface DraftState {
  status: string;
  reopenedUntil: Date | null;
  lastTouchedById: number | null;
  campaign: { status: string };
  /** The question being answered with this submission's answer, if any; null when the form has no such live question. */
  question: DraftRow | null;
}

const asDate = fromSqlDate;
const asNumber = (value: unknown): number | null =>
  value === null || value === undefined ? null : Number(value);

export async function readDraftState(
  sql: SqlStatements,
  submissionId: number,
  personId: number,
  questionCode: string,
  hold = true,
): Promise<DraftState> {
  // One statement: the submission, its campaign, whether the person may answer, and the question
  // being answered with its current answer (absent when the form has no such live question).
  // Inside a write it also holds the submission's row (unless `hold` is false), so two people
  // saving into one submission go one after the other on every database.
  const head = await sql.get(
    `SELECT s."status", s."reopenedUntil", s."lastTouchedById", c."status" AS "campaignStatus",
      EXISTS (SELECT 1 FROM "RoleAssignment" r WHERE r."schoolId" = s."schoolId"
        AND r."personId" = ? AND r."role" IN ('deputy', 'director')
        AND r."revokedAt" IS NULL) AS "member",
      q."id" AS "questionId", q."code", a."id" AS "answerId", a."value", a."skipped",
      a."warningReason", a."answeredById", a."updatedAt"
    FROM "Submission" s
    JOIN "Campaign" c ON c."id" = s."campaignId"
    LEFT JOIN "FormQuestion" q ON q."formId" = c."formId" AND q."code" = ? AND q."retiredAt" IS NULL
    LEFT JOIN "Answer" a ON a."questionId" = q."id" AND a."submissionId" = s."id"
    WHERE s."id" = ?${hold ? sql.forUpdateOf("s") : ""}`,
    personId,
    questionCode,
    submissionId,
  );
  if (!head) throw new SubmissionError("not-found", `submission ${submissionId} does not exist`);
  if (!fromSqlBoolean(head.member))
    throw new SubmissionError(
      "forbidden",
      `person ${personId} is neither deputy nor director of the school of submission ${submissionId}`,
    );
  const row = head.questionId === null || head.questionId === undefined ? undefined : head;
  return {
    status: String(head.status),
    reopenedUntil: asDate(head.reopenedUntil),
    lastTouchedById: asNumber(head.lastTouchedById),
    campaign: { status: String(head.campaignStatus) },
    question: row
      ? {
          questionId: Number(row.questionId),
          code: String(row.code),
          answerId: asNumber(row.answerId),
          value: row.value === null || row.value === undefined ? null : String(row.value),
          skipped: fromSqlBoolean(row.skipped),
          warningReason:
            row.warningReason === null || row.warningReason === undefined
              ? null
              : String(row.warningReason),
          answeredById: asNumber(row.answeredById),
          updatedAt: asDate(row.updatedAt),
        }
      : null,
  };
}

/**
 * Inserts or replaces one answer in a single statement (standard `ON CONFLICT … RETURNING`),
 * clearing its warning reason; returns the row's id and change time.
 */
export async function upsertAnswer(
  sql: SqlStatements,
  answer: {
    submissionId: number;
    questionId: number;
    value: string | null;
    skipped: boolean;
    answeredById: number;
    at: Date;
  },
): Promise<{ id: number; updatedAt: Date }> {
  const row = await sql.get(
    `INSERT INTO "Answer" ("submissionId", "questionId", "value", "skipped", "answeredById", "updatedAt")
    VALUES (?, ?, ?, ?, ?, ?)
    ON CONFLICT ("submissionId", "questionId") DO UPDATE SET "value" = excluded."value",
      "skipped" = excluded."skipped", "answeredById" = excluded."answeredById",
      "updatedAt" = excluded."updatedAt", "warningReason" = NULL
    RETURNING "id", "updatedAt"`,
    answer.submissionId,
    answer.questionId,
    answer.value,
    answer.skipped,
    answer.answeredById,
    answer.at,
  );
  if (!row) throw new Error("saving the answer returned no row");
  return { id: Number(row.id), updatedAt: asDate(row.updatedAt) ?? answer.at };
}
