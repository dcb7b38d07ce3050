import type { Database } from "../db/client.ts";
import { CONVERSATION_KEY_PREFIX, deleteKeysUntouchedSince } from "../db/key-value.ts";
import { deleteExpiredChatLeases } from "../db/updates/chat-turns.ts";
import {
  deleteProcessedUpdates,
  PROCESSED_UPDATE_RETENTION_MS,
} from "../db/updates/processed-updates.ts";
import type { Logger } from "../logger.ts";
import { startPeriodic } from "./periodic.ts";

/**
 * A guided conversation nobody touched for 30 days is abandoned: its answers are in their own
 * tables already, and the form reopens from /tasks at the first unanswered question.
 */
export const CONVERSATION_RETENTION_MS = 30 * 24 * 60 * 60 * 1000;

export interface CleanupDeps {
  db: Database;
  logger: Logger;
  instanceId: string;
  /** How often to clean up (default an hour: both windows are days long). */
  intervalMs?: number;
  now?: () => Date;
}

/** Deletes records of handled updates past their window and abandoned conversation states. */
export async function cleanUp(db: Database, now: Date) {
  const updates = await deleteProcessedUpdates(
    db.prisma,
    new Date(now.getTime() - PROCESSED_UPDATE_RETENTION_MS),
  );
  const conversations = await deleteKeysUntouchedSince(
    db.prisma,
    CONVERSATION_KEY_PREFIX,
    new Date(now.getTime() - CONVERSATION_RETENTION_MS),
  );
  // A lease is deleted when its update ends; one still here expired with an instance that died.
  await deleteExpiredChatLeases(db.sql, now);
  return { updates, conversations };
}

export function startCleanup(deps: CleanupDeps): { stop(): Promise<void> } {
  return startPeriodic(
    deps.intervalMs ?? 60 * 60_000,
    async () => {
      try {
        const removed = await cleanUp(deps.db, deps.now?.() ?? new Date());
        if (removed.updates > 0 || removed.conversations > 0)
          deps.logger.info({ msg: "old records cleaned up", ...removed });
      } catch (error) {
        deps.logger.error({ msg: "cleanup failed", err: error });
      }
    },
    { ...deps, name: "cleanup" },
  );
}
