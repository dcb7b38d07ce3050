import type { Context } from "grammy";
import type { Database } from "../../db/client.ts";
import { type FormSession, toEngineAnswers } from "../../db/submissions/form-session.ts";
import {
  SubmissionError,
  saveWarningReason,
  submitSubmission,
} from "../../db/submissions/submissions.ts";
import { summarize } from "../../domain/form-engine/index.ts";
import { decodeFormButton } from "../callback-data/form.ts";
import { isTaskButton } from "../callback-data/task.ts";
import { chunkLines } from "../texts.ts";
import type { T } from "../views/form-question.ts";
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

/** The review before submission: answers, indicators, warnings needing reasons; edit or submit. */
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
      continue;
    }
    await next.answerCallbackQuery();
    const action = button.action;
    switch (action.kind) {
      case "exit":
        await next.reply(t("form-saved-exit"));
        return { kind: "exit" };
      case "edit-list":
        await next.reply(t("form-edit-choose"), {
          reply_markup: editListKeyboard(session, state.answers, language, t),
        });
        continue;
      case "back":
        return { kind: "reload" };
      case "edit": {
        const question = session.form.questions.find((q) => q.position === action.position);
        if (question) return { kind: "edit", code: question.code };
        continue;
      }
      case "explain":
        await explainWarnings(io, next, session, state);
        return { kind: "reload" };
      case "submit": {
        if (state.summary.missing.length > 0 || state.summary.errors.length > 0) {
          await next.reply(t("form-submit-blocked"));
          continue;
        }
        if (state.summary.reasons.some((needed) => !needed.reason)) {
          await explainWarnings(io, next, session, state);
          return { kind: "reload" };
        }
        const result = await conversation.external(async () => {
          try {
            const submitted = await submitSubmission(
              io.db.prisma,
              session.submissionId,
              io.personId,
              new Date(),
            );
            return { ok: true as const, ...submitted };
          } catch (error) {
            // Closed meanwhile, or a colleague's change left something unanswered: say so.
            if (error instanceof SubmissionError)
              return { ok: false as const, reason: error.reason };
            throw error;
          }
        });
        if (!result.ok) {
          const incomplete = result.reason === "incomplete";
          await next.reply(t(incomplete ? "form-submit-blocked" : "form-locked-closed"));
          return incomplete ? { kind: "reload" } : { kind: "exit" };
        }
        await next.reply(
          t(result.late ? "form-submitted-late" : "form-submitted", { version: result.version }),
        );
        return { kind: "submitted" };
      }
      default:
        continue;
    }
  }
}

/** Asks a short reason for each warning that has none; each reason is saved with its answer. */
async function explainWarnings(
  io: FormIo,
  ctx: Context,
  session: FormSession,
  state: SummaryState,
) {
  const { conversation, t, language } = io;
  for (const warning of state.summary.reasons) {
    if (warning.reason) continue;
    const question = session.form.questions.find((q) => q.code === warning.questionCode);
    const name = question
      ? language === "en"
        ? question.textEn
        : question.text
      : warning.questionCode;
    await ctx.reply(
      t("form-explain-ask", {
        question: name,
        warning: t(warning.problem.key, warning.problem.params),
      }),
    );
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
      await conversation.external(() =>
        saveWarningReason(
          io.db.prisma,
          session.submissionId,
          warning.questionCode,
          text,
          io.personId,
        ),
      );
      break;
    }
  }
}
