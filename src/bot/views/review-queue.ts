import { InlineKeyboard } from "grammy";
import type { QueueItem } from "../../db/reviews/reviews.ts";
import { periodTitle } from "../../domain/periods.ts";
import { encodeReviewButton } from "../callback-data/review.ts";
import type { ViewContext } from "./view-context.ts";

/** How many waiting submissions get their own button; the rest follow as the queue empties. */
const SHOWN = 15;

/** Submissions waiting for this coordinator, oldest first, with "accept all without warnings". */
export async function replyWithReviewQueue(
  ctx: ViewContext,
  queue: readonly QueueItem[],
): Promise<void> {
  const person = ctx.person;
  if (!person) return;
  // One button switches between a message per submission and a daily digest.
  const digest = person.reviewMode === "digest";
  const modeLabel = ctx.t(digest ? "review-mode-switch-each" : "review-mode-switch-digest");
  const modeData = encodeReviewButton("mode", digest ? 0 : 1);
  if (queue.length === 0) {
    await ctx.reply(ctx.t("review-queue-empty"), {
      reply_markup: new InlineKeyboard().text(modeLabel, modeData),
    });
    return;
  }
  const keyboard = new InlineKeyboard();
  const clean = queue.filter((item) => item.warningCount === 0).length;
  if (clean > 0)
    keyboard.text(ctx.t("review-accept-all", { count: clean }), encodeReviewButton("all")).row();
  const lines = queue.slice(0, SHOWN).map((item, index) => {
    keyboard
      .text(
        `${index + 1}. ${item.schoolName}`.slice(0, 60),
        encodeReviewButton("open", item.submissionId),
      )
      .row();
    return ctx.t("review-queue-line", {
      index: index + 1,
      school: item.schoolName,
      form: person.language === "en" ? item.formTitleEn : item.formTitle,
      period: periodTitle(ctx.t, item.periodCode),
      version: item.version,
      flags: [
        item.late ? ctx.t("review-flag-late") : "",
        item.warningCount > 0 ? ctx.t("review-flag-warnings", { count: item.warningCount }) : "",
      ]
        .filter(Boolean)
        .join(" "),
    });
  });
  keyboard.row().text(modeLabel, modeData);
  await ctx.reply([ctx.t("review-queue-title", { count: queue.length }), ...lines].join("\n"), {
    reply_markup: keyboard,
  });
}
