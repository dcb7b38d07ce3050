import { InlineKeyboard } from "grammy";
import type { FormSession } from "../../db/submissions/form-session.ts";
import {
  type Answers,
  type FormQuestionDef,
  type FormSummary,
  formatValue,
  unexplainedAnswers,
  visibleQuestions,
} from "../../domain/form-engine/index.ts";
import { periodTitle } from "../../domain/periods.ts";
import { encodeFormButton } from "../callback-data/form.ts";
import type { T } from "./form-question.ts";

type Language = "ru" | "en";

export interface SummaryState {
  answers: Answers;
  summary: FormSummary;
}

const number = (value: number, language: Language) =>
  new Intl.NumberFormat(language === "en" ? "en-GB" : "ru-RU", { maximumFractionDigits: 1 }).format(
    value,
  );

/** Every answer, the indicators they produce beside last period and the municipality, and warnings. */
export function summaryLines(
  t: T,
  language: Language,
  session: FormSession,
  state: SummaryState,
): string[] {
  const lines = [
    t("form-summary-title", {
      form: title(session, language),
      school: session.schoolName,
      period: periodTitle(t, session.periodCode),
    }),
    "",
  ];
  visibleQuestions(session.form, state.answers).forEach((question, index) => {
    const answer = state.answers[question.code];
    const value = answer?.skipped
      ? t("form-skipped")
      : formatValue(question, answer?.value ?? null, language);
    lines.push(`${index + 1}. ${shortText(question, language)} — ${value}`);
  });
  const values = state.summary.indicators.filter((row) => row.value !== null);
  if (values.length > 0) {
    lines.push("", t("form-summary-indicators"));
    for (const { indicator, value } of values) {
      const row = { code: indicator.code, value: value ?? 0 };
      const context = session.indicatorContext[row.code] ?? {};
      const unit = indicator.unit === "percent" ? " %" : "";
      lines.push(
        t("form-summary-indicator", {
          name: language === "en" ? indicator.nameEn : indicator.name,
          value: `${number(row.value, language)}${unit}`,
          previous:
            context.previous === undefined ? "—" : `${number(context.previous, language)}${unit}`,
          municipal:
            context.municipal === undefined ? "—" : `${number(context.municipal, language)}${unit}`,
        }),
      );
    }
  }
  if (state.summary.reasons.length > 0) {
    lines.push("", t("form-summary-warnings"));
    for (const warning of state.summary.reasons) {
      // The question on a line of its own: its text may end in a full stop or a question mark.
      lines.push(
        `⚠️ ${questionName(session, warning.questionCode, language)}`,
        t(warning.problem.key, warning.problem.params),
      );
      if (warning.reason) lines.push(t("form-summary-reason", { reason: warning.reason }));
    }
    const waiting = unexplainedAnswers(state.summary).length;
    if (waiting > 0)
      lines.push(
        "",
        waiting === 1
          ? t("form-summary-explain-one")
          : t("form-summary-explain-many", { count: waiting }),
      );
  }
  for (const { problem } of state.summary.errors)
    lines.push("", `❗ ${t(problem.key, problem.params)}`);
  const missing = state.summary.missing;
  if (missing.length > 0)
    lines.push(
      "",
      t("form-summary-missing", {
        questions: missing.map((q) => shortText(q, language)).join("; "),
      }),
    );
  return lines;
}

export function summaryKeyboard(t: T, session: FormSession, state: SummaryState): InlineKeyboard {
  const button = (action: Parameters<typeof encodeFormButton>[0]["action"]) =>
    encodeFormButton({ submissionId: session.submissionId, step: 0, action });
  const keyboard = new InlineKeyboard();
  const waiting = unexplainedAnswers(state.summary).length;
  if (waiting === 1) keyboard.text(t("form-explain-one"), button({ kind: "explain" })).row();
  if (waiting > 1)
    keyboard
      .text(t("form-explain-each"), button({ kind: "explain" }))
      .row()
      .text(t("form-explain-all"), button({ kind: "explain-all" }))
      .row();
  keyboard.text(t("form-edit"), button({ kind: "edit-list" })).row();
  keyboard.text(t("form-submit"), button({ kind: "submit" })).row();
  return keyboard.text(t("form-save-exit"), button({ kind: "exit" }));
}

/** One button per visible question, to change any single answer from the summary. */
export function editListKeyboard(
  session: FormSession,
  answers: Answers,
  language: Language,
  t: T,
): InlineKeyboard {
  const keyboard = new InlineKeyboard();
  visibleQuestions(session.form, answers).forEach((question, index) => {
    keyboard
      .text(
        `${index + 1}. ${shortText(question, language)}`.slice(0, 60),
        encodeFormButton({
          submissionId: session.submissionId,
          step: 0,
          action: { kind: "edit", position: question.position },
        }),
      )
      .row();
  });
  return keyboard.text(
    t("form-back"),
    encodeFormButton({ submissionId: session.submissionId, step: 0, action: { kind: "back" } }),
  );
}

function title(session: FormSession, language: Language): string {
  return language === "en" ? session.form.titleEn : session.form.title;
}

function shortText(question: FormQuestionDef, language: Language): string {
  const text = language === "en" ? question.textEn : question.text;
  return text.length > 80 ? `${text.slice(0, 77)}…` : text;
}

function questionName(session: FormSession, code: string, language: Language): string {
  const question = session.form.questions.find((candidate) => candidate.code === code);
  return question ? shortText(question, language) : code;
}
