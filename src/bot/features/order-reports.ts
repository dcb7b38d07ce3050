import { Composer } from "grammy";
import { openReport, reportsOfOrder, reviewReport } from "../../db/orders/order-reports.ts";
import { isLanguage } from "../../i18n/translator.ts";
import { ORDER_CALLBACK } from "../callback-data/order.ts";
import type { BotContext } from "../context.ts";
import { ORDER_REPORT_CONVERSATION, type OrderReportArgs } from "../conversations/order-report.ts";
import {
  ORDER_REPORT_RETURN_CONVERSATION,
  type OrderReportReturnArgs,
} from "../conversations/order-report-return.ts";
import { reportRefusalText, schoolReportCard } from "../views/order-report.ts";
import { orderReportsMessages, reviewCardMessages } from "../views/order-report-review.ts";
import { decidedCardText } from "../views/review-card.ts";

/** The order buttons this feature answers; the order card's own go on to the orders feature. */
const ACTIONS = new Set(["rep", "reports", "rsub", "rsend", "rx", "rok", "rret"]);

/**
 * Report tasks on orders: a school opens its task and sends a document or a text; a coordinator
 * of the municipality sees every school's report on an order, opens one, accepts or returns it.
 */
export const orderReportsFeature = new Composer<BotContext>();
const feature = orderReportsFeature.chatType("private");

feature.callbackQuery(ORDER_CALLBACK, async (ctx, next) => {
  const action = ctx.match[1] ?? "";
  if (!ACTIONS.has(action)) return next();
  await ctx.answerCallbackQuery();
  const person = ctx.person;
  if (!person) return;
  const id = Number(ctx.match[2]);
  const language = isLanguage(person.language) ? person.language : "ru";
  const prisma = ctx.deps.db.prisma;
  switch (action) {
    case "rep":
      return showReport(ctx, id, person.id, language);
    case "rsub": {
      const args: OrderReportArgs = { reportId: id, personId: person.id, language };
      await ctx.conversation.exitAll();
      await ctx.conversation.enter(ORDER_REPORT_CONVERSATION, args);
      return;
    }
    case "rsend":
    case "rx":
      // The send or return these buttons belonged to has ended (sent, cancelled, or a restart).
      await ctx.editMessageReplyMarkup().catch(() => {});
      await ctx.reply(ctx.t("order-report-outdated-button"));
      return;
    case "rok": {
      const result = await reviewReport(prisma, {
        reportId: id,
        reviewerId: person.id,
        decision: "accept",
        now: new Date(),
      });
      if (result.status !== "refused")
        return showDecision(
          ctx,
          ctx.t("order-report-accepted-done", { school: result.schoolName }),
        );
      // An old button (decided, or never the coordinator's): the one reason, and no more buttons.
      await ctx.editMessageReplyMarkup().catch(() => {});
      await ctx.reply(reportRefusalText(ctx.t, language, result));
      return;
    }
    case "rret": {
      const report = await openReport(prisma, id, person.id);
      if (report?.viewer !== "coordinator" || report.status !== "submitted") {
        await ctx.editMessageReplyMarkup().catch(() => {});
        await ctx.reply(refusalOf(ctx, language, report));
        return;
      }
      const message = ctx.callbackQuery.message;
      const args: OrderReportReturnArgs = {
        reportId: id,
        personId: person.id,
        language,
        ...(message?.text ? { card: { messageId: message.message_id, text: message.text } } : {}),
      };
      await ctx.conversation.exitAll();
      await ctx.conversation.enter(ORDER_REPORT_RETURN_CONVERSATION, args);
      return;
    }
    case "reports": {
      const reports = await reportsOfOrder(prisma, id, person.id);
      if (typeof reports === "string") {
        await ctx.reply(ctx.t(`order-reports-${reports}`));
        return;
      }
      const { chunks, keyboard } = orderReportsMessages(ctx.t, language, reports);
      for (const [index, chunk] of chunks.entries())
        await ctx.reply(chunk, index === chunks.length - 1 ? { reply_markup: keyboard } : {});
      return;
    }
  }
});

/** A report's card: the school's task with its button, or the coordinator's card to decide on. */
async function showReport(
  ctx: BotContext,
  reportId: number,
  personId: number,
  language: "ru" | "en",
): Promise<void> {
  const report = await openReport(ctx.deps.db.prisma, reportId, personId);
  if (!report) {
    await ctx.reply(ctx.t("order-report-refused-not-found"));
    return;
  }
  if (report.viewer === "school") {
    const card = schoolReportCard(ctx.t, language, report, new Date());
    await ctx.reply(card.text, card.keyboard ? { reply_markup: card.keyboard } : {});
    return;
  }
  if (report.document?.telegramFileId)
    await ctx.replyWithDocument(report.document.telegramFileId, {
      caption: ctx.t("order-report-document-caption", {
        school: report.schoolName,
        name: report.document.name,
      }),
    });
  const { chunks, keyboard } = reviewCardMessages(ctx.t, language, report);
  for (const [index, chunk] of chunks.entries())
    await ctx.reply(
      chunk,
      index === chunks.length - 1 && keyboard ? { reply_markup: keyboard } : {},
    );
}

/** Why the coordinator cannot return this report now: the one reason that holds. */
function refusalOf(
  ctx: BotContext,
  language: "ru" | "en",
  report: Awaited<ReturnType<typeof openReport>>,
): string {
  if (report?.viewer !== "coordinator") return ctx.t("order-report-refused-not-found");
  if (report.status === "accepted" || report.status === "returned")
    return reportRefusalText(ctx.t, language, {
      reason: report.status,
      at: report.reviewedAt ?? report.submittedAt ?? new Date(),
      timezone: report.timezone,
    });
  return ctx.t("order-report-refused-not-submitted");
}

/** The card shows the decision (or why there is none) below its text; its buttons are gone. */
async function showDecision(ctx: BotContext, decision: string): Promise<void> {
  const text = ctx.callbackQuery?.message?.text;
  const edited = text ? decidedCardText(text, decision) : null;
  if (
    edited &&
    (await ctx.editMessageText(edited).then(
      () => true,
      () => false,
    ))
  )
    return;
  await ctx.editMessageReplyMarkup().catch(() => {});
  await ctx.reply(decision);
}
