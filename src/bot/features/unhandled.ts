import { Composer } from "grammy";
import type { BotContext } from "../context.ts";

/** Last in line: anything no feature took gets a hint instead of silence. */
export const unhandledFeature = new Composer<BotContext>();
const feature = unhandledFeature.chatType("private");

feature.on("callback_query", (ctx) =>
  ctx.answerCallbackQuery({ text: ctx.t("callback-outdated") }),
);
feature.on("message", (ctx) =>
  ctx.reply(
    ctx.t(ctx.person && ctx.person.roles.length > 0 ? "unhandled-known" : "unhandled-stranger"),
  ),
);
