import type { InlineKeyboard } from "grammy";
import type { ReportTask } from "../../db/orders/order-reports.ts";
import { encodeOrderButton } from "../callback-data/order.ts";
import { formatLocalDateTime } from "../format.ts";
import type { T } from "./form-question.ts";
import { orderNameParams } from "./order-report.ts";

/**
 * The report tasks' lines of /tasks, numbered on from `first`, each with the coordinator's comment
 * when returned; a button to send the report for those the school still has to send.
 */
export function reportTaskLines(
  t: T,
  language: "ru" | "en",
  tasks: readonly ReportTask[],
  first: number,
  keyboard: InlineKeyboard,
): string[] {
  return tasks.map((task, offset) => {
    const index = first + offset;
    if (task.status === "pending" || task.status === "returned")
      keyboard
        .text(
          `${index}. ${t(task.status === "pending" ? "order-report-send-button" : "order-report-resend-button")}`,
          encodeOrderButton("rsub", task.reportId),
        )
        .row();
    const line = t("order-report-task-line", {
      index,
      ...orderNameParams(t, task),
      school: task.schoolName,
      deadline: formatLocalDateTime(task.deadlineAt, task.timezone, language),
      status: t(`order-report-status-${task.status}`),
    });
    return task.comment
      ? `${line}\n${t("order-report-task-comment", { comment: task.comment })}`
      : line;
  });
}
