import type { BotContext } from "../context.ts";
import { describeRoles } from "../texts.ts";

export async function replyWithProfile(ctx: BotContext): Promise<void> {
  const person = ctx.person;
  if (!person) return;
  await ctx.reply(
    ctx.t("profile-text", {
      name: person.fullName,
      language: ctx.t(`language-name-${person.language}`),
      roles: describeRoles(ctx.t, person.roles),
    }),
  );
}
