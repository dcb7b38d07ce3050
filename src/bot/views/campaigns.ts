import { InlineKeyboard } from "grammy";
import type { CampaignSummary, Completion } from "../../db/campaigns/campaigns.ts";
import {
  closedAtOf,
  isRecentlyClosed,
  RECENTLY_CLOSED_DAYS,
} from "../../domain/campaign-status.ts";
import { periodTitle } from "../../domain/periods.ts";
import { isLanguage } from "../../i18n/translator.ts";
import { encodeListAction, encodeReopenButton } from "../callback-data/campaign.ts";
import { formatLocalDateTime } from "../format.ts";
import { chunkLines } from "../texts.ts";
import type { ViewContext } from "./view-context.ts";

export type T = (key: string, params?: Record<string, string | number>) => string;
export type Language = "ru" | "en";

/** Closed campaigns per page of the archive. */
const ARCHIVE_PAGE = 5;

/** Re-exported for the views that import it from here; it lives in src/domain/periods.ts. */
export { periodTitle };

export function formTitle(language: Language, form: { title: string; titleEn: string }): string {
  return language === "en" ? form.titleEn : form.title;
}

export function localTime(instant: Date | string, timezone: string, language: Language): string {
  return formatLocalDateTime(new Date(instant), timezone, language);
}

/** "сдали 7 из 12 · принято 5", with the returned and late ones when there are any. */
export function completionText(t: T, completion: Completion): string {
  const parts = [
    t("campaign-bot-completion", {
      handedIn: completion.submitted + completion.accepted,
      targets: completion.targets,
      accepted: completion.accepted,
    }),
  ];
  if (completion.returned > 0)
    parts.push(t("campaign-bot-completion-returned", { count: completion.returned }));
  if (completion.late > 0)
    parts.push(t("campaign-bot-completion-late", { count: completion.late }));
  return parts.join(" · ");
}

/**
 * The main list: running campaigns (soonest deadline first), then those closed within
 * `RECENTLY_CLOSED_DAYS` (latest closed first). Every closed one is also in the archive.
 */
export function campaignsShown(
  campaigns: readonly CampaignSummary[],
  now: Date,
): CampaignSummary[] {
  const running = campaigns
    .filter((campaign) => campaign.status !== "closed")
    .sort((a, b) => a.deadlineAt.getTime() - b.deadlineAt.getTime() || a.id - b.id);
  return [...running, ...archived(campaigns).filter((c) => isRecentlyClosed(c, now))];
}

/** Closed campaigns, latest closed first. */
function archived(campaigns: readonly CampaignSummary[]): CampaignSummary[] {
  return campaigns
    .filter((campaign) => campaign.status === "closed")
    .sort((a, b) => closedAtOf(b).getTime() - closedAtOf(a).getTime() || b.id - a.id);
}

export function campaignLine(
  t: T,
  language: Language,
  campaign: CampaignSummary,
  index: number,
): string {
  const lines = [
    t("campaign-bot-list-line", {
      index,
      status: t(`campaign-bot-status-${campaign.status}`),
      form: formTitle(language, { title: campaign.formTitle, titleEn: campaign.formTitleEn }),
      period: periodTitle(t, campaign.periodCode),
    }),
    t("campaign-bot-list-deadline", {
      deadline: localTime(campaign.deadlineAt, campaign.timezone, language),
    }),
  ];
  if (campaign.status === "closed")
    lines.push(
      t("campaign-bot-list-closed-at", {
        closed: localTime(closedAtOf(campaign), campaign.timezone, language),
      }),
    );
  else if (campaign.closesAt)
    lines.push(
      t("campaign-bot-list-closes", {
        closes: localTime(campaign.closesAt, campaign.timezone, language),
      }),
    );
  lines.push(
    t("campaign-bot-list-completion", { completion: completionText(t, campaign.completion) }),
  );
  return lines.join("\n");
}

/**
 * The `/campaigns` answer: message chunks and, under the last one, the buttons — a new campaign
 * first, then each running campaign's actions, then the archive. Closed campaigns carry no
 * buttons here: reopening one for a school is offered in the archive.
 */
