import type { Middleware } from "grammy";
import type { Logger } from "../../logger.ts";
import type { BotContext } from "../context.ts";

/**
 * Keeps track of the updates a webhook instance is handling. grammY's webhook callback answers
 * Telegram after `answerMs` even if the update is still busy; the update then finishes in the
 * background, where nothing awaits it. So an error after that point is logged here instead of
 * becoming an unhandled rejection (which would end the process), and `settled()` lets a shutdown
 * wait for such updates before the database closes. An earlier error still reaches grammY, which
 * answers 500 so that Telegram delivers the update again.
 */
export function webhookUpdates(logger: Logger, answerMs: number) {
  const running = new Set<Promise<void>>();
  // grammY's timer starts a moment before this middleware runs: an error this close to the
  // answer is treated as late, so it never races the timer into an unhandled rejection.
  const lateAfterMs = answerMs - Math.min(250, answerMs / 2);
  const middleware: Middleware<BotContext> = async (ctx, next) => {
    const started = performance.now();
    const work = next();
    running.add(work);
    try {
      await work;
    } catch (error) {
      if (performance.now() - started < lateAfterMs) throw error;
      logger.error({
        msg: "update failed after the webhook call was answered",
        updateId: ctx.update.update_id,
        err: error,
      });
    } finally {
      running.delete(work);
    }
  };
  return {
    middleware,
    /** Resolves once every update being handled now has ended, however it ended. */
    async settled(): Promise<void> {
      await Promise.allSettled([...running]);
    },
  };
}
