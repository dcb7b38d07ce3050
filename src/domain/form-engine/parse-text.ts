/**
 * Reading numbers, dates and yes/no the way people type them in a chat: "1 234", "12,5 %",
 * "−3", "12.03.26", "Да." Pure string work; parse-answer.ts turns failures into problems.
 */

export type NumberText =
  | { ok: true; value: number; percentSign: boolean }
  | { ok: false; reason: "emoji" | "not-a-number" };

// Compatibility normalisation turns NBSP, thin and narrow spaces into plain spaces and
// full-width digits into ASCII; variation selectors and keycap marks make "1️⃣" plain "1".
function normalise(text: string): string {
  return text
    .normalize("NFKC")
    .replace(/[\uFE0F\u20E3\u200B\u200D]/g, "")
    .replace(/\s+/g, " ")
    .trim();
}

/** Emoji and nothing that could be an answer: no letters, no digits. */
export function isEmojiOnly(text: string): boolean {
  return /\p{Extended_Pictographic}/u.test(text) && !/[\p{L}\p{N}]/u.test(text);
}

// An optional sign (ASCII, minus sign or dash), the integer part either plain or grouped by
// spaces in threes, and a fraction after a comma (Russian) or a dot.
const NUMBER = /^([-+\u2212\u2013\u2014])?\s*(\d{1,3}(?: \d{3})+|\d+)?(?:[.,](\d+))?$/;

// English writing groups thousands with commas: "1,200", "12,345.5".
const ENGLISH_GROUPED = /^([-+\u2212\u2013\u2014]?\s*)(\d{1,3}(?:,\d{3})+)(\.\d+)?$/;

/**
 * `language` is the reader's: in English "1,200" is twelve hundred; in Russian, where the comma
 * is the decimal mark, it is 1.2. A comma before anything but groups of three is a decimal
 * comma in both ("12,5").
 */
export function parseNumberText(raw: string, language: "ru" | "en" = "ru"): NumberText {
  if (isEmojiOnly(raw)) return { ok: false, reason: "emoji" };
  let text = normalise(raw);
  const percentSign = /\s*%$/.test(text);
  if (percentSign) text = text.replace(/\s*%$/, "");
  if (language === "en")
    text = text.replace(
      ENGLISH_GROUPED,
      (_all, sign: string, whole: string, fraction = "") =>
        `${sign}${whole.replace(/,/g, "")}${fraction}`,
    );
  const match = NUMBER.exec(text);
  if (!match || (match[2] === undefined && match[3] === undefined)) {
    return { ok: false, reason: "not-a-number" };
  }
  const [, sign, whole = "0", fraction = "0"] = match;
  const negative = sign !== undefined && sign !== "+";
  const value = Number(`${whole.replace(/ /g, "")}.${fraction}`);
  if (!Number.isFinite(value)) return { ok: false, reason: "not-a-number" };
  return { ok: true, value: negative && value !== 0 ? -value : value, percentSign };
}

export type DateText =
  | { ok: true; value: string }
  | { ok: false; reason: "not-a-date" | "no-such-day" | "implausible-year"; year?: number };

/** Years a school report can sensibly mention. */
export const DATE_YEARS = { min: 1900, max: 2100 } as const;

const ISO_DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
const DAY_FIRST = /^(\d{1,2})([./-])(\d{1,2})\2(\d{4}|\d{2})$/;
const MONTH_NAME = /^(\d{1,2}) ([\p{L}]+)\.? (\d{4})$/u;
// "1 сентября 2025", "1 сент. 2025", "1 September 2025": a full name or its abbreviation
// (at least three letters), so "12 мартобря" is not taken for March.
const MONTH_NAMES = [
  ["января", "январь", "january"],
  ["февраля", "февраль", "february"],
  ["марта", "март", "march"],
  ["апреля", "апрель", "april"],
  ["мая", "май", "may"],
  ["июня", "июнь", "june"],
  ["июля", "июль", "july"],
  ["августа", "август", "august"],
  ["сентября", "сентябрь", "september"],
  ["октября", "октябрь", "october"],
  ["ноября", "ноябрь", "november"],
  ["декабря", "декабрь", "december"],
];

function monthNumber(name: string): number | null {
  const word = name.toLowerCase();
  if (word.length < 3) return null;
  const index = MONTH_NAMES.findIndex((names) => names.some((full) => full.startsWith(word)));
  return index < 0 ? null : index + 1;
}

/**
 * "12.03.2026", "12.03.26", "12/03/2026", "2026-03-12", "1 сентября 2025", optionally with "г.",
 * as "YYYY-MM-DD"; says whether the text is no date at all, a day the calendar lacks or a wild year.
 */
export function parseDateText(raw: string): DateText {
  const text = normalise(raw)
    .replace(/\s*(?:г\.?|года?)$/u, "")
    .trim();
  let day: number;
  let month: number;
  let year: number;
  const iso = ISO_DATE.exec(text);
  const dayFirst = DAY_FIRST.exec(text);
  const named = MONTH_NAME.exec(text);
  const namedMonth = named ? monthNumber(named[2] ?? "") : null;
  if (named && namedMonth !== null) {
    [day, month, year] = [Number(named[1]), namedMonth, Number(named[3])];
  } else if (iso) {
    [year, month, day] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  } else if (dayFirst) {
    const yearText = dayFirst[4] ?? "";
    [day, month] = [Number(dayFirst[1]), Number(dayFirst[3])];
    // Two-digit years are this century's: a report never goes back to 1926.
    year = yearText.length === 2 ? 2000 + Number(yearText) : Number(yearText);
  } else {
    return { ok: false, reason: "not-a-date" };
  }
  const date = new Date(Date.UTC(year, month - 1, day));
  if (
    month < 1 ||
    month > 12 ||
    date.getUTCFullYear() !== year ||
    date.getUTCMonth() !== month - 1 ||
    date.getUTCDate() !== day
  ) {
    return { ok: false, reason: "no-such-day" };
  }
  if (year < DATE_YEARS.min || year > DATE_YEARS.max) {
    return { ok: false, reason: "implausible-year", year };
  }
  const pad = (n: number) => String(n).padStart(2, "0");
  return { ok: true, value: `${year}-${pad(month)}-${pad(day)}` };
}

const YES = ["да", "д", "yes", "y", "+", "ага", "есть", "true"];
const NO = ["нет", "нету", "н", "no", "n", "-", "\u2212", "\u2013", "false"];

/** Yes/no typed as text: "да", "Нет.", "+", "no", also "Да, утверждена". Null when neither. */
export function parseYesNo(raw: string): boolean | null {
  const text = normalise(raw).toLowerCase().replace(/ё/g, "е");
  const word = /^([^\s,.!;:]+|[-+\u2212\u2013])(?:$|[\s,.!;:])/u.exec(text)?.[1] ?? text;
  if (YES.includes(word)) return true;
  if (NO.includes(word)) return false;
  return null;
}
