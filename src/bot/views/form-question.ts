import { InlineKeyboard } from "grammy";
import type { FormLock } from "../../db/submissions/form-lock.ts";
import type { FormQuestionDef } from "../../domain/form-engine/index.ts";
import { formatValue } from "../../domain/form-engine/index.ts";
import { encodeFormButton, type FormAction } from "../callback-data/form.ts";
import { formatLocalDateTime } from "../format.ts";

export type T = (key: string, params?: Record<string, string | number>) => string;
type Language = "ru" | "en";

export interface QuestionView {
  submissionId: number;
  question: FormQuestionDef;
  index: number;
  total: number;
  formTitle: string;
  current: unknown;
  previous: number | undefined;
  /** Multiple choice: what is ticked so far. */
  selected?: string[];
  /** The coordinator's remark when this question was returned. */
  remark?: string;
}

/** Why the report can no longer change, with when: "уже принят координатором 3 декабря 2026 г. в 14:00". */
export function lockText(t: T, language: Language, lock: FormLock | null): string {
  if (lock?.reason === "accepted")
    return t("form-locked-accepted", {
      date: formatLocalDateTime(lock.at, lock.timezone, language),
    });
  if (lock?.reason === "closed" && lock.at)
    return t("form-locked-closed-on", {
      date: formatLocalDateTime(lock.at, lock.timezone, language),
    });
  return t("form-locked-closed");
}

/** Question buttons carry position + 1: step 0 belongs to the summary. */
export function questionStep(question: FormQuestionDef): number {
  return question.position + 1;
}

const NUMERIC = new Set(["integer", "decimal", "percent"]);

export function questionText(t: T, language: Language, view: QuestionView): string {
  const { question } = view;
  const lines = [
    t("form-progress", { index: view.index, total: view.total, form: view.formTitle }),
    "",
    language === "en" ? question.textEn : question.text,
  ];
  const help = language === "en" ? question.helpEn : question.help;
  if (help) lines.push(`ℹ️ ${help}`);
  if (view.remark) lines.push(t("form-remark", { remark: view.remark }));
  const hint = inputHint(t, question);
  if (hint) lines.push(hint);
  if (NUMERIC.has(question.type) && view.previous !== undefined)
    lines.push(t("form-previous-value", { value: formatValue(question, view.previous, language) }));
  if (view.current !== undefined && view.current !== null)
    lines.push(
      t("form-current-value", { value: formatValue(question, view.current as never, language) }),
    );
  if (!question.required) lines.push(t("form-optional"));
  return lines.join("\n");
}

function inputHint(t: T, question: FormQuestionDef): string | null {
  switch (question.type) {
    case "integer":
    case "decimal":
    case "percent":
      return question.min !== null && question.max !== null
        ? t(`form-hint-${question.type}-range`, { min: question.min, max: question.max })
        : t(`form-hint-${question.type}`);
    case "date":
      return t("form-hint-date");
    case "text":
      return t("form-hint-text", { max: question.maxLength ?? 4000 });
    case "file":
      return t("form-hint-file", {
        types: question.fileTypes.join(", ") || "pdf",
        max: question.maxFileSizeMb ?? 20,
      });
    case "multiple_choice":
      return t("form-hint-multiple");
    default:
      return null;
  }
}

export function questionKeyboard(
  t: T,
  language: Language,
  view: QuestionView,
  canGoBack: boolean,
): InlineKeyboard {
  const { question, submissionId } = view;
  const button = (action: FormAction) =>
    encodeFormButton({ submissionId, step: questionStep(question), action });
  const keyboard = new InlineKeyboard();
  if (question.type === "boolean")
    keyboard
      .text(t("form-yes"), button({ kind: "yes" }))
      .text(t("form-no"), button({ kind: "no" }))
      .row();
  if (question.type === "single_choice")
    question.options.forEach((option, index) => {
      keyboard
        .text(language === "en" ? option.labelEn : option.label, button({ kind: "choice", index }))
        .row();
    });
  if (question.type === "multiple_choice") {
    const selected = new Set(view.selected ?? []);
    question.options.forEach((option, index) => {
      const label = language === "en" ? option.labelEn : option.label;
      keyboard
        .text(
          `${selected.has(option.value) ? "✅" : "▫️"} ${label}`,
          button({ kind: "toggle", index }),
        )
        .row();
    });
    keyboard.text(t("form-done"), button({ kind: "done" })).row();
  }
  if (canGoBack) keyboard.text(t("form-back"), button({ kind: "back" }));
  if (!question.required) keyboard.text(t("form-skip"), button({ kind: "skip" }));
  if (canGoBack || !question.required) keyboard.row();
  return keyboard.text(t("form-save-exit"), button({ kind: "exit" }));
}
