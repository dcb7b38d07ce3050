import type { Conversation } from "@grammyjs/conversations";
import { type Context, InlineKeyboard } from "grammy";
import { type ReturnQuestion, returnQuestions } from "../../db/reviews/return-questions.ts";
import { reviewRefusal } from "../../db/reviews/review-access.ts";
import { ReviewError, returnSubmission } from "../../db/reviews/reviews.ts";
import { reviewReturnHead } from "../callback-data/review.ts";
import type { BotContext, BotDeps } from "../context.ts";
import type { T } from "../views/form-question.ts";
import { decidedCardText, refusalText } from "../views/review-card.ts";

export const REVIEW_RETURN_CONVERSATION = "review-return";
/** Bump when this conversation's code changes shape (see ./versioning.ts). */
export const REVIEW_RETURN_CONVERSATION_VERSION = 2;

export interface ReviewReturnArgs {
  submissionId: number;
  personId: number;
  language: "ru" | "en";
  /** The card the return began on: once returned, it shows the decision and loses its buttons. */
  card?: { messageId: number; text: string };
}

const MAX_COMMENT = 1000;
const MAX_REASON = 500;

type Convo = Conversation<BotContext, Context>;

/**
 * Returning a submission: a comment for the school, then the questions to fix, each with its own
 * reason. The school reopens the form at exactly those questions.
 */
export function createReviewReturnConversation(deps: BotDeps) {
  return async function reviewReturn(conversation: Convo, ctx: Context, args: ReviewReturnArgs) {
    const t: T = (key, params) => deps.translate(args.language, key, params);
    const prisma = deps.db.prisma;
    const data = reviewReturnHead(args.submissionId);

    await ctx.reply(t("review-return-comment"), {
      reply_markup: new InlineKeyboard().text(t("review-cancel"), `${data}:x`),
    });
    const comment = await askText(conversation, t, data, MAX_COMMENT);
    if (comment === null) return cancelled(ctx, t);

    const questions: ReturnQuestion[] = await conversation.external(() =>
      returnQuestions(prisma, args.submissionId),
    );
    const marked = new Set<string>();
    const label = (q: (typeof questions)[number], index: number) =>
      `${marked.has(q.code) ? "✅" : "▫️"} ${index + 1}. ${args.language === "en" ? q.textEn : q.text}`.slice(
        0,
        60,
      );
    const keyboard = () => {
      const board = new InlineKeyboard();
      questions.forEach((q, index) => {
        board.text(label(q, index), `${data}:t:${q.position}`).row();
      });
      return board
        .text(t("review-return-marks-done"), `${data}:d`)
        .row()
        .text(t("review-cancel"), `${data}:x`);
    };
    await ctx.reply(t("review-return-marks"), { reply_markup: keyboard() });
    for (;;) {
      const next = await conversation.wait();
      const pressed = next.callbackQuery?.data ?? "";
      if (!pressed.startsWith(`${data}:`)) {
        if (next.callbackQuery) await next.answerCallbackQuery({ text: t("review-use-buttons") });
        else await next.reply(t("review-use-buttons"));
        continue;
      }
      await next.answerCallbackQuery();
      const [, , action, arg] = pressed.split(":");
      if (action === "x") return cancelled(next, t);
      if (action === "d") break;
      const question = questions.find((q) => q.position === Number(arg));
      if (question)
        marked.has(question.code) ? marked.delete(question.code) : marked.add(question.code);
      await next.editMessageReplyMarkup({ reply_markup: keyboard() }).catch(() => {});
    }

    const marks: Array<{ questionCode: string; reason: string }> = [];
    for (const [index, question] of questions.entries()) {
      if (!marked.has(question.code)) continue;
      await ctx.reply(
        t("review-return-reason", {
          index: index + 1,
          question: args.language === "en" ? question.textEn : question.text,
        }),
      );
      const reason = await askText(conversation, t, data, MAX_REASON);
      if (reason === null) return cancelled(ctx, t);
      marks.push({ questionCode: question.code, reason });
    }
    // Another coordinator may have decided while this one was writing: say which way and when.
    const refused = await conversation.external(async () => {
      try {
        const now = new Date();
        await returnSubmission(prisma, args.submissionId, args.personId, { comment, marks }, now);
        return null;
      } catch (error) {
        if (!(error instanceof ReviewError)) throw error;
        const refusal = await reviewRefusal(prisma, args.submissionId, args.personId);
        return refusal ? refusalText(t, args.language, refusal) : t("callback-outdated");
      }
    });
    const card = args.card;
    const chatId = ctx.chat?.id;
    if (card && chatId !== undefined) {
      const decision = refused ?? t("review-card-returned", { count: marks.length });
      const text = decidedCardText(card.text, decision);
      await (text
        ? ctx.api.editMessageText(chatId, card.messageId, text)
        : ctx.api.editMessageReplyMarkup(chatId, card.messageId)
      ).catch(() => {});
    }
    await ctx.reply(refused ?? t("review-returned-done", { count: marks.length }));
  };
}

/** Text from the coordinator, or null when they cancel; anything else gets a hint. */
async function askText(
  conversation: Convo,
  t: T,
  data: string,
  max: number,
): Promise<string | null> {
  for (;;) {
    const next = await conversation.wait();
    if (next.callbackQuery?.data === `${data}:x`) {
      await next.answerCallbackQuery();
      return null;
    }
    if (next.callbackQuery) {
      await next.answerCallbackQuery({ text: t("review-type-text") });
      continue;
    }
    const text = next.message?.text?.trim();
    if (!text || text.startsWith("/")) {
      await next.reply(t("review-type-text"));
      continue;
    }
    if (text.length > max) {
      await next.reply(t("review-too-long", { max, length: text.length }));
      continue;
    }
    return text;
  }
}

async function cancelled(ctx: Context, t: T): Promise<void> {
  await ctx.reply(t("review-return-cancelled"));
}
