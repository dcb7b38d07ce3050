import type { AnswerValue, FormLanguage, FormQuestionDef } from "./types.ts";

// The few words a value needs. The engine has no translator (it does no I/O), and these are
// part of the value's notation rather than sentences, like the decimal comma.
const WORDS = {
  ru: { yes: "да", no: "нет", none: "ничего не выбрано", bytes: "байт", kb: "КБ", mb: "МБ" },
  en: { yes: "yes", no: "no", none: "none selected", bytes: "B", kb: "KB", mb: "MB" },
} as const;

/** Shown for no value at all. */
export const NO_VALUE = "—";
const NBSP = "\u00A0";

/**
 * A number as people of the language write it: ru "1 234 567,5" (no-break spaces, so a chat
 * never wraps inside a number), en "1,234,567.5". At most `maxFractionDigits`, no trailing zeros.
 */
export function formatNumber(value: number, language: FormLanguage, maxFractionDigits = 6): string {
  if (!Number.isFinite(value)) return String(value);
  const fixed = Math.abs(value).toFixed(maxFractionDigits);
  const [whole = "0", fraction = ""] = fixed.split(".");
  const trimmed = fraction.replace(/0+$/, "");
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, language === "ru" ? NBSP : ",");
  const negative = value < 0 && (Number(whole) > 0 || trimmed !== "");
  const text = trimmed ? `${grouped}${language === "ru" ? "," : "."}${trimmed}` : grouped;
  return negative ? `-${text}` : text;
}

/** ru "12,5 %", en "12.5%". */
export function formatPercent(value: number, language: FormLanguage): string {
  return language === "ru"
    ? `${formatNumber(value, language)}${NBSP}%`
    : `${formatNumber(value, language)}%`;
}

/** ru "12.03.2026", en "2026-03-12" (ISO, unambiguous for every English reader). */
export function formatDate(isoDate: string, language: FormLanguage): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!match || language === "en") return isoDate;
  return `${match[3]}.${match[2]}.${match[1]}`;
}

/** "1,2 МБ", "340 КБ", "900 байт" / "1.2 MB", "340 KB", "900 B". */
export function formatFileSize(bytes: number, language: FormLanguage): string {
  const words = WORDS[language];
  if (bytes < 1024) return `${formatNumber(bytes, language, 0)}${NBSP}${words.bytes}`;
  if (bytes < 1024 * 1024) {
    return `${formatNumber(Math.max(1, Math.round(bytes / 1024)), language, 0)}${NBSP}${words.kb}`;
  }
  return `${formatNumber(bytes / (1024 * 1024), language, 1)}${NBSP}${words.mb}`;
}

/**
 * An answer as the person reads it back: "1 234", "12,5 %", "да", option labels, "12.03.2026",
 * "report.pdf (1,2 МБ)". A value that does not fit the question's type (an old answer after a
 * catalog change) is still shown rather than dropped.
 */
export function formatValue(
  q: FormQuestionDef,
  value: AnswerValue | null,
  language: FormLanguage,
): string {
  const words = WORDS[language];
  if (value === null || value === undefined) return NO_VALUE;
  const label = (option: string) => {
    const found = q.options.find((o) => o.value === option);
    return found ? (language === "en" ? found.labelEn : found.label) : option;
  };
  if (typeof value === "number") {
    return q.type === "percent" ? formatPercent(value, language) : formatNumber(value, language);
  }
  if (typeof value === "boolean") return value ? words.yes : words.no;
  if (Array.isArray(value)) return value.length === 0 ? words.none : value.map(label).join(", ");
  if (typeof value === "object") {
    return value.size > 0
      ? `${value.fileName} (${formatFileSize(value.size, language)})`
      : value.fileName;
  }
  if (q.type === "date") return formatDate(value, language);
  if (q.type === "single_choice" || q.type === "multiple_choice") return label(value);
  return value;
}
