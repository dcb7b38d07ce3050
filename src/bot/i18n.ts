import { I18n } from "@grammyjs/i18n";
import { DEFAULT_LANGUAGE, isLanguage, LOCALES_DIR } from "../i18n/translator.ts";
import type { BotContext } from "./context.ts";

/**
 * Fluent translations from locales/. A registered person's stored language wins; a stranger gets
 * their Telegram app's language when we speak it, Russian otherwise.
 */
export function createI18n(): I18n<BotContext> {
  return new I18n<BotContext>({
    defaultLocale: DEFAULT_LANGUAGE,
    directory: LOCALES_DIR,
    useSession: false,
    fluentBundleOptions: { useIsolating: false },
    localeNegotiator: (ctx) => {
      if (ctx.person && isLanguage(ctx.person.language)) return ctx.person.language;
      const telegramLanguage = ctx.from?.language_code?.slice(0, 2);
      return isLanguage(telegramLanguage) ? telegramLanguage : DEFAULT_LANGUAGE;
    },
  });
}
