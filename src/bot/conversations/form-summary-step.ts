import type { Context, InlineKeyboard } from "grammy";
import type { Database } from "../../db/client.ts";
import { saveWarningReason, saveWarningReasons } from "../../db/submissions/answer-writes.ts";
import { formLock } from "../../db/submissions/form-lock.ts";
import { type FormSession, toEngineAnswers } from "../../db/submissions/form-session.ts";
import { SubmissionError, submitSubmission } from "../../db/submissions/submissions.ts";
import {
  type FormQuestionDef,
  summarize,
  type UnexplainedAnswer,
  unexplainedAnswers,
} from "../../domain/form-engine/index.ts";
import { periodTitle } from "../../domain/periods.ts";
import { decodeFormButton } from "../callback-data/form.ts";
import { isTaskButton } from "../callback-data/task.ts";
import { chunkLines } from "../texts.ts";
import { lockText, type T } from "../views/form-question.ts";
import {
  editListKeyboard,
  type SummaryState,
  summaryKeyboard,
  summaryLines,
} from "../views/form-summary.ts";
import type { FormConversation } from "./form.ts";

export interface FormIo {
  conversation: FormConversation;
  t: T;
  language: "ru" | "en";
  db: Database;
  personId: number;
}

export type SummaryOutcome =
  | { kind: "exit" }
  | { kind: "submitted" }
  | { kind: "reload" }
  | { kind: "open-task" }
  | { kind: "edit"; code: string };

const MAX_REASON = 500;

function summaryState(session: FormSession): SummaryState {
  const answers = toEngineAnswers(session.answers);
  const summary = summarize(session.form, answers, {
    indicators: session.indicators,
    context: { previous: session.previous, municipal: session.municipal },
  });
  return { answers, summary };
}

/**
 * Tells why the report can no longer change: one reason, the one that holds, with its date.
 * Read and worded inside `external`, so the conversation's log keeps plain text.
 */
export async function replyLocked(
  io: Pick<FormIo, "conversation" | "t" | "language" | "db">,
  ctx: Context,
  submissionId: number,
): Promise<void> {
  const text = await io.conversation.external(async () =>
    lockText(io.t, io.language, await formLock(io.db.prisma, submissionId)),
  );
  await ctx.reply(text);
}

/**
 * The review before submission: answers, indicators, warnings needing reasons; edit or submit.
 * The summary's buttons live on its last message: choosing the answer to change swaps them in
 * place, and leaving the summary (to a question, to explanations, on submitting or exiting)
 * takes them away, so an old summary never offers what no longer applies.
 */
export async function runSummary(
  io: FormIo,
  ctx: Context,
  session: FormSession,
): Promise<SummaryOutcome> {
  const { conversation, t, language } = io;
  const state = summaryState(session);
  const chunks = chunkLines(summaryLines(t, language, session, state));
  for (const [index, chunk] of chunks.entries())
    await ctx.reply(
      chunk,
      index === chunks.length - 1 ? { reply_markup: summaryKeyboard(t, session, state) } : {},
    );

  for (;;) {
    const next = await conversation.wait();
    if (isTaskButton(next.callbackQuery?.data)) return { kind: "open-task" };
    const button = next.callbackQuery?.data ? decodeFormButton(next.callbackQuery.data) : null;
    if (!button || button.submissionId !== session.submissionId || button.step !== 0) {
      if (next.callbackQuery) await next.answerCallbackQuery({ text: t("form-button-outdated") });
      else if (next.message) await next.reply(t("form-summary-use-buttons"));
      // A question of this form answered before: its buttons no longer apply.
      if (button?.submissionId === session.submissionId)
        await next.editMessageReplyMarkup().catch(() => {});
      continue;
    }
    const action = button.action;
    await next.answerCallbackQuery(
      action.kind === "edit-list" ? { text: t("form-edit-choose") } : undefined,
    );
    const keyboard = (markup: InlineKeyboard) =>
      next.editMessageReplyMarkup({ reply_markup: markup }).catch(() => {});
    const leave = () => next.editMessageReplyMarkup().catch(() => {});
    switch (action.kind) {
      case "exit":
        await leave();
        await next.reply(t("form-saved-exit"));
        return { kind: "exit" };
      case "edit-list":
        await keyboard(editListKeyboard(session, state.answers, language, t));
        continue;
      case "back":
        await keyboard(summaryKeyboard(t, session, state));
        continue;
      case "edit": {
        const question = session.form.questions.find((q) => q.position === action.position);
        if (!question) continue;
        await leave();
        return { kind: "edit", code: question.code };
      }
      case "explain":
      case "explain-all": {
        await leave();
        const waiting = unexplainedAnswers(state.summary);
        const done =
          action.kind === "explain-all" && waiting.length > 1
            ? await explainAll(io, next, session, waiting)
            : await explainEach(io, next, session, waiting);
        return done ? { kind: "reload" } : { kind: "exit" };
      }
      case "submit": {
        if (state.summary.missing.length > 0 || state.summary.errors.length > 0) {
          await next.reply(t("form-submit-blocked"));
          continue;
        }
        const waiting = unexplainedAnswers(state.summary);
        // Several values to explain: the deputy chooses between one reason each and one for
        // all with the summary's buttons, which this reply names.
        if (waiting.length > 1) {
          await next.reply(t("form-summary-explain-many", { count: waiting.length }));
          continue;
        }
        if (waiting.length > 0) {
          await leave();
          const done = await explainEach(io, next, session, waiting);
          return done ? { kind: "reload" } : { kind: "exit" };
        }
        const result = await conversation.external(() => submit(io, session.submissionId));
        if (!result.ok) {
          if (result.reason === "incomplete") {
            await next.reply(t("form-submit-blocked"));
            return { kind: "reload" };
          }
          await leave();
          await replyLocked(io, next, session.submissionId);
          return { kind: "exit" };
        }
        await leave();
        const report = {
          school: session.schoolName,
          form: language === "en" ? session.form.titleEn : session.form.title,
          period: periodTitle(t, session.periodCode),
          version: result.version,
        };
        const key = result.alreadySubmitted
          ? "form-already-submitted"
          : result.late
            ? "form-submitted-late"
            : "form-submitted";
        await next.reply(t(key, report));
        return { kind: "submitted" };
      }
      default:
        continue;
    }
  }
}

