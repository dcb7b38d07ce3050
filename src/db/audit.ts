import type { Db } from "./client.ts";
import type { SqlCall, SqlStatements } from "./sql-connection.ts";

/** Who did it: a person in a chat or the mini-app, an administrator at the CLI, or the system. */
export type Actor = { kind: "person"; personId: number } | { kind: "cli" } | { kind: "system" };

export interface AuditEntry {
  actor: Actor;
  /** Dotted verb, e.g. `invite.created`, `role.granted`, `submission.submitted`. */
  action: string;
  entityType: string;
  entityId: string | number;
  /** Identifiers and small facts only: never answers, message texts or secrets. */
  data?: Record<string, unknown>;
}

const AUDIT_COLUMNS = `"AuditEvent" ("at", "actorId", "actorKind", "action", "entityType", "entityId", "data")`;
const INSERT_AUDIT = `INSERT INTO ${AUDIT_COLUMNS} VALUES (?, ?, ?, ?, ?, ?, ?)`;

function auditValues(entry: AuditEntry) {
  const actorId = entry.actor.kind === "person" ? entry.actor.personId : null;
  const data = JSON.stringify(entry.data ?? {}, (_key, value) =>
    typeof value === "bigint" ? value.toString() : value,
  );
  return [
    new Date(),
    actorId,
    entry.actor.kind,
    entry.action,
    entry.entityType,
    String(entry.entityId),
    data,
  ] as const;
}

/**
 * Records who changed what and when. Call inside the same transaction as the change.
 */
export async function recordAudit(db: Db, entry: AuditEntry): Promise<void> {
  const [at, actorId, actorKind, action, entityType, entityId, data] = auditValues(entry);
  await db.auditEvent.create({
    data: { at, actorId, actorKind, action, entityType, entityId, data },
  });
}

/**
 * The record as one write of a larger statement (sql-connection.ts, `dataModifyingWith`): made
 * once per row of `source`, a WITH of that statement, so only if the change it reports was made.
 */
export function auditFrom(source: string, entry: AuditEntry): SqlCall {
  if (!/^"[A-Za-z]+"$/.test(source)) throw new Error(`not a quoted WITH name: ${source}`);
  return {
    sql: `INSERT INTO ${AUDIT_COLUMNS} SELECT ?, ?, ?, ?, ?, ?, ? FROM ${source}`,
    params: [...auditValues(entry)],
  };
}

/** The same record inside a direct (non-Prisma) transaction, see sql-connection.ts. */
export async function recordAuditNow(sql: SqlStatements, entry: AuditEntry): Promise<void> {
  await sql.run(INSERT_AUDIT, ...auditValues(entry));
}
