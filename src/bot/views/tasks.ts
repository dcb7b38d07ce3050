import { InlineKeyboard } from "grammy";
import type { Task } from "../../db/campaigns/tasks.ts";
import type { ReportTask } from "../../db/orders/order-reports.ts";
import { periodTitle } from "../../domain/periods.ts";
import { isLanguage } from "../../i18n/translator.ts";
import { encodeTaskButton } from "../callback-data/task.ts";
import { formatLocalDateTime } from "../format.ts";
import { chunkLines } from "../texts.ts";
import { reportTaskLines } from "./order-report-tasks.ts";
import type { ViewContext } from "./view-context.ts";

/**
 * Open campaigns of the person's schools, soonest deadline first, then the reports on orders they
 * still owe or wait on, with a button for each that needs the school.
 */
export async function replyWithTasks(
  ctx: ViewContext,
  tasks: readonly Task[],
  reportTasks: readonly ReportTask[] = [],
): Promise<void> {
  const chosen = ctx.person?.language;
  const language = isLanguage(chosen) ? chosen : "ru";
  if (tasks.length === 0 && reportTasks.length === 0) {
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
  lines.push(...reportTaskLines(ctx.t, language, reportTasks, tasks.length + 1, keyboard));
  // A blank line between tasks; a long list goes in several messages, the buttons under the last.
  const chunks = chunkLines(
    [ctx.t("tasks-title"), ...lines].flatMap((line) => ["", line]).slice(1),
  );
  for (const [index, chunk] of chunks.entries())
    await ctx.reply(chunk, index === chunks.length - 1 ? { reply_markup: keyboard } : {});
}
