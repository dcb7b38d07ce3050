import type { Context } from "grammy";
import { formatUtcOffset } from "../../domain/local-time.ts";
import type { BotDeps } from "../context.ts";
import type { Screen } from "../views/campaign-wizard.ts";
import { formTitle, type Language, localTime, periodTitle, type T } from "../views/campaigns.ts";
import { findScoped, moveTo, refusalKey, type Scope } from "./campaign-data.ts";
import {
  checkTypedTime,
  exampleDeadline,
  type Screens,
  type WizardConversation,
} from "./campaign-input.ts";

export interface MoveArgs extends Scope {
  personId: number;
  campaignId: number;
  language: Language;
}

/**
 * Moving a deadline: the coordinator types the new one on the municipality's clocks; the schools
 * that have not been accepted yet are told by the data layer. A closing time that would fall
 * before the new deadline moves along with it, and the coordinator is told so.
 */
export async function moveDeadlineFlow(
  conversation: WizardConversation,
  t: T,
  screens: Screens,
  args: MoveArgs,
  first: Context,
  deps: BotDeps,
): Promise<void> {
  const prisma = deps.db.prisma;
  const language = args.language;
  const campaign = await conversation.external(() => findScoped(prisma, args, args.campaignId));
  if (!campaign) return void (await first.reply(t("campaign-bot-error-not-found")));
  if (campaign.status === "closed")
    return void (await first.reply(t("campaign-bot-error-not-open")));
  const { timezone } = campaign;
  const now = new Date(await conversation.now());
  const screen: Screen = {
    text: t("campaign-bot-move-ask", {
      form: formTitle(language, { title: campaign.formTitle, titleEn: campaign.formTitleEn }),
      period: periodTitle(t, campaign.periodCode),
      deadline: localTime(campaign.deadlineAt, timezone, language),
      timezone: `${timezone}, ${formatUtcOffset(now, timezone)}`,
      example: exampleDeadline(new Date(campaign.deadlineAt), timezone),
    }),
    rows: [[{ text: t("campaign-bot-button-cancel"), action: { kind: "cancel" } }]],
  };

  let ctx = first;
  for (;;) {
    const input = await screens.ask(ctx, screen);
    ctx = input.ctx;
    if (input.kind === "cancel") return void (await ctx.reply(t("campaign-bot-cancelled")));
    if (input.kind !== "text") {
      await ctx.reply(`❗ ${t("campaign-bot-error-type-date")}`);
      continue;
    }
    const moment = new Date(await conversation.now());
    const checked = checkTypedTime(input.text, timezone, moment);
    if (!checked.ok) {
      await ctx.reply(`❗ ${t(checked.key, checked.params)}`);
      continue;
    }
    const { at, local } = checked;
    if (at.getTime() === new Date(campaign.deadlineAt).getTime()) {
      await ctx.reply(`❗ ${t("campaign-bot-error-same-deadline")}`);
      continue;
    }
    // Closing before the deadline would lock the schools out early: closing moves along.
    const closesMoves =
      campaign.closesAt !== null && new Date(campaign.closesAt).getTime() < at.getTime();
    const moved = await conversation.external(() =>
      moveTo(prisma, campaign.id, local, closesMoves ? local : undefined, args.personId),
    );
    if (!moved.ok) {
      await ctx.reply(`❗ ${t(refusalKey(moved.reason))}`);
      if (moved.reason === "not-open" || moved.reason === "not-found") return;
      continue;
    }
    deps.logger.info({
      msg: "campaign deadline moved from the bot",
      campaignId: campaign.id,
      notified: moved.notified,
      by: args.personId,
    });
    const lines = [
      t("campaign-bot-moved", {
        deadline: localTime(at, timezone, language),
        notified: moved.notified,
      }),
    ];
    if (closesMoves) lines.push(t("campaign-bot-moved-closes-too"));
    await ctx.reply(lines.join("\n"));
    return;
  }
}
