import { directionLabeller } from "../../db/catalog/directions.ts";
import type { BotContext } from "../context.ts";
import { describeRoles } from "../texts.ts";

export async function replyWithProfile(ctx: BotContext): Promise<void> {
  const person = ctx.person;
  if (!person) return;
  await ctx.reply(
    ctx.t("profile-text", {
      name: person.fullName,
      language: ctx.t(`language-name-${person.language}`),
      roles: describeRoles(ctx.t, person.roles, await directionsOf(ctx)),
    }),
  );
}

/** Labels for the directions the person's roles are limited to, in their language. */
export function directionsOf(ctx: BotContext): Promise<(code: string) => string> {
  const codes = ctx.person?.roles.flatMap((role) => role.directions) ?? [];
  return directionLabeller(ctx.deps.db.prisma, codes, ctx.person?.language ?? "ru");
}
