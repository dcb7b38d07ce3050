import { Composer } from "grammy";
import type { BotContext } from "../context.ts";

/**
 * The bot works in private chats only: answers and reports are personal. In groups it answers
 * only its own commands, with a hint, and stays silent otherwise.
 */
export const groupChatsFeature = new Composer<BotContext>();
const groups = groupChatsFeature.chatType(["group", "supergroup", "channel"]);

groups.command(["start", "help", "menu", "lang", "invite"], (ctx) =>
  ctx.reply(ctx.t("group-hint", { username: ctx.me.username })),
);
groups.use(() => {});
