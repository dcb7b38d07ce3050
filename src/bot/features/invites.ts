import { Composer } from "grammy";
import { revokeInvite } from "../../db/people/invites.ts";
import { decodeInviteAction, INVITE_CALLBACK } from "../callback-data/invite.ts";
import type { BotContext } from "../context.ts";
import {
  activeSchools,
  coordinatorScope,
  inviteRolesKeyboard,
  issueInvites,
  renderSchoolPage,
} from "../views/invites.ts";

/** Coordinators invite directors, deputies and viewers of their municipality from the chat. */
export const invitesFeature = new Composer<BotContext>();
const feature = invitesFeature.chatType("private");

feature.command("invite", async (ctx) => {
  if (!coordinatorScope(ctx)) return ctx.reply(ctx.t("invite-only-coordinators"));
  await ctx.reply(ctx.t("invite-choose-role"), { reply_markup: inviteRolesKeyboard(ctx) });
});

feature.callbackQuery(INVITE_CALLBACK, async (ctx) => {
  const scope = coordinatorScope(ctx);
  const action = decodeInviteAction(ctx.callbackQuery.data);
  if (!scope || !action) {
    await ctx.answerCallbackQuery({
      text: ctx.t(scope ? "callback-outdated" : "invite-only-coordinators"),
    });
    return;
  }
  await ctx.answerCallbackQuery();
  switch (action.kind) {
    case "r":
    case "p": {
      const view = await renderSchoolPage(
        ctx,
        scope,
        action.role,
        action.kind === "p" ? action.page : 0,
      );
      await ctx
        .editMessageText(view.text, { reply_markup: view.keyboard })
        .catch(ignoreNotModified);
      return;
    }
    case "s":
      return issueInvites(ctx, scope, action.role, [action.schoolId]);
    case "a": {
      const schools = await activeSchools(ctx, scope.municipality.id);
      return issueInvites(
        ctx,
        scope,
        action.role,
        schools.map((school) => school.id),
      );
    }
    case "m":
      return issueInvites(ctx, scope, action.role, "municipality");
    case "x": {
      const invite = await ctx.deps.db.prisma.invite.findFirst({
        where: { id: action.inviteId, municipalityId: scope.municipality.id },
      });
      const personId = ctx.person?.id;
      const revoked =
        invite !== null &&
        personId !== undefined &&
        (await revokeInvite(ctx.deps.db.prisma, invite.id, { kind: "person", personId }));
      await ctx.reply(
        ctx.t(revoked ? "invite-revoked" : "invite-already-closed", { id: action.inviteId }),
      );
      return;
    }
  }
});

/** Pressing the current page's own button again changes nothing; Telegram reports that as an error. */
function ignoreNotModified(error: unknown): void {
  if (error instanceof Error && error.message.includes("message is not modified")) return;
  throw error;
}
