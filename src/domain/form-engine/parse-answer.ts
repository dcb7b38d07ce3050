import { NUMERIC_QUESTION_TYPES } from "../catalog/question-schema.ts";
import { fileExtension, isAllowedType, maxFileMb, megabytes } from "./files.ts";
import { parseNumberAnswer } from "./parse-number.ts";
import { parseDateText, parseYesNo } from "./parse-text.ts";
import { fail, type ParseResult } from "./problem.ts";
import type { FileValue, FormQuestionDef, UserInput } from "./types.ts";

export type { ParseResult };

/** Free text is capped even without maxLength: a Telegram message holds 4096 characters. */
export const MAX_TEXT_LENGTH = 4000;

/** What a question wants, as the `expected` parameter of problems ("what to send instead"). */
export type Expected = "number" | "date" | "text" | "choice" | "file";

export function expectedInput(q: FormQuestionDef): Expected {
  if (NUMERIC_QUESTION_TYPES.includes(q.type)) return "number";
  if (q.type === "date" || q.type === "text" || q.type === "file") return q.type;
  return "choice";
}

/**
 * Turns what the person sent into the value to store, or a problem saying what was wrong and
 * what to send instead. Accepts "12,5", "1 234", "12 %", "да", "12.03.26" and the like.
 */
/** `language` is the reader's, for numbers written the English way ("1,200"). */
export function parseAnswer(
  q: FormQuestionDef,
  input: UserInput,
  language: "ru" | "en" = "ru",
): ParseResult {
  const expected = expectedInput(q);
  switch (input.kind) {
    case "unsupported":
      return fail(`form-error-unsupported-${input.what.replace(/_/g, "-")}`, { expected });
    case "file":
      return q.type === "file"
        ? parseFile(q, input.file)
        : fail("form-error-file-not-expected", { expected });
    case "choice":
      return parseChoice(q, input.value);
    case "choices":
      return parseChoices(q, input.values);
    case "text":
      return parseText(q, input.text, language);
  }
}

function parseChoice(q: FormQuestionDef, value: string): ParseResult {
  const known = q.options.some((option) => option.value === value);
  if (q.type === "boolean" && (value === "yes" || value === "no")) {
    return { ok: true, value: value === "yes" };
  }
  if (q.type === "single_choice" && known) return { ok: true, value };
  if (q.type === "multiple_choice" && known) return { ok: true, value: [value] };
  return fail("form-error-old-button", { expected: expectedInput(q) });
}

function parseChoices(q: FormQuestionDef, values: readonly string[]): ParseResult {
  const chosen = new Set(values);
  const allKnown = [...chosen].every((value) => q.options.some((o) => o.value === value));
  if (q.type === "single_choice" && chosen.size === 1 && allKnown) {
    return { ok: true, value: [...chosen][0] ?? "" };
  }
  if (q.type !== "multiple_choice" || !allKnown) {
    return fail("form-error-old-button", { expected: expectedInput(q) });
  }
  // An optional question may be answered "none of these"; a required one needs a choice.
  if (chosen.size === 0 && q.required) return fail("form-error-choose-at-least-one");
  return { ok: true, value: q.options.map((o) => o.value).filter((value) => chosen.has(value)) };
}

function parseFile(q: FormQuestionDef, file: FileValue): ParseResult {
  if (!isAllowedType(file, q.fileTypes)) {
    const extension = fileExtension(file);
    return fail("form-error-file-type", {
      types: q.fileTypes.join(", "),
      fileName: file.fileName,
      extension: extension === "" ? "?" : extension,
    });
  }
  const max = maxFileMb(q.maxFileSizeMb);
  if (file.size > max * 1024 * 1024) {
    return fail("form-error-file-too-big", {
      max,
      size: megabytes(file.size),
    });
  }
  const { fileId, fileName, size, mimeType } = file;
  return { ok: true, value: { fileId, fileName, size, mimeType } };
}

/** Length as people count it: an emoji or a letter with an accent is one character. */
const characters = (text: string) => [...text].length;

function parseText(q: FormQuestionDef, raw: string, language: "ru" | "en"): ParseResult {
  const text = raw.trim();
  const expected = expectedInput(q);
  if (text === "") return fail("form-error-empty", { expected });
  switch (q.type) {
    case "integer":
    case "decimal":
    case "percent":
      return parseNumberAnswer(q, text, language);
    case "date":
      return parseDate(text);
    case "boolean": {
      const yes = parseYesNo(text);
      return yes === null ? fail("form-error-yes-no") : { ok: true, value: yes };
    }
    case "single_choice": {
      const [value, ...others] = matchOptions(q, text);
      return value !== undefined && others.length === 0
        ? { ok: true, value }
        : fail("form-error-choose-option");
    }
    case "multiple_choice": {
      const values = matchOptions(q, text);
      return values.length > 0 ? parseChoices(q, values) : fail("form-error-choose-options");
    }
    case "file":
      return q.fileTypes.length > 0
        ? fail("form-error-file-expected", {
            types: q.fileTypes.join(", "),
            max: maxFileMb(q.maxFileSizeMb),
          })
        : fail("form-error-file-expected-any", {
            max: maxFileMb(q.maxFileSizeMb),
          });
    case "text": {
      const max = q.maxLength ?? MAX_TEXT_LENGTH;
      const length = characters(text);
      return length > max
        ? fail("form-error-too-long", { max, length })
        : { ok: true, value: text };
    }
  }
}

function parseDate(text: string): ParseResult {
  const date = parseDateText(text);
  if (date.ok) return { ok: true, value: date.value };
  if (date.reason === "no-such-day") return fail("form-error-date-invalid");
  if (date.reason === "implausible-year")
    return fail("form-error-date-year", { year: String(date.year ?? "") });
  return fail("form-error-not-a-date");
}

/**
 * Options named in typed text, by label in either language or by value: the whole text first,
 * then its parts separated by commas, semicolons or new lines. [] when any part names nothing.
 */
function matchOptions(q: FormQuestionDef, text: string): string[] {
  const simplify = (s: string) =>
    s
      .toLowerCase()
      .replace(/ё/g, "е")
      .replace(/[«»"“”.!]/g, "")
      .replace(/\s+/g, " ")
      .trim();
  const find = (part: string) =>
    q.options.find((o) => [o.label, o.labelEn, o.value].some((name) => simplify(name) === part))
      ?.value;
  const whole = find(simplify(text));
  if (whole !== undefined) return [whole];
  const parts = text
    .split(/[,;\n]/)
    .map(simplify)
    .filter(Boolean);
  const found = parts.map(find);
  return found.every((value) => value !== undefined) ? [...new Set(found as string[])] : [];
}
