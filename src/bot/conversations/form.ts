import type { Conversation } from "@grammyjs/conversations";
import type { Context } from "grammy";
import {
  type FormSession,
  loadFormSession,
  toEngineAnswers,
  toPlainAnswers,
} from "../../db/form-session.ts";
import { saveAnswer } from "../../db/submissions.ts";
import {
  type AnswerValue,
  checkRules,
  type FormQuestionDef,
  nextQuestion,
  parseAnswer,
  previousQuestion,
  progress,
} from "../../domain/form-engine/index.ts";
import type { BotContext, BotDeps } from "../context.ts";
import { formatLocalDateTime } from "../format.ts";
import { questionKeyboard, questionText, type T } from "../views/form-question.ts";
import { type Incoming, waitForInput } from "./form-input.ts";
import { runSummary } from "./form-summary-step.ts";

export const FORM_CONVERSATION = "form";
/** Bump when the conversation's code changes shape: stored replays of the old code are dropped. */
export const FORM_CONVERSATION_VERSION = 1;

export interface FormArgs {
  submissionId: number;
  personId: number;
  language: "ru" | "en";
}

export type FormConversation = Conversation<BotContext, Context>;

/**
 * The guided form: one question per message, each accepted answer saved at once, a summary with
 * indicators and warnings before submission. Its state holds only where the person is; answers live
 * in the database, so a restart or a week's pause resumes at the first unanswered question.
 */
export function createFormConversation(deps: BotDeps) {
  return async function form(conversation: FormConversation, ctx: Context, args: FormArgs) {
    const { submissionId, personId, language } = args;
    const t: T = (key, params) => deps.translate(language, key, params);
    const prisma = deps.db.prisma;
    const load = () => conversation.external(() => loadFormSession(prisma, submissionId, personId));

    let session = await load();
    if (!session) {
      await ctx.reply(t("form-locked-closed"));
      return;
    }
    if (!session.editable) {
      await ctx.reply(
        t(session.status === "accepted" ? "form-locked-accepted" : "form-locked-closed"),
      );
      return;
    }
    await ctx.reply(greeting(t, language, session, personId));
    let only = session.returnedCodes.length > 0 ? session.returnedCodes : undefined;
    let editing: string | null = null;
    let backToSummary = false;

    for (;;) {
      const answers = toEngineAnswers(session.answers);
      const editingCode: string | null = editing;
      const question: FormQuestionDef | null | undefined = editingCode
        ? session.form.questions.find((q) => q.code === editingCode)
        : nextQuestion(
            session.form,
            answers,
            only ? { only, answeredSince: returnedSince(session) } : undefined,
          );
      if (!question) {
        if (only) {
          only = undefined;
          continue;
        }
        const outcome = await runSummary(
          { conversation, t, language, prisma, personId },
          ctx,
          session,
        );
        if (outcome.kind === "exit" || outcome.kind === "submitted") return;
        if (outcome.kind === "reload") session = (await load()) ?? session;
        if (outcome.kind === "edit") {
          editing = outcome.code;
          backToSummary = true;
        }
        continue;
      }
      const step = progress(session.form, answers, question.code);
      const view = {
        submissionId,
        question,
        index: step.index,
        total: step.total,
        formTitle: language === "en" ? session.form.titleEn : session.form.title,
        current: answers[question.code]?.value,
        previous: question.dataElementCode ? session.previous[question.dataElementCode] : undefined,
        selected: asList(answers[question.code]?.value),
        remark: session.returnedReasons[question.code],
      };
      const canGoBack = previousQuestion(session.form, answers, question.code) !== null;
      await ctx.reply(questionText(t, language, view), {
        reply_markup: questionKeyboard(t, language, view, canGoBack),
      });

      const incoming: Incoming = await waitForInput(conversation, t, language, view, canGoBack);
      if (incoming.kind === "exit") {
        await incoming.ctx.reply(t("form-saved-exit"));
        return;
      }
      if (incoming.kind === "repeat") {
        editing = question.code;
        continue;
      }
      if (incoming.kind === "back") {
        editing = previousQuestion(session.form, answers, question.code)?.code ?? question.code;
        continue;
      }
      let value: AnswerValue | null = null;
      if (incoming.kind === "skip") {
        if (question.required) {
          await incoming.ctx.reply(t("form-error-required"));
          editing = question.code;
          continue;
        }
      } else {
        const parsed = parseAnswer(question, incoming.input);
        if (!parsed.ok) {
          await incoming.ctx.reply(`❗ ${t(parsed.problem.key, parsed.problem.params)}`);
          editing = question.code;
          continue;
        }
        value = parsed.value;
        const broken = brokenRule(session, question, value);
        if (broken) {
          await incoming.ctx.reply(`❗ ${t(broken.key, broken.params)}`);
          editing = question.code;
          continue;
        }
      }
      const expected = session.answers[question.code]?.updatedAt;
      const saved = await conversation.external(async () => {
        const result = await saveAnswer(
          prisma,
          submissionId,
          question.code,
          { value, skipped: incoming.kind === "skip" },
          personId,
          { expectedUpdatedAt: expected ? new Date(expected) : null },
        );
        // Only the saved answer goes into the conversation's state: the state is rewritten on
        // every step, so returning all answers each time would grow it with the square of the form.
        const own = result.ok ? result.answers[question.code] : undefined;
        return result.ok
          ? {
              ok: true as const,
              answer: own ? toPlainAnswers({ [question.code]: own })[question.code] : undefined,
            }
          : { ok: false as const, reason: result.reason, by: result.by?.fullName ?? null };
      });
      if (!saved.ok) {
        await incoming.ctx.reply(
          saved.reason === "conflict"
            ? t("form-conflict", { name: saved.by ?? "—" })
            : t("form-locked-closed"),
        );
        if (saved.reason === "locked") return;
        session = (await load()) ?? session;
        editing = question.code;
        continue;
      }
      if (saved.answer) session.answers[question.code] = saved.answer;
      editing = null;
      if (backToSummary && nextQuestion(session.form, toEngineAnswers(session.answers)) === null)
        backToSummary = false;
    }
  };
}

function greeting(t: T, language: "ru" | "en", session: FormSession, personId: number): string {
  const lines = [
    t("form-greeting", {
      form: language === "en" ? session.form.titleEn : session.form.title,
      school: session.schoolName,
      period: session.periodCode,
      deadline: formatLocalDateTime(new Date(session.deadlineAt), session.timezone, language),
    }),
  ];
  if (session.lastTouched && session.lastTouched.personId !== personId)
    lines.push(t("form-last-touched", { name: session.lastTouched.fullName }));
  if (session.reviewComment)
    lines.push(
      "",
      t("form-returned", { comment: session.reviewComment, count: session.returnedCodes.length }),
    );
  return lines.join("\n");
}

/** A value that would break a cross-question rule (a part above its total…) is refused before saving. */
function brokenRule(session: FormSession, question: FormQuestionDef, value: AnswerValue | null) {
  const answers = toEngineAnswers(session.answers);
  answers[question.code] = {
    value,
    skipped: false,
    warningReason: null,
    answeredById: null,
    updatedAt: new Date(0),
  };
  return (
    checkRules(session.form, answers).find(
      (rule) => rule.severity === "error" && rule.questionCodes.includes(question.code),
    )?.problem ?? null
  );
}

/** Returned questions are asked again even though their old answers are still filled in. */
function returnedSince(session: FormSession): Date | undefined {
  return session.returnedAt ? new Date(session.returnedAt) : undefined;
}

function asList(value: AnswerValue | null | undefined): string[] | undefined {
  return Array.isArray(value) ? value : undefined;
}
