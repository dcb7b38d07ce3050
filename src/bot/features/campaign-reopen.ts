import { Composer, InlineKeyboard } from "grammy";
import { campaignWithTargets } from "../../db/campaigns/campaigns.ts";
import { ReviewError, reopenForSchool } from "../../db/reviews/reviews.ts";
import { naturalOrder } from "../../domain/school-order.ts";
import { CAMPAIGN_REOPEN_CALLBACK, encodeReopenButton } from "../callback-data/campaign.ts";
import type { BotContext } from "../context.ts";
import { isCoordinator } from "../filters/roles.ts";
import { formatLocalDateTime } from "../format.ts";

/** How long a school may correct its report after a coordinator reopens a closed campaign for it. */
const REOPEN_DAYS = 3;

/**
 * The exception after a campaign closed: a coordinator lets one school correct its report for a
 * few days. Its buttons first list the campaign's schools, then reopen for one (./callback-data).
 */
export const campaignReopenFeature = new Composer<BotContext>();
const feature = campaignReopenFeature.chatType("private");

feature.callbackQuery(CAMPAIGN_REOPEN_CALLBACK, async (ctx) => {
  const person = ctx.person;
  if (!person || !isCoordinator(ctx)) {
    await ctx.answerCallbackQuery({ text: ctx.t("review-only-coordinators") });
    return;
  }
  await ctx.answerCallbackQuery();
  const campaignId = Number(ctx.match[1]);
  const prisma = ctx.deps.db.prisma;
  const campaign = await campaignWithTargets(prisma, campaignId);
  if (!campaign) {
    await ctx.reply(ctx.t("campaign-reopen-not-found"));
    return;
  }
  if (
    !person.roles.some(
      (role) => role.role === "coordinator" && role.municipality.id === campaign.municipalityId,
    )
  ) {
    await ctx.reply(ctx.t("campaign-reopen-out-of-scope"));
    return;
  }
  if (!ctx.match[2]) {
    const keyboard = new InlineKeyboard();
    const schools = naturalOrder(campaign.targets.map((target) => target.school));
    for (const school of schools)
      keyboard
        .text(school.shortName ?? school.name, encodeReopenButton(campaign.id, school.id))
        .row();
    await ctx.reply(ctx.t("campaign-reopen-choose", { days: REOPEN_DAYS }), {
      reply_markup: keyboard,
    });
    return;
  }
  const schoolId = Number(ctx.match[2]);
  const until = new Date(Date.now() + REOPEN_DAYS * 86_400_000);
  try {
    const { notified } = await reopenForSchool(prisma, campaignId, schoolId, person.id, until);
    const school = campaign.targets.find((target) => target.schoolId === schoolId)?.school;
    await ctx.reply(
      ctx.t("campaign-reopen-done", {
        school: school?.shortName ?? school?.name ?? "",
        until: formatLocalDateTime(until, campaign.municipality.timezone, person.language),
        notified,
      }),
    );
  } catch (error) {
    if (!(error instanceof ReviewError)) throw error;
    // The one reason that holds: another direction's campaign, or a school it does not ask.
    await ctx.reply(
      ctx.t(
        error.reason === "not-target"
          ? "campaign-reopen-not-target"
          : "campaign-reopen-out-of-scope",
      ),
    );
  }
});
