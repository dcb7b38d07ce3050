import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { FluentBundle, FluentResource } from "@fluent/bundle";

/** The languages the product speaks; Russian is the default. */
export const LANGUAGES = ["ru", "en"] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = "ru";

export const LOCALES_DIR = join(import.meta.dirname, "../../locales");

export type TranslationParams = Record<string, string | number | Date>;
export type Translate = (language: string, key: string, params?: TranslationParams) => string;

export function isLanguage(value: string | undefined | null): value is Language {
  return (LANGUAGES as readonly string[]).includes(value ?? "");
}

/**
 * The Fluent files of a language, relative to `dir`: `<lang>.ftl`, then `<lang>/*.ftl` (one file
 * per feature), as the bot's i18n plugin reads them too.
 */
export function localeFiles(dir: string, language: string): string[] {
  const entries = readdirSync(dir, { withFileTypes: true });
  const single = entries.filter((entry) => entry.isFile() && entry.name === `${language}.ftl`);
  const folder = entries.some((entry) => entry.isDirectory() && entry.name === language)
    ? readdirSync(join(dir, language))
        .filter((name) => name.endsWith(".ftl"))
        .sort()
        .map((name) => join(language, name))
    : [];
  return [...single.map((entry) => entry.name), ...folder];
}

/**
 * A messenger-neutral translator over the same Fluent files the bot uses (locales/<lang>.ftl),
 * for the CLI, the worker and the mini-app API. Unknown languages fall back to Russian; a missing
 * key falls back to Russian and then to the key itself, so a gap shows up instead of crashing.
 */
export function createTranslator(dir = LOCALES_DIR): Translate {
  const bundles = new Map<string, FluentBundle>();
  for (const language of LANGUAGES) {
    const bundle = new FluentBundle(language, { useIsolating: false });
    for (const file of localeFiles(dir, language)) {
      const errors = bundle.addResource(new FluentResource(readFileSync(join(dir, file), "utf8")));
      if (errors.length > 0) throw new Error(`locales/${file}: ${errors[0]?.message}`);
    }
    bundles.set(language, bundle);
  }
  return (language, key, params) => {
    for (const candidate of [
      isLanguage(language) ? language : DEFAULT_LANGUAGE,
      DEFAULT_LANGUAGE,
    ]) {
      const bundle = bundles.get(candidate);
      const message = bundle?.getMessage(key);
      if (bundle && message?.value) return bundle.formatPattern(message.value, params);
    }
    return key;
  };
}
