import type { Conversation } from "@grammyjs/conversations";
import { type Context, InlineKeyboard } from "grammy";
import {
  MAX_REPORT_TEXT,
  openReport,
  type ReportAnswer,
  submitReport,
} from "../../db/orders/order-reports.ts";
import { encodeOrderButton } from "../callback-data/order.ts";
import type { BotContext, BotDeps } from "../context.ts";
import type { T } from "../views/form-question.ts";
import { fileSize, orderNameParams, reportRefusalText } from "../views/order-report.ts";
import { type ReportInput, readReportInput } from "./order-report-input.ts";

export const ORDER_REPORT_CONVERSATION = "order-report";
/** Bump when this conversation's code changes shape (see ./versioning.ts). */
export const ORDER_REPORT_CONVERSATION_VERSION = 1;

export interface OrderReportArgs {
  reportId: number;
  personId: number;
  language: "ru" | "en";
}

type Convo = Conversation<BotContext, Context>;

/**
 * A school sends its report on an order: a document or a text, shown back for confirmation, then
 * sent to the coordinators. Anything else gets an explanation and another chance; a command or
 * another button ends the send, nothing sent.
 */
export function createOrderReportConversation(deps: BotDeps) {
  return async function orderReport(conversation: Convo, ctx: Context, args: OrderReportArgs) {
    const { reportId, personId, language } = args;
    const t: T = (key, params) => deps.translate(language, key, params);
    const prisma = deps.db.prisma;

    // Plain strings only: what external() returns is kept in the conversation's log.
    type Opening = { refused: string } | { ask: string; school: string };
    const opening = await conversation.external(async (): Promise<Opening> => {
      const report = await openReport(prisma, reportId, personId);
      if (report?.viewer !== "school") return { refused: t("order-report-refused-not-found") };
      if (report.status === "submitted" || report.status === "accepted")
        return {
          refused: reportRefusalText(t, language, {
            reason: report.status,
            at:
              (report.status === "accepted" ? report.reviewedAt : report.submittedAt) ?? new Date(),
            timezone: report.timezone,
          }),
        };
      const ask = t("order-report-ask", {
        ...orderNameParams(t, report),
        school: report.schoolName,
        max: MAX_REPORT_TEXT,
      });
      const comment =
        report.status === "returned" && report.comment
          ? `\n\n${t("order-report-card-comment", { comment: report.comment })}`
          : "";
      return { ask: `${ask}${comment}`, school: report.schoolName };
    });
    if ("refused" in opening) {
      await ctx.reply(opening.refused);
      return;
    }
    const cancel = () =>
      new InlineKeyboard().text(t("order-report-cancel-button"), encodeOrderButton("rx", reportId));
    await ctx.reply(opening.ask, { reply_markup: cancel() });

    let answer: ReportAnswer | null = null;
    let confirmation: number | null = null;
    for (;;) {
      const next = await conversation.wait();
      const input = readReportInput(next, reportId);
      if (input.kind === "leave") return conversation.halt({ next: true });
      if (next.callbackQuery) await next.answerCallbackQuery();
      if (input.kind === "cancel") {
        await next.editMessageReplyMarkup().catch(() => {});
        await next.reply(t("order-report-cancelled"));
        return;
      }
      if (input.kind === "confirm") {
        if (!answer) continue;
        await next.editMessageReplyMarkup().catch(() => {});
        const chosen = answer;
        const done = await conversation.external(async () => {
          const result = await submitReport(prisma, {
            reportId,
            personId,
            answer: chosen,
            now: new Date(),
          });
          if (result.status === "refused") return reportRefusalText(t, language, result);
          return t(result.late ? "order-report-sent-late" : "order-report-sent");
        });
        await next.reply(done);
        return;
      }
      if (input.kind !== "answer") {
        await next.reply(problemText(t, language, input));
        continue;
      }
      answer = input.answer;
      // The earlier confirmation asked about another answer: its buttons go.
      const chatId = next.chat?.id;
      if (confirmation !== null && chatId !== undefined)
        await next.api.editMessageReplyMarkup(chatId, confirmation).catch(() => {});
      const sent = await next.reply(confirmText(t, language, answer, opening.school), {
        reply_markup: new InlineKeyboard()
          .text(t("order-report-confirm-button"), encodeOrderButton("rsend", reportId))
          .text(t("order-report-cancel-button"), encodeOrderButton("rx", reportId)),
      });
      confirmation = sent.message_id;
    }
  };
}

function confirmText(t: T, language: "ru" | "en", answer: ReportAnswer, school: string): string {
  if (answer.kind === "text") return t("order-report-confirm-text", { school, text: answer.text });
  const size = answer.size === null ? "—" : fileSize(t, language, answer.size);
  return t("order-report-confirm-document", { school, name: answer.name, size });
}

/** Why this message is not a report, and what would be. */
function problemText(
  t: T,
  language: "ru" | "en",
  input: Exclude<ReportInput, { kind: "answer" | "confirm" | "cancel" | "leave" }>,
): string {
  switch (input.kind) {
    case "wrong-type":
      return t("order-report-wrong-type", { name: input.name });
    case "too-big":
      return t("order-report-too-big", {
        name: input.name,
        size: fileSize(t, language, input.size),
      });
    case "too-long":
      return t("order-report-too-long", { length: input.length, max: MAX_REPORT_TEXT });
    case "wrong-message":
      return t("order-report-wrong-message");
  }
}
