import { describeRoles } from "../texts.ts";
import type { ViewContext } from "./view-context.ts";

/**
 * The person's name, language and roles; `directionLabel` names the directions their roles are
 * limited to, in their language (from `directionLabeller` in src/db/catalog/directions.ts).
 */
export async function replyWithProfile(
  ctx: ViewContext,
  directionLabel: (code: string) => string,
): Promise<void> {
  const person = ctx.person;
  if (!person) return;
  await ctx.reply(
    ctx.t("profile-text", {
      name: person.fullName,
      language: ctx.t(`language-name-${person.language}`),
      roles: describeRoles(ctx.t, person.roles, directionLabel),
    }),
  );
}
