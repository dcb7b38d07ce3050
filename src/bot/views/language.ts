import { InlineKeyboard } from "grammy";
import { LANGUAGES } from "../../i18n/translator.ts";
import { encodeLanguageButton } from "../callback-data/language.ts";

/** Each language is labelled in itself, so anyone can find their own. */
export function languageKeyboard(): InlineKeyboard {
  const labels: Record<string, string> = { ru: "🇷🇺 Русский", en: "🇬🇧 English" };
  const keyboard = new InlineKeyboard();
  for (const language of LANGUAGES)
    keyboard.text(labels[language] ?? language, encodeLanguageButton(language));
  return keyboard;
}
