import { InlineKeyboard } from "grammy";
import type { Task } from "../../db/campaigns/tasks.ts";
import { periodTitle } from "../../domain/periods.ts";
import { isLanguage } from "../../i18n/translator.ts";
import { encodeTaskButton } from "../callback-data/task.ts";
import { formatLocalDateTime } from "../format.ts";
import type { ViewContext } from "./view-context.ts";

/** Open campaigns of the person's schools, soonest deadline first, with a button for each. */
export async function replyWithTasks(ctx: ViewContext, tasks: readonly Task[]): Promise<void> {
  const chosen = ctx.person?.language;
  const language = isLanguage(chosen) ? chosen : "ru";
  if (tasks.length === 0) {
    await ctx.reply(ctx.t("tasks-none"));
    return;
  }
  const keyboard = new InlineKeyboard();
  const lines = tasks.map((task, index) => {
    const form = language === "en" ? task.formTitleEn : task.formTitle;
    if (task.status !== "accepted")
      keyboard
        .text(
          `${index + 1}. ${ctx.t(`tasks-action-${task.status}`)}`,
          encodeTaskButton(task.campaignId, task.schoolId),
        )
        .row();
    return ctx.t("tasks-line", {
      index: index + 1,
      form,
      school: task.schoolName,
      period: periodTitle(ctx.t, task.periodCode),
      deadline: formatLocalDateTime(task.deadlineAt, task.timezone, language),
      status: ctx.t(`tasks-status-${task.status}`),
    });
  });
  await ctx.reply([ctx.t("tasks-title"), ...lines].join("\n\n"), { reply_markup: keyboard });
}