/**
 * Submits unless the report can no longer change (accepted or closed meanwhile, e.g. while the
 * summary stood on screen): then the status says which, so the refusal names the right reason.
 */
async function submit(io: FormIo, submissionId: number) {
  const now = new Date();
  if (await formLock(io.db.prisma, submissionId, now))
    return { ok: false as const, reason: "locked" as const };
  try {
    const submitted = await submitSubmission(io.db.prisma, submissionId, io.personId, now);
    return { ok: true as const, ...submitted };
  } catch (error) {
    // Closed meanwhile, or a colleague's change left something unanswered: say so.
    if (error instanceof SubmissionError) return { ok: false as const, reason: error.reason };
    throw error;
  }
}

function questionName(session: FormSession, code: string, language: "ru" | "en"): string {
  const question: FormQuestionDef | undefined = session.form.questions.find((q) => q.code === code);
  if (!question) return code;
  return language === "en" ? question.textEn : question.text;
}

/**
 * Asks a short reason for each answer with warnings and no explanation yet (one reason covers
 * the warnings of one answer); each reason is saved with its answer. False when the report
 * became locked meanwhile (the person has been told).
 */
async function explainEach(
  io: FormIo,
  ctx: Context,
  session: FormSession,
  waiting: UnexplainedAnswer[],
): Promise<boolean> {
  const { conversation, t, language } = io;
  for (const answer of waiting) {
    await ctx.reply(
      t("form-explain-ask", {
        question: questionName(session, answer.questionCode, language),
        warning: answer.problems.map((problem) => t(problem.key, problem.params)).join("\n"),
      }),
    );
    const reason = await waitForReason(io);
    const saved = await conversation.external(() =>
      saveWarningReason(
        io.db.prisma,
        session.submissionId,
        answer.questionCode,
        reason.text,
        io.personId,
      ),
    );
    if (!saved.ok && saved.reason === "locked") return locked(io, reason.ctx, session);
  }
  return true;
}

/** One reason typed once and saved with every answer still waiting for one. */
async function explainAll(
  io: FormIo,
  ctx: Context,
  session: FormSession,
  waiting: UnexplainedAnswer[],
): Promise<boolean> {
  const { conversation, t, language } = io;
  const questions = waiting
    .map((answer) => `⚠️ ${questionName(session, answer.questionCode, language)}`)
    .join("\n");
  await ctx.reply(t("form-explain-all-ask", { count: waiting.length, questions }));
  const reason = await waitForReason(io);
  const codes = waiting.map((answer) => answer.questionCode);
  const saved = await conversation.external(() =>
    saveWarningReasons(io.db.prisma, session.submissionId, codes, reason.text, io.personId),
  );
  if (!saved.ok && saved.reason === "locked") return locked(io, reason.ctx, session);
  // The summary that follows shows the reason under each warning.
  return true;
}

async function locked(io: FormIo, ctx: Context, session: FormSession): Promise<false> {
  await replyLocked(io, ctx, session.submissionId);
  return false;
}

/** The next text message: a short reason. Anything else is answered with what to send. */
async function waitForReason(io: FormIo): Promise<{ text: string; ctx: Context }> {
  const { conversation, t } = io;
  for (;;) {
    const next = await conversation.wait();
    const text = next.message?.text?.trim();
    if (!text || text.startsWith("/")) {
      if (next.callbackQuery) await next.answerCallbackQuery({ text: t("form-explain-type") });
      else await next.reply(t("form-explain-type"));
      continue;
    }
    if (text.length > MAX_REASON) {
      await next.reply(t("form-error-too-long", { max: MAX_REASON, length: text.length }));
      continue;
    }
    return { text, ctx: next };
  }
}
