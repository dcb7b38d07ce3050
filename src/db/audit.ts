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

type AuditWriter = Db | Prisma.TransactionClient;

/**
 * Records who changed what and when. Call inside the same transaction as the change. Plain SQL
 * (portable): it runs with every saved answer, where Prisma's query building would cost more than
 * the insert.
 */
export async function recordAudit(db: AuditWriter, entry: AuditEntry): Promise<void> {
  const actorId = entry.actor.kind === "person" ? entry.actor.personId : null;
  const data = JSON.stringify(entry.data ?? {}, (_key, value) =>
    typeof value === "bigint" ? value.toString() : value,
  );
  await db.$executeRaw`
    INSERT INTO "AuditEvent" ("at", "actorId", "actorKind", "action", "entityType", "entityId", "data")
    VALUES (${new Date()}, ${actorId}, ${entry.actor.kind}, ${entry.action}, ${entry.entityType}, ${String(entry.entityId)}, ${data})`;
}