export function campaignListView(
  t: T,
  language: Language,
  campaigns: readonly CampaignSummary[],
  now: Date,
): { chunks: string[]; keyboard: InlineKeyboard } {
  const shown = campaignsShown(campaigns, now);
  const anyClosed = campaigns.some((campaign) => campaign.status === "closed");
  const keyboard = new InlineKeyboard()
    .text(t("campaign-bot-button-new"), encodeListAction({ kind: "new" }))
    .row();
  const days = RECENTLY_CLOSED_DAYS;
  const title =
    campaigns.length === 0
      ? t("campaign-bot-list-empty")
      : t(shown.length > 0 ? "campaign-bot-list-title" : "campaign-bot-list-nothing-current", {
          days,
        });
  const lines = [title];
  for (const [position, campaign] of shown.entries()) {
    const index = position + 1;
    lines.push("", campaignLine(t, language, campaign, index));
    if (campaign.status === "closed") continue;
    const first =
      campaign.status === "open"
        ? {
            key: "campaign-bot-button-close",
            action: encodeListAction({ kind: "close", campaignId: campaign.id }),
          }
        : {
            key: "campaign-bot-button-open-draft",
            action: encodeListAction({ kind: "open-draft", campaignId: campaign.id }),
          };
    keyboard
      .text(t(first.key, { index }), first.action)
      .text(
        t("campaign-bot-button-deadline", { index }),
        encodeListAction({ kind: "deadline", campaignId: campaign.id }),
      )
      .row();
  }
  if (anyClosed) {
    lines.push("", t("campaign-bot-list-archive-hint"));
    keyboard.text(t("campaign-bot-button-archive"), encodeListAction({ kind: "archive" }));
  }
  return { chunks: chunkLines(lines), keyboard };
}

/**
 * A page of the archive: closed campaigns, latest closed first, each with the button that lets
 * one school correct its report, and arrows to the neighbouring pages.
 */
export function archiveView(
  t: T,
  language: Language,
  campaigns: readonly CampaignSummary[],
  page: number,
): { text: string; keyboard: InlineKeyboard } {
  const closed = archived(campaigns);
  const keyboard = new InlineKeyboard();
  if (closed.length === 0) return { text: t("campaign-bot-archive-empty"), keyboard };
  const pages = Math.ceil(closed.length / ARCHIVE_PAGE);
  const current = Math.min(Math.max(page, 0), pages - 1);
  const first = current * ARCHIVE_PAGE;
  const onPage = closed.slice(first, first + ARCHIVE_PAGE);
  const lines = [
    t("campaign-bot-archive-title", {
      from: first + 1,
      to: first + onPage.length,
      count: closed.length,
    }),
    t("campaign-bot-archive-hint"),
  ];
  for (const [position, campaign] of onPage.entries()) {
    const index = first + position + 1;
    lines.push("", campaignLine(t, language, campaign, index));
    keyboard.text(t("campaign-reopen-button", { index }), encodeReopenButton(campaign.id)).row();
  }
  if (current > 0)
    keyboard.text(
      t("campaign-bot-page-prev"),
      encodeListAction({ kind: "archive-page", page: current - 1 }),
    );
  if (current + 1 < pages)
    keyboard.text(
      t("campaign-bot-page-next"),
      encodeListAction({ kind: "archive-page", page: current + 1 }),
    );
  return { text: lines.join("\n"), keyboard };
}

/** The question before closing: closing locks every submission that has not come in. */
export function closeQuestionView(
  t: T,
  language: Language,
  campaign: CampaignSummary,
): { text: string; keyboard: InlineKeyboard } {
  return {
    text: t("campaign-bot-close-question", {
      form: formTitle(language, { title: campaign.formTitle, titleEn: campaign.formTitleEn }),
      period: periodTitle(t, campaign.periodCode),
      completion: completionText(t, campaign.completion),
      missing:
        campaign.completion.targets - campaign.completion.submitted - campaign.completion.accepted,
    }),
    keyboard: new InlineKeyboard()
      .text(
        t("campaign-bot-button-close-confirm"),
        encodeListAction({ kind: "close-confirmed", campaignId: campaign.id }),
      )
      .text(t("campaign-bot-button-dismiss"), encodeListAction({ kind: "dismiss" })),
  };
}

/** `/campaigns` and the menu button: the coordinator's campaigns within their directions. */
export async function replyWithCampaigns(
  ctx: ViewContext,
  campaigns: readonly CampaignSummary[],
): Promise<void> {
  const chosen = ctx.person?.language;
  const language = isLanguage(chosen) ? chosen : "ru";
  const view = campaignListView(ctx.t, language, campaigns, new Date());
  for (const [index, chunk] of view.chunks.entries())
    await ctx.reply(chunk, index === view.chunks.length - 1 ? { reply_markup: view.keyboard } : {});
}
