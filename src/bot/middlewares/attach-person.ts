import type { NextFunction } from "grammy";
import { findPersonByTelegramId } from "../../db/people/people.ts";
import type { BotContext, BotDeps } from "../context.ts";

/** Injects dependencies, a per-update logger and the person behind the update. One query. */
export function attachPerson(deps: BotDeps) {
  return async (ctx: BotContext, next: NextFunction) => {
    ctx.deps = deps;
    ctx.logger = deps.logger.child({ updateId: ctx.update.update_id });
    ctx.person = ctx.from ? await findPersonByTelegramId(deps.db, BigInt(ctx.from.id)) : null;
    await next();
  };
}
