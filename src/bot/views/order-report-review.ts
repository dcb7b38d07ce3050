import { InlineKeyboard } from "grammy";
import type { OrderReports, ReportView } from "../../db/orders/order-reports.ts";
import { encodeOrderButton } from "../callback-data/order.ts";
import { formatLocalDateTime } from "../format.ts";
import { chunkLines } from "../texts.ts";
import type { T } from "./form-question.ts";
import { orderNameParams } from "./order-report.ts";

type Language = "ru" | "en";

/** Telegram shows at most 100 buttons under one message. */
const MAX_BUTTONS = 100;

/**
 * The coordinator's card of one school's report: who sent it and when, its text or where its
 * document is, the previous comment; «Принять» and «Вернуть на доработку» while it is submitted.
 * Returns the messages to send, the buttons belonging to the last.
 */
export function reviewCardMessages(
  t: T,
  language: Language,
  report: ReportView,
): { chunks: string[]; keyboard?: InlineKeyboard } {
  const at = (date: Date | null) =>
    date ? formatLocalDateTime(date, report.timezone, language) : "—";
  const lines = [
    t("order-report-review-card", {
      ...orderNameParams(t, report),
      school: report.schoolName,
      deadline: at(report.deadlineAt),
      who: report.submittedBy ?? "—",
      date: at(report.submittedAt),
      late: report.late ? "yes" : "no",
      status: t(`order-report-status-${report.status}`),
    }),
  ];
  if (report.status === "submitted" && report.comment)
    lines.push("", t("order-report-review-previous-comment", { comment: report.comment }));
  if (report.status === "returned" && report.comment)
    lines.push("", t("order-report-card-comment", { comment: report.comment }));
  if (report.document)
    lines.push("", t("order-report-review-document", { name: report.document.name }));
  else if (report.text) lines.push("", t("order-report-review-text"), ...report.text.split("\n"));
  const chunks = chunkLines(lines);
  if (report.status !== "submitted") return { chunks };
  return {
    chunks,
    keyboard: new InlineKeyboard()
      .text(t("order-report-accept-button"), encodeOrderButton("rok", report.reportId))
      .text(t("order-report-return-button"), encodeOrderButton("rret", report.reportId)),
  };
}

/**
 * The schools' reports on an order: counts on top, then each school with its status, when and
 * by whom it was sent; a numbered button for each report there is something to read in.
 */
export function orderReportsMessages(
  t: T,
  language: Language,
  reports: OrderReports,
): { chunks: string[]; keyboard: InlineKeyboard } {
  const { order, counts } = reports;
  const at = (date: Date) => formatLocalDateTime(date, order.timezone, language);
  const keyboard = new InlineKeyboard();
  let buttons = 0;
  const lines = [
    t("order-reports-title", {
      ...orderNameParams(t, order),
      deadline: at(order.deadlineAt),
      ...counts,
    }),
    "",
  ];
  reports.rows.forEach((row, index) => {
    const status = t(`order-report-status-${row.status}`);
    if (row.status === "pending" || !row.submittedAt) {
      lines.push(t("order-reports-line", { index: index + 1, school: row.schoolName, status }));
      return;
    }
    lines.push(
      t("order-reports-line-sent", {
        index: index + 1,
        school: row.schoolName,
        status,
        date: at(row.submittedAt),
        who: row.submittedBy ?? "—",
        late: row.late ? "yes" : "no",
      }),
    );
    if (buttons++ < MAX_BUTTONS)
      keyboard
        .text(
          t("order-reports-school-button", { index: index + 1, school: row.schoolName }).slice(
            0,
            60,
          ),
          encodeOrderButton("rep", row.reportId),
        )
        .row();
  });
  if (buttons > 0) lines.push("", t("order-reports-open-hint"));
  return { chunks: chunkLines(lines), keyboard };
}
