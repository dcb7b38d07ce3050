import type { ConversationFlavor } from "@grammyjs/conversations";
import type { I18nFlavor } from "@grammyjs/i18n";
import type { MenuFlavor } from "@grammyjs/menu";
import type { Context } from "grammy";
import type { Config } from "../config.ts";
import type { Database } from "../db/client.ts";
import type { PersonWithRoles } from "../db/people/people.ts";
import type { Translate } from "../i18n/translator.ts";
import type { Logger } from "../logger.ts";

export interface BotDeps {
  config: Config;
  logger: Logger;
  db: Database;
  translate: Translate;
}

interface Injected {
  deps: BotDeps;
  /** A child logger carrying the update id. */
  logger: Logger;
  /** The registered person behind this update, with active roles; null for strangers. */
  person: PersonWithRoles | null;
}

export type BotContext = ConversationFlavor<Context & I18nFlavor & MenuFlavor & Injected>;
