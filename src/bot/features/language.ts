import { Composer } from "grammy";
import { setPersonLanguage } from "../../db/people/people.ts";
import { LANGUAGE_CALLBACK } from "../callback-data/language.ts";
import { setPersonCommands } from "../commands.ts";
import type { BotContext } from "../context.ts";
import { languageKeyboard } from "../views/language.ts";

/** /lang switches a registered person's interface language; it is stored with the person. */
export const languageFeature = new Composer<BotContext>();
const feature = languageFeature.chatType("private");

feature.command("lang", async (ctx) => {
  if (!ctx.person) return ctx.reply(ctx.t("language-stranger"));
  await ctx.reply(ctx.t("language-choose"), { reply_markup: languageKeyboard() });
});

feature.callbackQuery(LANGUAGE_CALLBACK, async (ctx) => {
  const person = ctx.person;
  const language = ctx.match[1] ?? "ru";
  if (!person) return ctx.answerCallbackQuery({ text: ctx.t("language-stranger") });
  if (person.language !== language) {
    await setPersonLanguage(ctx.deps.db.prisma, person.id, language);
    person.language = language;
    await ctx.i18n.renegotiateLocale();
    await setPersonCommands(ctx.api, ctx.chat.id, person, ctx.deps.translate).catch((error) =>
      ctx.logger.warn({ msg: "could not set the person's commands", err: error }),
    );
  }
  await ctx.answerCallbackQuery();
  await ctx
    .editMessageText(ctx.t("language-changed"))
    .catch(() => ctx.reply(ctx.t("language-changed")));
});
