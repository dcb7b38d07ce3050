import type { Api } from "grammy";
import type { BotCommand } from "grammy/types";
import type { PersonWithRoles } from "../db/people/people.ts";
import { LANGUAGES, type Translate } from "../i18n/translator.ts";

const COMMON = ["start", "menu", "help", "lang"] as const;

function commandsFor(
  translate: Translate,
  language: string,
  person: PersonWithRoles | null,
): BotCommand[] {
  const names: string[] = [...COMMON];
  if (person?.roles.some((role) => role.role === "deputy" || role.role === "director"))
    names.push("tasks");
  if (person?.roles.some((role) => role.role === "coordinator"))
    names.push("invite", "review", "campaigns", "orders");
  return names.map((command) => ({
    command,
    description: translate(language, `command-${command}`),
  }));
}

/** The commands everyone sees, in Russian by default and in English for English-language apps. */
export async function setDefaultCommands(api: Api, translate: Translate): Promise<void> {
  for (const language of LANGUAGES) {
    await api.setMyCommands(commandsFor(translate, language, null), {
      scope: { type: "all_private_chats" },
      ...(language === "ru" ? {} : { language_code: language }),
    });
  }
}

/** A registered person's own command list: what their roles allow, in their language. */
export async function setPersonCommands(
  api: Api,
  chatId: number,
  person: PersonWithRoles,
  translate: Translate,
) {
  await api.setMyCommands(commandsFor(translate, person.language, person), {
    scope: { type: "chat", chat_id: chatId },
  });
}
