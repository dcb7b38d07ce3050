import type { InlineKeyboardMarkup, ReplyKeyboardMarkup } from "grammy/types";
import { badRequest, isRecord } from "./api-error.ts";
import type { ChatStore } from "./chat-store.ts";
import type { Payload } from "./types.ts";

const BUTTON_ACTIONS = [
  "url",
  "callback_data",
  "web_app",
  "login_url",
  "switch_inline_query",
  "switch_inline_query_current_chat",
  "switch_inline_query_chosen_chat",
  "copy_text",
  "callback_game",
  "pay",
];

/**
 * The inline keyboard Telegram would attach to the message, validated as
 * Telegram does. An empty keyboard means "no keyboard", as in Telegram.
 */
export function inlineKeyboardOf(payload: Payload): InlineKeyboardMarkup | undefined {
  const markup = payload.reply_markup;
  if (!isRecord(markup) || !Array.isArray(markup.inline_keyboard)) return undefined;
  const rows: unknown[] = markup.inline_keyboard;
  for (const row of rows) {
    if (!Array.isArray(row))
      throw badRequest(
        'can\'t parse inline keyboard button: field "inline_keyboard" must be an Array of Arrays',
      );
    for (const button of row) validateInlineButton(button);
  }
  if (rows.every((row) => Array.isArray(row) && row.length === 0)) return undefined;
  return markup as unknown as InlineKeyboardMarkup;
}

function validateInlineButton(button: unknown): void {
  if (!isRecord(button) || typeof button.text !== "string") {
    throw badRequest('can\'t parse inline keyboard button: Field "text" must be of type String');
  }
  if (!BUTTON_ACTIONS.some((action) => action in button)) {
    throw badRequest(
      "can't parse inline keyboard button: Text buttons are unallowed in the inline keyboard",
    );
  }
  const data = button.callback_data;
  // 64 bytes, not characters: Cyrillic takes two bytes per letter.
  if (typeof data === "string" && (data.length === 0 || Buffer.byteLength(data) > 64)) {
    throw badRequest("BUTTON_DATA_INVALID");
  }
}

/** Remembers the reply keyboard shown under the input field, or its removal. */
export function trackReplyKeyboard(chats: ChatStore, chatId: number, payload: Payload): void {
  const markup = payload.reply_markup;
  if (!isRecord(markup)) return;
  if (Array.isArray(markup.keyboard))
    chats.setReplyKeyboard(chatId, markup as unknown as ReplyKeyboardMarkup);
  else if (markup.remove_keyboard === true) chats.setReplyKeyboard(chatId, undefined);
}

/** Markup as compared by "message is not modified": absent and empty are the same. */
export function sameInlineKeyboard(
  a: InlineKeyboardMarkup | undefined,
  b: InlineKeyboardMarkup | undefined,
): boolean {
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}
