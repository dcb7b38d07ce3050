import type { Message } from "grammy/types";
import { badRequest, optionalInteger, optionalString } from "./api-error.ts";
import { MAX_DOWNLOAD_SIZE } from "./file-store.ts";
import { inlineKeyboardOf } from "./markup.ts";
import { MEDIA_KINDS } from "./media.ts";
import { captionOf, entitiesOf, validText } from "./send-methods.ts";
import { type FakeState, type MethodHandler, unixNow } from "./state.ts";
import type { Payload } from "./types.ts";

const NOT_MODIFIED =
  "message is not modified: specified new message content and reply markup are exactly the same as a current content and reply markup of the message";

type Change = (current: Message, payload: Payload) => Message;

/**
 * An edit as Telegram applies it: omitting reply_markup removes the inline
 * keyboard, and an edit that changes nothing is refused with a 400.
 */
function editWith(change: Change): MethodHandler {
  return ({ payload }, state) => {
    // The fake does not model inline-mode messages; Telegram answers True for them.
    if (payload.inline_message_id !== undefined) return true;
    const current = findEditable(state, payload);
    const next = change(current, payload);
    if (sameContent(current, next)) throw badRequest(NOT_MODIFIED);
    const edited: Message = { ...next, edit_date: unixNow() };
    state.chats.replace(edited);
    return edited;
  };
}

function findEditable(state: FakeState, payload: Payload): Message {
  const chatId = state.chats.resolveChatId(payload.chat_id);
  const messageId = optionalInteger(payload, "message_id");
  if (messageId === undefined) throw badRequest("message identifier is not specified");
  const stored = state.chats.find(chatId, messageId);
  if (stored === undefined) throw badRequest("message to edit not found");
  if (!stored.outgoing) throw badRequest("message can't be edited");
  return stored.message;
}

function withKeyboard(message: Message, payload: Payload): Message {
  const { reply_markup: _old, ...rest } = message;
  const keyboard = inlineKeyboardOf(payload);
  return keyboard === undefined ? rest : { ...rest, reply_markup: keyboard };
}

const changeText: Change = (current, payload) => {
  if (current.text === undefined) throw badRequest("there is no text in the message to edit");
  const { entities: _old, ...rest } = current;
  return withKeyboard(
    { ...rest, text: validText(payload), ...entitiesOf(payload, "entities") },
    payload,
  );
};

const changeCaption: Change = (current, payload) => {
  if (!MEDIA_KINDS.some((kind) => current[kind] !== undefined)) {
    throw badRequest("there is no caption in the message to edit");
  }
  const { caption: _caption, caption_entities: _entities, ...rest } = current;
  return withKeyboard({ ...rest, ...captionOf(payload) }, payload);
};

const changeKeyboard: Change = (current, payload) => withKeyboard(current, payload);

function sameContent(a: Message, b: Message): boolean {
  const visible = (m: Message) =>
    JSON.stringify([m.text, m.entities, m.caption, m.caption_entities, m.reply_markup]);
  return visible(a) === visible(b);
}

const deleteMessage: MethodHandler = ({ payload }, state) => {
  const chatId = state.chats.resolveChatId(payload.chat_id);
  const deleted = state.chats.delete(chatId, optionalInteger(payload, "message_id") ?? 0);
  if (!deleted) throw badRequest("message to delete not found");
  return true;
};

// Telegram skips ids it cannot find here instead of failing.
const deleteMessages: MethodHandler = ({ payload }, state) => {
  const chatId = state.chats.resolveChatId(payload.chat_id);
  const ids: unknown[] = Array.isArray(payload.message_ids) ? payload.message_ids : [];
  for (const id of ids) if (typeof id === "number") state.chats.delete(chatId, id);
  return true;
};

const answerCallbackQuery: MethodHandler = ({ payload }, state) => {
  const id = optionalString(payload, "callback_query_id") ?? "";
  if (!state.chats.callbackQueryIds.has(id)) {
    throw badRequest("query is too old and response timeout expired or query ID is invalid");
  }
  return true;
};

const getFile: MethodHandler = ({ payload }, state) => {
  const file = state.files.get(optionalString(payload, "file_id") ?? "");
  if (file === undefined) throw badRequest("invalid file_id");
  if ((file.size ?? 0) > MAX_DOWNLOAD_SIZE) throw badRequest("file is too big");
  return state.files.toTelegramFile(file);
};

export const editMethods: Record<string, MethodHandler> = {
  editMessageText: editWith(changeText),
  editMessageCaption: editWith(changeCaption),
  editMessageReplyMarkup: editWith(changeKeyboard),
  deleteMessage,
  deleteMessages,
  answerCallbackQuery,
  getFile,
};
