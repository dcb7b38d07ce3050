import type { NextFunction } from "grammy";
import { findPersonByTelegramId, findPersonWithKeyValue } from "../../db/people/people.ts";
import type { BotContext, BotDeps } from "../context.ts";
import { conversationKey } from "../conversations/versioning.ts";

/**
 * Injects dependencies, a per-update logger and the person behind the update. One query, which
 * in a chat also reads the chat's conversation state for the conversations that come next.
 */
export function attachPerson(deps: BotDeps) {
  return async (ctx: BotContext, next: NextFunction) => {
    ctx.deps = deps;
    ctx.logger = deps.logger.child({ updateId: ctx.update.update_id });
    if (!ctx.from) ctx.person = null;
    else if (ctx.chatId === undefined)
      ctx.person = await findPersonByTelegramId(deps.db, BigInt(ctx.from.id));
    else {
      const key = conversationKey(ctx.chatId);
      const read = await findPersonWithKeyValue(deps.db, BigInt(ctx.from.id), key);
      ctx.person = read.person;
      ctx.keyValueRead = { key, value: read.value };
    }
    await next();
  };
}
