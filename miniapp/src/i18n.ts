import { fetchMessages } from "./api.ts";

export type Language = "ru" | "en";
export type Translate = (key: string, params?: Record<string, string | number>) => string;

const LANGUAGES: readonly Language[] = ["ru", "en"];

/** Telegram's `language_code` (e.g. "en-GB") or our stored language, if we speak it. */
export function pickLanguage(...candidates: (string | undefined)[]): Language {
  for (const candidate of candidates) {
    const short = candidate?.slice(0, 2).toLowerCase();
    if (LANGUAGES.includes(short as Language)) return short as Language;
  }
  return "ru";
}

/** Strings come from the server's Fluent files (GET /api/i18n/:language). */
export async function loadTranslate(language: Language): Promise<Translate> {
  const { messages } = await fetchMessages(language);
  return createTranslate(messages);
}

export function createTranslate(messages: Record<string, string>): Translate {
  // A missing key shows itself, so a gap in the .ftl files is visible rather than blank.
  return (key, params = {}) =>
    (messages[key] ?? key).replace(/\{(\w+)\}/g, (whole, name: string) =>
      name in params ? String(params[name]) : whole,
    );
}

/**
 * The one screen that cannot fetch its strings: the server is unreachable. Only these three
 * strings live in the bundle; the `app-` keys of locales/*.ftl say the same.
 */
export const OFFLINE_MESSAGES: Record<Language, Record<string, string>> = {
  ru: {
    "app-error-network-title": "Нет связи с сервером",
    "app-error-network":
      "Не удалось связаться с сервером МСОКО. Проверьте подключение к интернету и нажмите «Повторить».",
    "app-button-retry": "Повторить",
  },
  en: {
    "app-error-network-title": "No connection to the server",
    "app-error-network":
      "Could not reach the MSOKO server. Check your internet connection and tap Retry.",
    "app-button-retry": "Retry",
  },
};

export function offlineTranslate(language: Language): Translate {
  return createTranslate(OFFLINE_MESSAGES[language]);
}
