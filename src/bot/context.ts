import type { ConversationFlavor } from "@grammyjs/conversations";
import type { I18nFlavor } from "@grammyjs/i18n";
import type { MenuFlavor } from "@grammyjs/menu";
import type { Context } from "grammy";
import type { Config } from "../config.ts";
import type { Database } from "../db/client.ts";
import type { PersonWithRoles } from "../db/people/people.ts";
import type { SqlCall } from "../db/sql-connection.ts";
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
  /**
   * Writes made with the end of this update's turn, in the statement that ends it (update-turns.ts):
   * one round trip fewer on every step. Keyed by what they write, so a later write of the same
   * row replaces an earlier one. Absent for an update without a chat: write at once then.
   */
  writesAtTurnEnd?: Map<string, SqlCall>;
  /**
   * A KeyValue row read with the person (attach-person.ts) for the conversations' storage, which
   * would otherwise read it with a statement of its own; `value` null when there is no row.
   */
  keyValueRead?: { key: string; value: string | null };
}

export type BotContext = ConversationFlavor<Context & I18nFlavor & MenuFlavor & Injected>;
