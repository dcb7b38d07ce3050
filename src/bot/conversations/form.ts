import type { Conversation } from "@grammyjs/conversations";
import type { Context } from "grammy";
import { createFormDefinitionCache } from "../../db/catalog/form-definitions.ts";
import { readFormProgress } from "../../db/submissions/form-progress.ts";
import {
  type FormOpening,
  loadSummaryContext,
  openFormSession,
  type PlainAnswer,
  toEngineAnswers,
} from "../../db/submissions/form-session.ts";
import { saveAnswer } from "../../db/submissions/submissions.ts";
import {
  type AnswerValue,
  checkRules,
  type FormDef,
  type FormQuestionDef,
  nextQuestion,
  parseAnswer,
  previousQuestion,
  progress,
} from "../../domain/form-engine/index.ts";
import { periodTitle } from "../../domain/periods.ts";
import type { BotContext, BotDeps } from "../context.ts";
import { formatLocalDateTime } from "../format.ts";
import { questionKeyboard, questionText, type T } from "../views/form-question.ts";
import { type Incoming, waitForInput } from "./form-input.ts";
import { replyLocked, runSummary } from "./form-summary-step.ts";

export const FORM_CONVERSATION = "form";
/** Bump when this conversation's code changes shape (see ./versioning.ts). */
export const FORM_CONVERSATION_VERSION = 4;

export interface FormArgs {
  submissionId: number;
  personId: number;
  language: "ru" | "en";
  /**
   * Opened by a button of an older form message (the form had been left, or the bot restarted):
   * the person is told the form goes on, or, when it can no longer change, only why not, and the
   * old message loses its buttons.
   */
  fromOldButton?: boolean;
}

export type FormConversation = Conversation<BotContext, Context>;

/**
 * The guided form: one question per message, each accepted answer saved at once, a summary with
 * indicators and warnings before submission. Answers live in the database, so a restart or a
 * week's pause resumes at the first unanswered question.
 *
 * The conversations plugin replays the whole conversation on every update from its stored log.
 * Each saved answer therefore rewinds to the checkpoint after the greeting, and the step re-reads
 * the answers from the database: the log holds the opening and the current question only, so
 * question 60 costs what question 1 does.
 */
