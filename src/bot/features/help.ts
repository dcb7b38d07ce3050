import { Composer } from "grammy";
import type { BotContext } from "../context.ts";

/** /help explains what this person can do here, role by role. */
export const helpFeature = new Composer<BotContext>();

helpFeature.chatType("private").command("help", async (ctx) => {
  const person = ctx.person;
  if (!person || person.roles.length === 0) return ctx.reply(ctx.t("help-stranger"));
  const roles = [...new Set(person.roles.map((role) => role.role))];
  await ctx.reply(
    [ctx.t("help-common"), ...roles.map((role) => ctx.t(`help-${role}`))].join("\n\n"),
  );
});
