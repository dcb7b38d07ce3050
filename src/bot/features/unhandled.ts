import { Composer } from "grammy";
import { isOldButton } from "../callback-data/formats.ts";
import type { BotContext } from "../context.ts";

/** Last in line: anything no feature took gets a hint instead of silence. */
export const unhandledFeature = new Composer<BotContext>();
const feature = unhandledFeature.chatType("private");

// A button of an older release (another format version) says so; any other stray one is outdated.
feature.on("callback_query", (ctx) =>
  ctx.answerCallbackQuery({
    text: ctx.t(isOldButton(ctx.callbackQuery.data) ? "callback-old-version" : "callback-outdated"),
  }),
);
feature.on("message", (ctx) =>
  ctx.reply(
    ctx.t(ctx.person && ctx.person.roles.length > 0 ? "unhandled-known" : "unhandled-stranger"),
  ),
);
