import type { pino } from "pino";
import type { Config } from "../config.ts";
import type { Database } from "../db/client.ts";
import type { PersonWithRoles } from "../db/people/people.ts";
import type { Translate } from "../i18n/translator.ts";
import type { TelegramUser } from "./middlewares/telegram-auth.ts";

/** What every request handler can read from the Hono context. */
export interface ServerVariables {
  requestId: string;
  /** A child of the server logger carrying `requestId`. */
  logger: pino.Logger;
}

export type ServerEnv = { Variables: ServerVariables };

/** Set only by the Telegram auth middleware, from verified initData — never from the client. */
export interface AuthVariables extends ServerVariables {
  telegramUserId: bigint;
  telegramUser: TelegramUser;
  person: PersonWithRoles;
}

export type AuthEnv = { Variables: AuthVariables };

export interface ServerDeps {
  config: Config;
  logger: pino.Logger;
  db: Database;
  translate: Translate;
}
