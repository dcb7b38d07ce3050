import type { Db } from "./client.ts";
import type { Prisma } from "./generated/client.ts";

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

type AuditWriter = Pick<Db, "auditEvent"> | Prisma.TransactionClient;

/** Records who changed what and when. Call inside the same transaction as the change. */
export async function recordAudit(db: AuditWriter, entry: AuditEntry): Promise<void> {
  await db.auditEvent.create({
    data: {
      actorKind: entry.actor.kind,
      actorId: entry.actor.kind === "person" ? entry.actor.personId : null,
      action: entry.action,
      entityType: entry.entityType,
      entityId: String(entry.entityId),
      data: JSON.stringify(entry.data ?? {}, (_key, value) =>
        typeof value === "bigint" ? value.toString() : value,
      ),
    },
  });
}
