import { InlineKeyboard } from "grammy";
import { LANGUAGES } from "../../i18n/translator.ts";

export const LANGUAGE_CALLBACK = /^lang:(ru|en)$/;

/** Each language is labelled in itself, so anyone can find their own. */
export function languageKeyboard(): InlineKeyboard {
  const labels: Record<string, string> = { ru: "🇷🇺 Русский", en: "🇬🇧 English" };
  const keyboard = new InlineKeyboard();
  for (const language of LANGUAGES) keyboard.text(labels[language] ?? language, `lang:${language}`);
  return keyboard;
}