export function createFormConversation(deps: BotDeps) {
  const forms = createFormDefinitionCache(deps.db.prisma);
  return async function form(conversation: FormConversation, ctx: Context, args: FormArgs) {
    const { submissionId, personId, language } = args;
    const t: T = (key, params) => deps.translate(language, key, params);
    const prisma = deps.db.prisma;

    const opening = await conversation.external(() =>
      openFormSession(prisma, submissionId, personId),
    );
    const io = { conversation, t, language, db: deps.db };
    // The old message's buttons no longer apply: the form goes on in new messages, or not at all.
    if (args.fromOldButton) await ctx.editMessageReplyMarkup().catch(() => {});
    if (!opening?.editable) {
      await replyLocked(io, ctx, submissionId);
      return;
    }
    await ctx.reply(greeting(t, language, opening, args));

    const everyStep = conversation.checkpoint();
    const readProgress = () => conversation.external(() => readFormProgress(deps.db, submissionId));
    let current = await readProgress();
    if (!current?.editable) {
      await replyLocked(io, ctx, submissionId);
      return;
    }
    const formDef: FormDef = await forms.get(current.formId, current.formVersion);
    let answersByCode: Record<string, PlainAnswer> = current.answers;
    // Returned questions come first, until each has been answered again since the return.
    const only = opening.returnedCodes.length > 0 ? opening.returnedCodes : undefined;
    let editing: string | null = null;

    for (;;) {
      const answers = toEngineAnswers(answersByCode);
      const editingCode: string | null = editing;
      const question: FormQuestionDef | null | undefined = editingCode
        ? formDef.questions.find((q) => q.code === editingCode)
        : ((only
            ? nextQuestion(formDef, answers, { only, answeredSince: returnedSince(opening) })
            : null) ?? nextQuestion(formDef, answers));
      if (!question) {
        const context = await conversation.external(() => loadSummaryContext(prisma, opening));
        const outcome = await runSummary(
          { conversation, t, language, db: deps.db, personId },
          ctx,
          { ...opening, ...context, form: formDef, answers: answersByCode },
        );
        if (outcome.kind === "exit" || outcome.kind === "submitted") return;
        if (outcome.kind === "open-task") await conversation.halt({ next: true });
        if (outcome.kind === "reload") await conversation.rewind(everyStep);
        if (outcome.kind === "edit") editing = outcome.code;
        continue;
      }
      const step = progress(formDef, answers, question.code);
      const view = {
        submissionId,
        question,
        index: step.index,
        total: step.total,
        formTitle: language === "en" ? formDef.titleEn : formDef.title,
        current: answers[question.code]?.value,
        previous: question.dataElementCode ? opening.previous[question.dataElementCode] : undefined,
        selected: asList(answers[question.code]?.value),
        remark: opening.returnedReasons[question.code],
      };
      const canGoBack = previousQuestion(formDef, answers, question.code) !== null;
      // Input that is not an answer rewinds to here: the question is asked again and the stored
      // conversation does not grow with every mistyped value.
      const asked = conversation.checkpoint();
      await ctx.reply(questionText(t, language, view), {
        reply_markup: questionKeyboard(t, language, view, canGoBack),
      });

      const incoming: Incoming = await waitForInput(conversation, t, language, view, canGoBack);
      if (incoming.kind === "exit") {
        await incoming.ctx.reply(t("form-saved-exit"));
        return;
      }
      // A button that opens a form: this one ends (its answers are saved) and the tasks feature
      // opens the one pressed.
      if (incoming.kind === "open-task") await conversation.halt({ next: true });
      if (incoming.kind === "repeat") await conversation.rewind(asked);
      if (incoming.kind === "back") {
        editing = previousQuestion(formDef, answers, question.code)?.code ?? question.code;
        continue;
      }
      let value: AnswerValue | null = null;
      if (incoming.kind === "skip") {
        if (question.required) {
          await incoming.ctx.reply(t("form-error-required"));
          await conversation.rewind(asked);
        }
      } else if (incoming.kind === "answer") {
        const parsed = parseAnswer(question, incoming.input, language);
        if (!parsed.ok) {
          await incoming.ctx.reply(`❗ ${t(parsed.problem.key, parsed.problem.params)}`);
          await conversation.rewind(asked);
        } else {
          value = parsed.value;
          const broken = brokenRule(formDef, answersByCode, question, value);
          if (broken) {
            await incoming.ctx.reply(`❗ ${t(broken.key, broken.params)}`);
            await conversation.rewind(asked);
          }
        }
      }
      const expected = answersByCode[question.code]?.updatedAt;
      const saved = await conversation.external(async () => {
        const result = await saveAnswer(
          deps.db,
          submissionId,
          question.code,
          { value, skipped: incoming.kind === "skip" },
          personId,
          { expectedUpdatedAt: expected ? new Date(expected) : null },
        );
        return result.ok
          ? { ok: true as const }
          : { ok: false as const, reason: result.reason, by: result.by?.fullName ?? null };
      });
      // Saved: back to the checkpoint, which reads the answers afresh and asks what comes next.
      if (saved.ok) await conversation.rewind(everyStep);
      // This question was answered after it was shown (the form's state was behind the saved
      // answers): nothing is overwritten; the current question is asked.
      if (saved.reason === "stale") {
        await incoming.ctx.reply(t("form-stale"));
        await conversation.rewind(everyStep);
      }
      if (saved.reason === "locked") {
        await replyLocked(io, incoming.ctx, submissionId);
        return;
      }
      await incoming.ctx.reply(t("form-conflict", { name: saved.by ?? "—" }));
      // A colleague changed this answer meanwhile: show theirs and ask the same question again.
      current = (await readProgress()) ?? current;
      answersByCode = current.answers;
      editing = question.code;
    }
  };
}

/** One message on opening: the form, school, period and deadline, and what has happened since. */
function greeting(t: T, language: "ru" | "en", session: FormOpening, args: FormArgs): string {
  const lines = [
    t("form-greeting", {
      form: language === "en" ? session.formTitleEn : session.formTitle,
      school: session.schoolName,
      period: periodTitle(t, session.periodCode),
      deadline: formatLocalDateTime(new Date(session.deadlineAt), session.timezone, language),
    }),
  ];
  if (args.fromOldButton) lines.push(t("form-resumed"));
  if (session.lastTouched && session.lastTouched.personId !== args.personId)
    lines.push(t("form-last-touched", { name: session.lastTouched.fullName }));
  if (session.reviewComment)
    lines.push(
      "",
      t("form-returned", { comment: session.reviewComment, count: session.returnedCodes.length }),
    );
  return lines.join("\n");
}

/** A value that would break a cross-question rule (a part above its total…) is refused before saving. */
function brokenRule(
  form: FormDef,
  plain: Record<string, PlainAnswer>,
  question: FormQuestionDef,
  value: AnswerValue | null,
) {
  const answers = toEngineAnswers(plain);
  answers[question.code] = {
    value,
    skipped: false,
    warningReason: null,
    answeredById: null,
    updatedAt: new Date(0),
  };
  return (
    checkRules(form, answers).find(
      (rule) => rule.severity === "error" && rule.questionCodes.includes(question.code),
    )?.problem ?? null
  );
}

/** Returned questions are asked again even though their old answers are still filled in. */
function returnedSince(session: FormOpening): Date | undefined {
  return session.returnedAt ? new Date(session.returnedAt) : undefined;
}

function asList(value: AnswerValue | null | undefined): string[] | undefined {
  return Array.isArray(value) ? value : undefined;
}
