import { Composer } from "grammy";
import { listTasks } from "../../db/campaigns/tasks.ts";
import { listReportTasks } from "../../db/orders/order-reports.ts";
import {
  ensureSubmission,
  SubmissionError,
  type SubmissionErrorReason,
  submissionSchool,
} from "../../db/submissions/submissions.ts";
import { isLanguage } from "../../i18n/translator.ts";
import { decodeFormButton, FORM_CALLBACK } from "../callback-data/form.ts";
import { TASK_CALLBACK } from "../callback-data/task.ts";
import type { BotContext } from "../context.ts";
import { FORM_CONVERSATION, type FormArgs } from "../conversations/form.ts";
import { replyWithTasks } from "../views/tasks.ts";

/** "My tasks" for deputies and directors, and every way into a school's form. */
export const tasksFeature = new Composer<BotContext>();
const feature = tasksFeature.chatType("private");

/** `/tasks` and the menu button: the open campaigns and order reports of the person's schools. */
export async function showTasks(ctx: BotContext): Promise<void> {
  const person = ctx.person;
  if (!person) return;
  const prisma = ctx.deps.db.prisma;
  await replyWithTasks(
    ctx,
    await listTasks(prisma, person.id, new Date()),
    await listReportTasks(prisma, person.id),
  );
}

feature.command("tasks", showTasks);

feature.callbackQuery(TASK_CALLBACK, async (ctx) => {
  await ctx.answerCallbackQuery();
  const campaignId = Number(ctx.match[1]);
  const schoolId = Number(ctx.match[2]);
  const person = ctx.person;
  if (
    !person?.roles.some(
      (role) =>
        role.school?.id === schoolId && (role.role === "deputy" || role.role === "director"),
    )
  ) {
    await ctx.reply(ctx.t("tasks-not-yours"));
    return;
  }
  try {
    const { submission } = await ensureSubmission(
      ctx.deps.db.prisma,
      campaignId,
      schoolId,
      person.id,
    );
    await enterForm(ctx, submission.id);
  } catch (error) {
    if (!(error instanceof SubmissionError)) throw error;
    await ctx.reply(ctx.t(refusalKey(error.reason)));
  }
});

/** A form button pressed after the form was left (or after a deploy): pick the form up again. */
feature.callbackQuery(FORM_CALLBACK, async (ctx) => {
  const button = decodeFormButton(ctx.callbackQuery.data);
  await ctx.answerCallbackQuery();
  if (!button || !ctx.person) return;
  const submission = await submissionSchool(ctx.deps.db.prisma, button.submissionId);
  const mine =
    submission && ctx.person.roles.some((role) => role.school?.id === submission.schoolId);
  if (!submission || !mine) {
    await ctx.reply(ctx.t("tasks-not-yours"));
    return;
  }
  // The form says whether it goes on or why it cannot: one answer, not two.
  await enterForm(ctx, submission.id, { fromOldButton: true });
});

async function enterForm(
  ctx: BotContext,
  submissionId: number,
  options: Pick<FormArgs, "fromOldButton"> = {},
): Promise<void> {
  const person = ctx.person;
  if (!person) return;
  const args: FormArgs = {
    submissionId,
    personId: person.id,
    language: isLanguage(person.language) ? person.language : "ru",
    ...options,
  };
  await ctx.conversation.exitAll();
  await ctx.conversation.enter(FORM_CONVERSATION, args);
}

/** Why a form cannot be opened, in words for the school. */
function refusalKey(reason: SubmissionErrorReason): string {
  if (reason === "closed" || reason === "locked") return "form-locked-closed";
  if (reason === "not-open") return "form-not-open";
  return "tasks-not-yours";
}
