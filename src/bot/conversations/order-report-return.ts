import type { Conversation } from "@grammyjs/conversations";
import { type Context, InlineKeyboard } from "grammy";
import { reviewReport } from "../../db/orders/order-reports.ts";
import { encodeOrderButton } from "../callback-data/order.ts";
import type { BotContext, BotDeps } from "../context.ts";
import type { T } from "../views/form-question.ts";
import { reportRefusalText } from "../views/order-report.ts";
import { decidedCardText } from "../views/review-card.ts";

export const ORDER_REPORT_RETURN_CONVERSATION = "order-report-return";
/** Bump when this conversation's code changes shape (see ./versioning.ts). */
export const ORDER_REPORT_RETURN_CONVERSATION_VERSION = 1;

export interface OrderReportReturnArgs {
  reportId: number;
  personId: number;
  language: "ru" | "en";
  /** The card the return began on: once returned, it shows the decision and loses its buttons. */
  card?: { messageId: number; text: string };
}

const MAX_COMMENT = 1000;

type Convo = Conversation<BotContext, Context>;

/** Returning a school's report on an order: the coordinator's comment, then the return. */
export function createOrderReportReturnConversation(deps: BotDeps) {
  return async function orderReportReturn(
    conversation: Convo,
    ctx: Context,
    args: OrderReportReturnArgs,
  ) {
    const { reportId, personId, language } = args;
    const t: T = (key, params) => deps.translate(language, key, params);
    const cancelData = encodeOrderButton("rx", reportId);
    await ctx.reply(t("order-report-return-comment"), {
      reply_markup: new InlineKeyboard().text(t("order-report-cancel-button"), cancelData),
    });
    let comment: string;
    for (;;) {
      const next = await conversation.wait();
      const pressed = next.callbackQuery?.data;
      if (pressed === cancelData) {
        await next.answerCallbackQuery();
        await next.editMessageReplyMarkup().catch(() => {});
        await next.reply(t("order-report-return-cancelled"));
        return;
      }
      const text = next.message?.text?.trim();
      // A command or another button: the coordinator chose to do something else.
      if (pressed !== undefined || text?.startsWith("/")) await conversation.halt({ next: true });
      if (!text) {
        await next.reply(t("order-report-type-comment"));
        continue;
      }
      if (text.length > MAX_COMMENT) {
        await next.reply(
          t("order-report-comment-too-long", { length: text.length, max: MAX_COMMENT }),
        );
        continue;
      }
      comment = text;
      break;
    }
    // Another coordinator may have decided while this one was writing: say which way and when.
    type Outcome = { refused: string } | { done: string };
    const outcome = await conversation.external(async (): Promise<Outcome> => {
      const result = await reviewReport(deps.db.prisma, {
        reportId,
        reviewerId: personId,
        decision: "return",
        comment,
        now: new Date(),
      });
      if (result.status === "refused") return { refused: reportRefusalText(t, language, result) };
      return { done: t("order-report-returned-done", { school: result.schoolName }) };
    });
    const decision = "refused" in outcome ? outcome.refused : outcome.done;
    const chatId = ctx.chat?.id;
    if (args.card && chatId !== undefined) {
      const text = decidedCardText(args.card.text, decision);
      await (text
        ? ctx.api.editMessageText(chatId, args.card.messageId, text)
        : ctx.api.editMessageReplyMarkup(chatId, args.card.messageId)
      ).catch(() => {});
    }
    await ctx.reply(decision);
  };
}
