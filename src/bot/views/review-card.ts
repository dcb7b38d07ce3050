import type { ReviewRefusal } from "../../db/reviews/review-access.ts";
import type { ReviewCard } from "../../db/reviews/reviews.ts";
import { type FormQuestionDef, formatNumber, formatValue } from "../../domain/form-engine/index.ts";
import { periodTitle } from "../../domain/periods.ts";
import { formatLocalDateTime } from "../format.ts";
import type { T } from "./form-question.ts";

type Language = "ru" | "en";

/** The card a coordinator reviews: answers with reasons, indicators, and what changed since last time. */
export function reviewCardLines(t: T, language: Language, card: ReviewCard): string[] {
  const asQuestion = (item: ReviewCard["items"][number]) =>
    ({ ...item, options: item.options }) as unknown as FormQuestionDef;
  const lines = [
    t("review-card-title", {
      school: card.schoolName,
      form: language === "en" ? card.formTitleEn : card.formTitle,
      period: periodTitle(t, card.periodCode),
      version: card.version,
      by: card.submittedBy?.fullName ?? "—",
    }),
  ];
  if (card.late) lines.push(t("review-flag-late"));
  lines.push("");
  card.items.forEach((item, index) => {
    const text = language === "en" ? item.textEn : item.text;
    const value = item.skipped
      ? t("form-skipped")
      : formatValue(asQuestion(item), item.value, language);
    const previous =
      item.previous === null
        ? ""
        : ` ${t("review-card-previous", { value: formatNumber(item.previous, language) })}`;
    const warned = card.warningCodes.includes(item.code) ? "⚠️ " : "";
    lines.push(`${warned}${index + 1}. ${text} — ${value}${previous}`);
    if (item.warningReason) lines.push(t("form-summary-reason", { reason: item.warningReason }));
  });
  if (card.indicators.length > 0) {
    lines.push("", t("review-card-indicators"));
    for (const indicator of card.indicators)
      lines.push(
        `• ${language === "en" ? indicator.nameEn : indicator.name}: ${formatNumber(indicator.value, language, 1)}${indicator.unit === "percent" ? " %" : ""}`,
      );
  }
  if (card.changes.length > 0) {
    lines.push("", t("review-card-changes"));
    for (const change of card.changes) {
      const item = card.items.find((candidate) => candidate.code === change.questionCode);
      const question = item ? asQuestion(item) : null;
      const show = (value: typeof change.before) =>
        question ? formatValue(question, value, language) : String(value);
      lines.push(
        t("review-card-change", {
          question: item ? (language === "en" ? item.textEn : item.text) : change.questionCode,
          before: show(change.before),
          after: show(change.after),
        }),
      );
    }
  }
  if (card.previousReturn?.comment)
    lines.push("", t("review-card-previous-return", { comment: card.previousReturn.comment }));
  return lines;
}

/** The one reason an old card button no longer works: "Этот отчёт уже принят 3 декабря …". */
export function refusalText(t: T, language: Language, refusal: ReviewRefusal): string {
  if ("at" in refusal)
    return t(`review-refused-${refusal.reason}`, {
      date: formatLocalDateTime(refusal.at, refusal.timezone, language),
    });
  return t(`review-refused-${refusal.reason}`);
}

/** Telegram's limit on a message's text. */
const MESSAGE_LIMIT = 4096;

/** A card's text with the decision below it, or null when it would not fit in one message. */
export function decidedCardText(cardText: string, decision: string): string | null {
  const text = `${cardText.trimEnd()}\n\n${decision}`;
  return text.length <= MESSAGE_LIMIT ? text : null;
}
