import type { NextFunction } from "grammy";
import {
  chatLockKey,
  earlierUpdatePending,
  markUpdateHandled,
} from "../../db/updates/processed-updates.ts";
import type { BotContext, BotDeps } from "../context.ts";

/**
 * An earlier update of the chat taken longer ago than this is treated as lost with an instance
 * that died: later updates of the chat stop waiting for it.
 */
export const ABANDONED_UPDATE_MS = 30_000;

/** Longest pause between two looks for an earlier update of the chat still being handled. */
const MAX_PAUSE_MS = 100;

const pause = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Handles the updates of one chat one at a time and in the order Telegram numbered them, also
 * when several instances behind a load balancer receive them at once: a lock in the database
 * (per chat) keeps two updates of a conversation from interleaving, and an update holding the
 * lock while an earlier update of its chat is still unhandled on another instance steps back
 * and lets that one go first. Comes after {@link oncePerUpdate}, which records the updates taken.
 */
export function oneChatAtATime(deps: Pick<BotDeps, "db">, now: () => Date = () => new Date()) {
  return async (ctx: BotContext, next: NextFunction) => {
    const chatId = ctx.chat?.id ?? ctx.from?.id;
    if (chatId === undefined) return next();
    const botId = ctx.me.id;
    const updateId = ctx.update.update_id;
    for (let attempt = 0; ; attempt++) {
      const handled = await deps.db.sql.withLock(
        chatLockKey(botId, chatId),
        async () => {
          const since = new Date(now().getTime() - ABANDONED_UPDATE_MS);
          if (await earlierUpdatePending(deps.db.sql, botId, chatId, updateId, since)) return false;
          await next();
          return true;
        },
        // Marked handled as the lock is released, in the same statement on PostgreSQL.
        (done) => (done ? markUpdateHandled(botId, updateId, now()) : undefined),
      );
      if (handled) return;
      // The earlier update is on its way to this lock on another instance: give it the turn.
      await pause(Math.min(MAX_PAUSE_MS, 2 ** attempt));
    }
  };
}
