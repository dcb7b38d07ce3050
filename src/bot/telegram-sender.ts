import { type Api, GrammyError, HttpError, InlineKeyboard, InputFile } from "grammy";
import type { Message } from "grammy/types";
import type { MessageSender, RenderedMessage, SendResult } from "../jobs/message-sender.ts";
import { encodeMessageAction } from "./callback-data/message-action.ts";

export interface TelegramSenderOptions {
  /**
   * Send with `allow_paid_broadcast`: Telegram then takes up to 1,000 messages a second from the
   * bot instead of about 30, charging Stars for each message over the free limit.
   */
  paidBroadcast?: boolean;
}

/** The Telegram end of the outbox. */
export function createTelegramSender(api: Api, options: TelegramSenderOptions = {}): MessageSender {
  const paid = options.paidBroadcast ? { allow_paid_broadcast: true } : {};
  return {
    async send(recipient, message): Promise<SendResult> {
      if (recipient.telegramId === null)
        return { ok: false, permanent: true, unreachable: true, error: "no Telegram account" };
      const chatId = Number(recipient.telegramId);
      return answer(async () => {
        const sent = await sendRendered(api, chatId, message, paid);
        const documentFileId = sent.document?.file_id;
        return {
          ok: true,
          messageId: String(sent.message_id),
          ...(documentFileId ? { documentFileId } : {}),
        };
      });
    },
    async edit(recipient, messageId, message): Promise<SendResult> {
      if (recipient.telegramId === null)
        return { ok: false, permanent: true, unreachable: true, error: "no Telegram account" };
      const chatId = Number(recipient.telegramId);
      return answer(async () => {
        try {
          await api.editMessageText(chatId, Number(messageId), message.text, {
            reply_markup: toKeyboard(message),
            link_preview_options: { is_disabled: true },
            ...(message.html ? { parse_mode: "HTML" as const } : {}),
          });
        } catch (error) {
          // The message already reads so: nothing to change is no failure.
          if (error instanceof GrammyError && /message is not modified/.test(error.description))
            return { ok: true, messageId };
          throw error;
        }
        return { ok: true, messageId };
      });
    },
  };
}

function sendRendered(
  api: Api,
  chatId: number,
  message: RenderedMessage,
  paid: { allow_paid_broadcast?: boolean },
): Promise<Message> {
  const formatting = { ...(message.html ? { parse_mode: "HTML" as const } : {}), ...paid };
  const reply_markup = toKeyboard(message);
  if (message.document) {
    const { messengerFileId, content, name } = message.document;
    const file = messengerFileId ?? new InputFile(content ?? new Uint8Array(), name);
    return api.sendDocument(chatId, file, { caption: message.text, reply_markup, ...formatting });
  }
  return api.sendMessage(chatId, message.text, {
    reply_markup,
    link_preview_options: { is_disabled: true },
    ...formatting,
  });
}

/** Telegram's answers as outbox results: what is worth retrying, what never is. */
async function answer(call: () => Promise<SendResult>): Promise<SendResult> {
  try {
    return await call();
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
    if (error instanceof HttpError) return { ok: false, permanent: false, error: "network error" };
    throw error;
  }
}

/** The rendered buttons as Telegram's inline keyboard. */
export function toKeyboard(message: Pick<RenderedMessage, "buttons">): InlineKeyboard | undefined {
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
