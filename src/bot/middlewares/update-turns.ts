import type { NextFunction } from "grammy";
import { createKeyedMutex, type SqlCall } from "../../db/sql-connection.ts";
import {
  endTurn,
  giveBackUpdate,
  renewTurn,
  TURN_LEASE_MS,
  takeTurn,
  takeUpdate,
  takeUpdateAndTurn,
  turnTimes,
  type UpdateInChat,
} from "../../db/updates/chat-turns.ts";
import type { BotContext, BotDeps } from "../context.ts";

/** Longest pause between two tries for a chat's turn held on another instance. */
const MAX_PAUSE_MS = 100;

const pause = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Each update has its effects once, and a chat's updates run one at a time in Telegram's order —
 * also when several instances behind a load balancer receive them at once.
 *
 * Once: Telegram delivers an update again when a webhook call timed out or failed, and long
 * polling after a crash re-reads updates whose offset was never confirmed; without this a typed
 * answer would be saved twice and an invite redeemed twice. The update is taken (recorded)
 * before any handler runs, atomically, so two deliveries arriving at once cannot both pass. If
 * handling throws (past the features' error boundary: the database is down, say) it is given
 * back, so Telegram's next delivery is handled. A process killed mid-update keeps it taken: the
 * person sees no answer and writes again, which beats an answer saved twice unnoticed.
 *
 * One chat at a time: the update takes its chat's turn (a lease in the database, see
 * chat-turns.ts) in the same statement that takes the update, and gives it back in the statement
 * that marks it handled. In this process a chat's updates queue in memory, so only one of them
 * asks the database; one that finds the turn held on another instance, or an earlier update of
 * its chat still unhandled there, tries again after a short pause.
 */
export function updateTurns(
  deps: Pick<BotDeps, "db" | "logger">,
  now: () => Date = () => new Date(),
) {
  const sql = deps.db.sql;
  const inProcess = createKeyedMutex();

  const duplicate = (updateId: number) =>
    deps.logger.info({ msg: "update delivered again: already handled", updateId });
  const taken = (updateId: number) => deps.logger.debug({ msg: "update taken", updateId });

  /** Runs the handlers; a failure gives the update (and the turn) back before it goes on up. */
  const handle = async (
    update: { botId: number; updateId: number; chatId: number | null },
    next: NextFunction,
  ) => {
    try {
      await next();
    } catch (error) {
      await giveBackUpdate(sql, update).catch((releaseError) =>
        deps.logger.error({
          msg: "could not release a failed update",
          updateId: update.updateId,
          err: releaseError,
        }),
      );
      throw error;
    }
  };

  const waitForTurn = async (update: UpdateInChat) => {
    for (let attempt = 0; !(await takeTurn(sql, update, turnTimes(now()))); attempt++)
      await pause(Math.min(MAX_PAUSE_MS, 2 ** attempt));
  };

  /**
   * Holds the turn while the handlers run (renewing it if they are slow), then ends it, together
   * with the update's last writes (the conversation's state).
   */
  const takeTheTurn = async (ctx: BotContext, update: UpdateInChat, next: NextFunction) => {
    const writes = new Map<string, SqlCall>();
    ctx.writesAtTurnEnd = writes;
    const renewal = setInterval(() => {
      renewTurn(sql, update, turnTimes(now()).until).catch((error: unknown) =>
        deps.logger.error({ msg: "could not renew a chat's turn", err: error }),
      );
    }, TURN_LEASE_MS / 3);
    renewal.unref();
    try {
      await handle(update, next);
    } finally {
      clearInterval(renewal);
    }
    // The update's effects are made: a failure here must not hand it to Telegram again. The
    // turn then expires, and the update counts as abandoned, after TURN_LEASE_MS.
    await endTurn(sql, update, now(), [...writes.values()]).catch((error: unknown) =>
      deps.logger.error({
        msg: "could not end a chat's turn",
        updateId: update.updateId,
        err: error,
      }),
    );
  };

  return async (ctx: BotContext, next: NextFunction) => {
    const botId = ctx.me.id;
    const updateId = ctx.update.update_id;
    const chatId = ctx.chat?.id ?? ctx.from?.id;
    if (chatId === undefined) {
      const update = { botId, updateId, chatId: null };
      if (!(await takeUpdate(sql, update, now()))) return duplicate(updateId);
      taken(updateId);
      return handle(update, next);
    }
    const update: UpdateInChat = { botId, updateId, chatId };
    const key = `${botId}:${chatId}`;
    if (!inProcess.busy(key))
      // The usual case: nothing of this chat runs here, so the update and its turn are taken in
      // one statement.
      return inProcess(key, async () => {
        const outcome = await takeUpdateAndTurn(sql, update, turnTimes(now()));
        if (outcome === "duplicate") return duplicate(updateId);
        taken(updateId);
        if (outcome === "wait") await waitOrGiveBack(update);
        await takeTheTurn(ctx, update, next);
      });
    // Another update of the chat runs here: this one is recorded as taken at once, so that other
    // instances see it waiting and let it go before later updates of the chat.
    if (!(await takeUpdate(sql, update, now()))) return duplicate(updateId);
    taken(updateId);
    return inProcess(key, async () => {
      await waitOrGiveBack(update);
      await takeTheTurn(ctx, update, next);
    });
  };

  /** Waits for the turn; if even that fails (the database is gone), the update is given back. */
  async function waitOrGiveBack(update: UpdateInChat) {
    try {
      await waitForTurn(update);
    } catch (error) {
      await giveBackUpdate(sql, update).catch(() => {});
      throw error;
    }
  }
}
