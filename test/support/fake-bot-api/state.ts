import type { BotCommand, MenuButton, User, UserFromGetMe } from "grammy/types";
import type { ChatStore } from "./chat-store.ts";
import type { FileStore } from "./file-store.ts";
import type { Payload } from "./types.ts";
import type { UpdateQueue } from "./update-queue.ts";

/** Everything the method handlers read and change. */
export interface FakeState {
  bot: UserFromGetMe;
  chats: ChatStore;
  files: FileStore;
  updates: UpdateQueue;
  /** Keyed by `commandsKey(scope, language_code)`. */
  commands: Map<string, BotCommand[]>;
  /** Keyed by chat id; "default" for the bot-wide button. */
  menuButtons: Map<string, MenuButton>;
  webhook: { url: string; maxConnections: number | undefined };
}

export interface MethodRequest {
  payload: Payload;
  /** Aborted when the client disconnects before the answer. */
  signal: AbortSignal;
}

/** Returns the `result` of a Bot API call or throws an `ApiError`. */
export type MethodHandler = (request: MethodRequest, state: FakeState) => unknown;

export const DEFAULT_TOKEN = "123456:TEST-TOKEN-abcdefghijklmnopqrstuvwxyz";

/** Telegram's bot id is the token's numeric prefix. */
export function createBotInfo(token: string, username: string, firstName: string): UserFromGetMe {
  const id = Number(token.split(":")[0]) || 123456;
  return {
    id,
    is_bot: true,
    first_name: firstName,
    username,
    can_join_groups: true,
    can_read_all_group_messages: false,
    supports_inline_queries: false,
    can_connect_to_business: false,
    has_main_web_app: false,
    has_topics_enabled: false,
    allows_users_to_create_topics: false,
    can_manage_bots: false,
    supports_join_request_queries: false,
  };
}

/** The bot as it appears in `message.from`: a plain User without getMe's extras. */
export function botAsSender(bot: UserFromGetMe): User {
  return { id: bot.id, is_bot: true, first_name: bot.first_name, username: bot.username };
}

export function unixNow(): number {
  return Math.floor(Date.now() / 1000);
}
