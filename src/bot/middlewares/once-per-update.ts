import type { NextFunction } from "grammy";
import { claimUpdate, releaseUpdate } from "../../db/updates/processed-updates.ts";
import type { BotContext, BotDeps } from "../context.ts";

/**
 * Lets each update have its effects once. Telegram delivers an update again when a webhook call
 * timed out or failed, and long polling after a crash re-reads updates whose offset was never
 * confirmed; without this a typed answer would be saved twice and an invite redeemed twice.
 *
 * The update is claimed before any handler runs, atomically, so two deliveries arriving at once
 * cannot both pass. If handling throws (it got past the features' error boundary: the database
 * is down, say), the claim is given back so Telegram's next delivery is handled. A process killed
 * in the middle of an update keeps its claim, so that update is not retried: the person sees no
 * answer and writes again, which is better than an answer saved twice without anyone noticing.
 */
export function oncePerUpdate(
  deps: Pick<BotDeps, "db" | "logger">,
  now: () => Date = () => new Date(),
) {
  return async (ctx: BotContext, next: NextFunction) => {
    const botId = ctx.me.id;
    const updateId = ctx.update.update_id;
    const chatId = ctx.chat?.id ?? ctx.from?.id ?? null;
    if (!(await claimUpdate(deps.db.sql, botId, updateId, chatId, now()))) {
      deps.logger.info({ msg: "update delivered again: already handled", updateId });
      return;
    }
    deps.logger.debug({ msg: "update taken", updateId });
    try {
      await next();
    } catch (error) {
      await releaseUpdate(deps.db.sql, botId, updateId).catch((releaseError) =>
        deps.logger.error({
          msg: "could not release a failed update",
          updateId,
          err: releaseError,
        }),
      );
      throw error;
    }
  };
}
