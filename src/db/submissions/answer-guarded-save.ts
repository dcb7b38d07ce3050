import { type AuditEntry, auditFrom } from "../audit.ts";
import { fromSqlDate, type SqlConnection } from "../sql-connection.ts";
import type { DraftState } from "./draft-state.ts";

/**
 * Saving an answer on a database server in one statement, one round trip (see
 * `SqlConnection.dataModifyingWith`): the state the save was decided on was read before, without
 * a lock, and the statement writes only if that state still holds — the submission's status,
 * reopening and last editor, the campaign's status, the person's place at the school, and the
 * answer as it was read. It holds the submission's row while it writes, as the transaction it
 * replaces did. Null when the state changed in between: the caller reads again and decides anew.
 */
export interface GuardedSave {
  submissionId: number;
  personId: number;
  /** What the decision was made on. */
  seen: DraftState;
  questionId: number;
  /** The answer's change time as read; null when there was none. */
  answerUpdatedAt: Date | null;
  value: string | null;
  skipped: boolean;
  at: Date;
  /** The submission's new status and last editor, when either changes. */
  touch: { status: string } | null;
  audit: AuditEntry;
}

export async function saveIfUnchanged(
  sql: SqlConnection,
  save: GuardedSave,
): Promise<{ updatedAt: Date } | null> {
  const audit = auditFrom(`"saved"`, save.audit);
  const touch = save.touch
    ? {
        sql: `, "touched" AS (UPDATE "Submission" SET "lastTouchedById" = ?, "status" = ?, "updatedAt" = ?
            WHERE "id" = ? AND EXISTS (SELECT 1 FROM "saved"))`,
        params: [save.personId, save.touch.status, save.at, save.submissionId],
      }
    : { sql: "", params: [] };
  const row = await sql.autocommit((s) =>
    s.get(
      `WITH "held" AS (
        SELECT s."id" FROM "Submission" s JOIN "Campaign" c ON c."id" = s."campaignId"
        WHERE s."id" = ? AND s."status" = ? AND s."reopenedUntil" IS NOT DISTINCT FROM ?
          AND s."lastTouchedById" IS NOT DISTINCT FROM ? AND c."status" = ?
          AND EXISTS (SELECT 1 FROM "RoleAssignment" r WHERE r."schoolId" = s."schoolId"
            AND r."personId" = ? AND r."role" IN ('deputy', 'director') AND r."revokedAt" IS NULL)
        FOR UPDATE OF s
      ), "saved" AS (
        INSERT INTO "Answer" ("submissionId", "questionId", "value", "skipped", "answeredById", "updatedAt")
        SELECT "id", ?, ?, ?, ?, ? FROM "held"
        ON CONFLICT ("submissionId", "questionId") DO UPDATE SET "value" = excluded."value",
          "skipped" = excluded."skipped", "answeredById" = excluded."answeredById",
          "updatedAt" = excluded."updatedAt", "warningReason" = NULL
        WHERE "Answer"."updatedAt" IS NOT DISTINCT FROM ?
        RETURNING "updatedAt"
      )${touch.sql}, "audited" AS (${audit.sql})
      SELECT "updatedAt" FROM "saved"`,
      save.submissionId,
      save.seen.status,
      save.seen.reopenedUntil,
      save.seen.lastTouchedById,
      save.seen.campaign.status,
      save.personId,
      save.questionId,
      save.value,
      save.skipped,
      save.personId,
      save.at,
      save.answerUpdatedAt,
      ...touch.params,
      ...audit.params,
    ),
  );
  if (!row) return null;
  return { updatedAt: fromSqlDate(row.updatedAt) ?? save.at };
}
