import { Composer, InlineKeyboard } from "grammy";
import { reviewRefusal } from "../../db/reviews/review-access.ts";
import { setReviewMode } from "../../db/reviews/review-mode.ts";
import {
  acceptAllWithoutWarnings,
  acceptSubmission,
  ReviewError,
  reviewQueue,
  submissionForReview,
} from "../../db/reviews/reviews.ts";
import { isLanguage } from "../../i18n/translator.ts";
import { encodeReviewButton, REVIEW_CALLBACK } from "../callback-data/review.ts";
import type { BotContext } from "../context.ts";
import {
  REVIEW_RETURN_CONVERSATION,
  type ReviewReturnArgs,
} from "../conversations/review-return.ts";
import { isCoordinator } from "../filters/roles.ts";
import { chunkLines } from "../texts.ts";
import { decidedCardText, refusalText, reviewCardLines } from "../views/review-card.ts";
import { replyWithReviewQueue } from "../views/review-queue.ts";

/**
 * An old button of a card (decided, or out of the coordinator's reach): says the one reason that
 * holds and takes the buttons off that message, since none of them applies any more.
 */
async function refuse(
  ctx: BotContext,
  language: "ru" | "en",
  submissionId: number,
  personId: number,
  { fromCard = true } = {},
): Promise<void> {
  const refusal = await reviewRefusal(ctx.deps.db.prisma, submissionId, personId);
  if (fromCard) await ctx.editMessageReplyMarkup().catch(() => {});
  await ctx.reply(refusal ? refusalText(ctx.t, language, refusal) : ctx.t("callback-outdated"));
}

/** After a decision the card shows it below its text, and its buttons are gone. */
async function showDecision(ctx: BotContext, decision: string): Promise<void> {
  const text = ctx.callbackQuery?.message?.text;
  const edited = text ? decidedCardText(text, decision) : null;
  if (edited) {
    const done = await ctx.editMessageText(edited).then(
      () => true,
      () => false,
    );
    if (done) return;
  }
  await ctx.editMessageReplyMarkup().catch(() => {});
  await ctx.reply(decision);
}

/** Coordinators' review: the queue, one submission's card, accept, return, accept-all. */
export const reviewFeature = new Composer<BotContext>();
const feature = reviewFeature.chatType("private");

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
      // Pressed in the queue or a notification: their other buttons still apply.
      if (!card) return refuse(ctx, language, id, person.id, { fromCard: false });
      const lines = reviewCardLines(ctx.t, language, card);
      // A card with nothing left to decide says why instead of showing its buttons.
      const refusal = card.reviewable ? null : await reviewRefusal(prisma, id, person.id);
      if (refusal) lines.push("", refusalText(ctx.t, language, refusal));
      const chunks = chunkLines(lines);
      const keyboard = new InlineKeyboard()
        .text(ctx.t("review-accept"), encodeReviewButton("accept", id))
        .text(ctx.t("review-return"), encodeReviewButton("return", id));
      for (const [index, chunk] of chunks.entries())
        await ctx.reply(
          chunk,
          index === chunks.length - 1 && card.reviewable ? { reply_markup: keyboard } : {},
        );
      return;
    }
    case "accept": {
      const card = await submissionForReview(prisma, id, person.id);
      if (!card?.reviewable) return refuse(ctx, language, id, person.id);
      try {
        await acceptSubmission(prisma, id, person.id, new Date());
      } catch (error) {
        // Someone decided first, between the card check and the transaction.
        if (error instanceof ReviewError) return refuse(ctx, language, id, person.id);
        throw error;
      }
      await showDecision(ctx, ctx.t("review-accepted-done", { school: card.schoolName }));
      return;
    }
    case "return": {
      const card = await submissionForReview(prisma, id, person.id);
      if (!card?.reviewable) return refuse(ctx, language, id, person.id);
      const message = ctx.callbackQuery.message;
      const args: ReviewReturnArgs = {
        submissionId: id,
        personId: person.id,
        language,
        // The card whose buttons go once the submission is returned.
        ...(message?.text ? { card: { messageId: message.message_id, text: message.text } } : {}),
      };
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
