import { Composer } from "grammy";
import {
  CampaignError,
  type CampaignSummary,
  closeCampaign,
  listCampaigns,
  openCampaign,
} from "../../db/campaigns/campaigns.ts";
import type { PersonRole } from "../../db/people/people.ts";
import { isLanguage } from "../../i18n/translator.ts";
import { CAMPAIGN_LIST_CALLBACK, decodeListAction } from "../callback-data/campaign.ts";
import type { BotContext } from "../context.ts";
import { CAMPAIGN_CONVERSATION, type CampaignArgs } from "../conversations/campaign.ts";
import { refusalKey } from "../conversations/campaign-data.ts";
import { roleOf } from "../filters/roles.ts";
import {
  archiveView,
  closeQuestionView,
  completionText,
  formTitle,
  periodTitle,
  replyWithCampaigns,
} from "../views/campaigns.ts";

/** Coordinators run monitoring campaigns: the list, a new one, closing, moving a deadline. */
export const campaignsFeature = new Composer<BotContext>();
const feature = campaignsFeature.chatType("private");

/** `/campaigns` and the menu button: the coordinator's campaigns within their directions. */
export async function showCampaigns(ctx: BotContext): Promise<void> {
  const scope = roleOf(ctx, "coordinator");
  if (!scope) {
    await ctx.reply(ctx.t("campaign-bot-only-coordinators"));
    return;
  }
  const campaigns = await listCampaigns(ctx.deps.db.prisma, scope.municipality.id, {
    directionCodes: scope.directions,
  });
  await replyWithCampaigns(ctx, campaigns);
}

feature.command("campaigns", showCampaigns);

feature.callbackQuery(CAMPAIGN_LIST_CALLBACK, async (ctx) => {
  const scope = roleOf(ctx, "coordinator");
  const action = decodeListAction(ctx.callbackQuery.data);
  if (!scope || !action) {
    await ctx.answerCallbackQuery({
      text: ctx.t(scope ? "callback-outdated" : "campaign-bot-only-coordinators"),
    });
    return;
  }
  await ctx.answerCallbackQuery();
  if (action.kind === "new") return enterWizard(ctx, scope, { mode: "create" });
  if (action.kind === "archive" || action.kind === "archive-page")
    return showArchive(ctx, scope, action.kind === "archive" ? null : action.page);
  if (action.kind === "dismiss") {
    await ctx.editMessageText(ctx.t("campaign-bot-nothing-changed")).catch(() => {});
    return;
  }
  const campaign = await scopedCampaign(ctx, scope, action.campaignId);
  if (!campaign) return void (await ctx.reply(ctx.t("campaign-bot-error-not-found")));
  switch (action.kind) {
    case "deadline":
      if (campaign.status === "closed")
        return void (await ctx.reply(ctx.t("campaign-bot-error-not-open")));
      return enterWizard(ctx, scope, { mode: "move", campaignId: campaign.id });
    case "close": {
      if (campaign.status !== "open")
        return void (await ctx.reply(ctx.t("campaign-bot-error-not-open")));
      const view = closeQuestionView(ctx.t, language(ctx), campaign);
      await ctx.reply(view.text, { reply_markup: view.keyboard });
      return;
    }
    case "close-confirmed":
      return close(ctx, campaign);
    case "open-draft":
      return openDraft(ctx, campaign);
  }
});

function language(ctx: BotContext): "ru" | "en" {
  const chosen = ctx.person?.language;
  return isLanguage(chosen) ? chosen : "ru";
}

async function scopedCampaign(
  ctx: BotContext,
  scope: PersonRole,
  campaignId: number,
): Promise<CampaignSummary | undefined> {
  const campaigns = await listCampaigns(ctx.deps.db.prisma, scope.municipality.id, {
    directionCodes: scope.directions,
  });
  return campaigns.find((campaign) => campaign.id === campaignId);
}

/** The archive opens as a message of its own (`page` null); its arrows turn that message's pages. */
async function showArchive(ctx: BotContext, scope: PersonRole, page: number | null): Promise<void> {
  const closed = await listCampaigns(ctx.deps.db.prisma, scope.municipality.id, {
    status: "closed",
    directionCodes: scope.directions,
  });
  const view = archiveView(ctx.t, language(ctx), closed, page ?? 0);
  if (page === null) await ctx.reply(view.text, { reply_markup: view.keyboard });
  else await ctx.editMessageText(view.text, { reply_markup: view.keyboard }).catch(() => {});
}

async function enterWizard(
  ctx: BotContext,
  scope: PersonRole,
  mode: { mode: "create" } | { mode: "move"; campaignId: number },
): Promise<void> {
  const person = ctx.person;
  if (!person) return;
  const args: CampaignArgs = {
    ...mode,
    personId: person.id,
    municipalityId: scope.municipality.id,
    directions: scope.directions,
    language: language(ctx),
  };
  await ctx.conversation.exitAll();
  await ctx.conversation.enter(CAMPAIGN_CONVERSATION, args);
}

async function close(ctx: BotContext, campaign: CampaignSummary): Promise<void> {
  const person = ctx.person;
  if (!person) return;
  let notified = 0;
  try {
    ({ notified } = await closeCampaign(ctx.deps.db.prisma, campaign.id, {
      kind: "person",
      personId: person.id,
    }));
  } catch (error) {
    if (!(error instanceof CampaignError)) throw error;
    await ctx.reply(ctx.t(refusalKey(error.reason)));
    return;
  }
  ctx.logger.info({ msg: "campaign closed from the bot", campaignId: campaign.id, by: person.id });
  await ctx.editMessageReplyMarkup().catch(() => {});
  await ctx.reply(
    ctx.t("campaign-bot-closed", {
      form: formTitle(language(ctx), { title: campaign.formTitle, titleEn: campaign.formTitleEn }),
      period: periodTitle(ctx.t, campaign.periodCode),
      completion: completionText(ctx.t, campaign.completion),
      notified,
    }),
  );
}

/** A draft (made at the command line, or left by a failed opening) is opened from the list. */
async function openDraft(ctx: BotContext, campaign: CampaignSummary): Promise<void> {
  const person = ctx.person;
  if (!person) return;
  try {
    const opened = await openCampaign(ctx.deps.db.prisma, campaign.id, {
      kind: "person",
      personId: person.id,
    });
    ctx.logger.info({ msg: "campaign opened from the list", campaignId: campaign.id, ...opened });
    await ctx.reply(
      ctx.t("campaign-bot-opened", {
        form: formTitle(language(ctx), {
          title: campaign.formTitle,
          titleEn: campaign.formTitleEn,
        }),
        period: periodTitle(ctx.t, campaign.periodCode),
        schools: campaign.completion.targets,
        notified: opened.notified,
      }),
    );
  } catch (error) {
    if (!(error instanceof CampaignError)) throw error;
    await ctx.reply(ctx.t(refusalKey(error.reason)));
  }
}
