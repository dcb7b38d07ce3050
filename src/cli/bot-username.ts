import { z } from "zod";
import type { Config } from "../config.ts";

const GET_ME_RESPONSE = z.union([
  z.object({ ok: z.literal(true), result: z.object({ username: z.string().min(1) }) }),
  z.object({ ok: z.literal(false), error_code: z.number().optional(), description: z.string() }),
]);

/**
 * The bot's @username for invite deep links. Taken from BOT_USERNAME when set (so the CLI works
 * without reaching Telegram), otherwise asked of the Bot API with a plain getMe request: the
 * administrator's commands run without the bot and without grammY.
 */
export async function resolveBotUsername(
  config: Pick<Config, "BOT_USERNAME" | "BOT_TOKEN" | "TELEGRAM_API_ROOT">,
): Promise<string> {
  if (config.BOT_USERNAME) return config.BOT_USERNAME;
  if (!config.BOT_TOKEN)
    throw new Error(
      "Cannot build invite links: set BOT_TOKEN (the bot's username is then asked of Telegram) or BOT_USERNAME.",
    );
  const root = config.TELEGRAM_API_ROOT.replace(/\/+$/, "");
  const where = `${root}/bot<token>/getMe`;
  let body: unknown;
  try {
    const response = await fetch(`${root}/bot${config.BOT_TOKEN}/getMe`, {
      signal: AbortSignal.timeout(10_000),
    });
    body = await response.json();
  } catch (error) {
    // The token is part of the URL: never put the URL itself into the message.
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(
      `Could not ask ${where} for the bot's username (${reason}). Check TELEGRAM_API_ROOT and the network, or set BOT_USERNAME.`,
    );
  }
  const parsed = GET_ME_RESPONSE.safeParse(body);
  if (!parsed.success)
    throw new Error(
      `${where} did not answer as the Bot API does. Check TELEGRAM_API_ROOT, or set BOT_USERNAME.`,
    );
  if (!parsed.data.ok)
    throw new Error(
      `Telegram refused getMe: ${parsed.data.description}. Check BOT_TOKEN, or set BOT_USERNAME.`,
    );
  return parsed.data.result.username;
}
