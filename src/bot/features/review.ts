import { Composer, InlineKeyboard } from "grammy";
import { setReviewMode } from "../../db/reviews/review-mode.ts";
import {
  acceptAllWithoutWarnings,
  acceptSubmission,
  reviewQueue,
  submissionForReview,
} from "../../db/reviews/reviews.ts";
import { isLanguage } from "../../i18n/translator.ts";
import type { BotContext } from "../context.ts";
import {
  REVIEW_RETURN_CONVERSATION,
  type ReviewReturnArgs,
} from "../conversations/review-return.ts";
import { isCoordinator } from "../filters/roles.ts";
import { chunkLines } from "../texts.ts";
import { reviewCardLines } from "../views/review-card.ts";
import { replyWithReviewQueue } from "../views/review-queue.ts";

/** Coordinators' review: the queue, one submission's card, accept, return, accept-all. */
export const reviewFeature = new Composer<BotContext>();
const feature = reviewFeature.chatType("private");

export const REVIEW_CALLBACK = /^review:(open|accept|return|all|mode|queue):(\d+)$/;

/** `/review` and the menu button: submissions waiting for this coordinator. */
export async function showReviewQueue(ctx: BotContext): Promise<void> {
  const person = ctx.person;
  if (!person) return;
  await replyWithReviewQueue(ctx, await reviewQueue(ctx.deps.db.prisma, person.id));
}

feature.command("review", async (ctx) => {
  if (!isCoordinator(ctx)) return ctx.reply(ctx.t("review-only-coordinators"));
  await showReviewQueue(ctx);
});

feature.callbackQuery(REVIEW_CALLBACK, async (ctx) => {
  const person = ctx.person;
  if (!person || !isCoordinator(ctx)) {
    await ctx.answerCallbackQuery({ text: ctx.t("review-only-coordinators") });
    return;
  }
  await ctx.answerCallbackQuery();
  const action = ctx.match[1];
  const id = Number(ctx.match[2]);
  const prisma = ctx.deps.db.prisma;
  const language = isLanguage(person.language) ? person.language : "ru";
  switch (action) {
    case "queue":
      return showReviewQueue(ctx);
    case "open": {
      const card = await submissionForReview(prisma, id, person.id);
      if (!card) return void (await ctx.reply(ctx.t("review-not-found")));
      const chunks = chunkLines(reviewCardLines(ctx.t, language, card));
      const keyboard = new InlineKeyboard()
        .text(ctx.t("review-accept"), `review:accept:${id}`)
        .text(ctx.t("review-return"), `review:return:${id}`);
      for (const [index, chunk] of chunks.entries())
        await ctx.reply(
          chunk,
          index === chunks.length - 1 && card.reviewable ? { reply_markup: keyboard } : {},
        );
      return;
    }
    case "accept": {
      const card = await submissionForReview(prisma, id, person.id);
      if (!card?.reviewable) return void (await ctx.reply(ctx.t("review-not-found")));
      await acceptSubmission(prisma, id, person.id, new Date());
      await ctx.reply(ctx.t("review-accepted-done", { school: card.schoolName }));
      return;
    }
    case "return": {
      const card = await submissionForReview(prisma, id, person.id);
      if (!card?.reviewable) return void (await ctx.reply(ctx.t("review-not-found")));
      const args: ReviewReturnArgs = { submissionId: id, personId: person.id, language };
      await ctx.conversation.exitAll();
      await ctx.conversation.enter(REVIEW_RETURN_CONVERSATION, args);
      return;
    }
    case "all": {
      const { accepted } = await acceptAllWithoutWarnings(prisma, person.id, new Date());
      await ctx.reply(ctx.t("review-accepted-all", { count: accepted }));
      await showReviewQueue(ctx);
      return;
    }
    case "mode": {
      const mode = id === 1 ? "digest" : "each";
      await setReviewMode(prisma, person.id, mode);
      await ctx.reply(ctx.t(`review-mode-${mode}`));
      return;
    }
  }
});
