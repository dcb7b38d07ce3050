import { type Api, GrammyError, HttpError, InlineKeyboard } from "grammy";
import type { MessageSender, RenderedMessage, SendResult } from "../jobs/message-sender.ts";
import { encodeMessageAction } from "./callback-data/message-action.ts";

/** The Telegram end of the outbox. */
export function createTelegramSender(api: Api): MessageSender {
  return {
    async send(recipient, message): Promise<SendResult> {
      if (recipient.telegramId === null)
        return { ok: false, permanent: true, unreachable: true, error: "no Telegram account" };
      try {
        const sent = await api.sendMessage(Number(recipient.telegramId), message.text, {
          reply_markup: toKeyboard(message),
          link_preview_options: { is_disabled: true },
        });
        return { ok: true, messageId: String(sent.message_id) };
      } catch (error) {
        if (error instanceof GrammyError) {
          // Blocked, deactivated, or never started the bot: nobody to deliver to.
          if (error.error_code === 403)
            return { ok: false, permanent: true, unreachable: true, error: error.description };
          const retryAfter = error.parameters.retry_after;
          return {
            ok: false,
            permanent: error.error_code === 400,
            error: error.description,
            ...(retryAfter ? { retryAfterMs: retryAfter * 1000 } : {}),
          };
        }
        if (error instanceof HttpError)
          return { ok: false, permanent: false, error: "network error" };
        throw error;
      }
    },
  };
}

function toKeyboard(message: RenderedMessage): InlineKeyboard | undefined {
  if (message.buttons.length === 0) return undefined;
  const keyboard = new InlineKeyboard();
  message.buttons.forEach((row, index) => {
    if (index > 0) keyboard.row();
    for (const button of row) {
      if (button.url) keyboard.url(button.label, button.url);
      else if (button.action) keyboard.text(button.label, encodeMessageAction(button.action));
    }
  });
  return keyboard;
}
