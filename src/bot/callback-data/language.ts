import { callbackHead, callbackPattern } from "./formats.ts";

/** `lang1:<language>`; the language is the match's group 1. */
export const LANGUAGE_CALLBACK = callbackPattern("language", "(ru|en)$");

export function encodeLanguageButton(language: string): string {
  return `${callbackHead("language")}${language}`;
}
