import { InlineKeyboard } from "grammy";
import type { ReviewRefusal } from "../../db/orders/order-report-review.ts";
import type { ReportOrder, ReportView, SubmitRefusal } from "../../db/orders/order-reports.ts";
import { encodeOrderButton } from "../callback-data/order.ts";
import { formatLocalDateTime } from "../format.ts";
import type { T } from "./form-question.ts";

type Language = "ru" | "en";

/** An order's kind, number and title as the report messages name it. */
export function orderNameParams(t: T, order: Pick<ReportOrder, "kind" | "number" | "title">) {
  return {
    kind: t(`order-kind-${order.kind}`),
    number: order.number ? t("order-number-part", { number: order.number }) : "",
    title: order.title,
  };
}

/** The school's card of its report task, and its button when the report can be sent. */
export function schoolReportCard(
  t: T,
  language: Language,
  report: ReportView,
  now: Date,
): { text: string; keyboard?: InlineKeyboard } {
  const at = (date: Date | null) => formatLocalDateTime(date ?? now, report.timezone, language);
  const lines = [
    t("order-report-card", {
      ...orderNameParams(t, report),
      school: report.schoolName,
      deadline: at(report.deadlineAt),
      status: t(`order-report-status-${report.status}`),
    }),
  ];
  if (report.status === "submitted")
    lines.push("", t("order-report-card-submitted", { date: at(report.submittedAt) }));
  if (report.status === "accepted")
    lines.push("", t("order-report-card-accepted", { date: at(report.reviewedAt) }));
  if (report.status === "returned" && report.comment)
    lines.push("", t("order-report-card-comment", { comment: report.comment }));
  if (report.status !== "pending" && report.status !== "returned")
    return { text: lines.join("\n") };
  if (now > report.deadlineAt) lines.push("", t("order-report-card-overdue"));
  lines.push(
    "",
    t(report.status === "pending" ? "order-report-card-pending" : "order-report-card-returned"),
  );
  const label =
    report.status === "pending" ? "order-report-send-button" : "order-report-resend-button";
  return {
    text: lines.join("\n"),
    keyboard: new InlineKeyboard().text(t(label), encodeOrderButton("rsub", report.reportId)),
  };
}

/** The one reason a report cannot be sent or decided on now, with its date where it has one. */
export function reportRefusalText(
  t: T,
  language: Language,
  refusal: SubmitRefusal | ReviewRefusal,
): string {
  if ("at" in refusal)
    return t(`order-report-refused-${refusal.reason}`, {
      date: formatLocalDateTime(refusal.at, refusal.timezone, language),
    });
  if (refusal.reason === "comment-required") return t("order-report-type-comment");
  return t(`order-report-refused-${refusal.reason}`);
}

/** A file's size as people read it: «120 КБ», «1,5 МБ». */
export function fileSize(t: T, language: Language, bytes: number): string {
  const format = (value: number) =>
    new Intl.NumberFormat(language === "en" ? "en-GB" : "ru-RU", {
      maximumFractionDigits: 1,
    }).format(value);
  if (bytes < 1024 * 1024)
    return t("order-report-size-kb", { size: format(Math.max(1, Math.round(bytes / 1024))) });
  return t("order-report-size-mb", { size: format(bytes / (1024 * 1024)) });
}
