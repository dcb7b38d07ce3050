import { Api } from "grammy";
import type { Config } from "../config.ts";

/**
 * The bot's @username for deep links. Taken from BOT_USERNAME when set (so the CLI works without
 * reaching Telegram), otherwise asked of the Bot API with getMe.
 */
export async function resolveBotUsername(config: Config): Promise<string> {
  if (config.BOT_USERNAME) return config.BOT_USERNAME;
  if (!config.BOT_TOKEN)
    throw new Error(
      "Cannot build invite links: set BOT_TOKEN (the bot's username is then asked of Telegram) or BOT_USERNAME.",
    );
  const api = new Api(config.BOT_TOKEN, { apiRoot: config.TELEGRAM_API_ROOT });
  const me = await api.getMe();
  return me.username;
}
