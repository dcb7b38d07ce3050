import type { Message, MessageEntity } from "grammy/types";
import {
  badRequest,
  isRecord,
  optionalInteger,
  optionalObject,
  optionalString,
} from "./api-error.ts";
import { inlineKeyboardOf, trackReplyKeyboard } from "./markup.ts";
import { MEDIA_KINDS, type MediaKind, mediaContent } from "./media.ts";
import { botAsSender, type FakeState, type MethodHandler, unixNow } from "./state.ts";
import type { Payload } from "./types.ts";

const MAX_TEXT_LENGTH = 4096;
const MAX_CAPTION_LENGTH = 1024;

/** Builds, stores and returns a message the bot sends to `payload.chat_id`. */
export function sendOutgoing(
  state: FakeState,
  payload: Payload,
  content: Partial<Message>,
): Message {
  const chatId = state.chats.resolveChatId(payload.chat_id);
  state.chats.assertCanSend(chatId);
  const keyboard = inlineKeyboardOf(payload);
  const threadId = optionalInteger(payload, "message_thread_id");
  const message: Message = {
    ...replyContext(state, chatId, payload),
    message_id: state.chats.nextMessageId(chatId),
    from: botAsSender(state.bot),
    chat: state.chats.chat(chatId),
    date: unixNow(),
    ...(threadId === undefined ? {} : { message_thread_id: threadId }),
    ...content,
    // Telegram echoes only inline keyboards; reply keyboards live under the input field.
    ...(keyboard === undefined ? {} : { reply_markup: keyboard }),
  };
  state.chats.add(message, true);
  trackReplyKeyboard(state.chats, chatId, payload);
  return message;
}

function replyContext(state: FakeState, chatId: number, payload: Payload): Partial<Message> {
  const parameters = optionalObject(payload, "reply_parameters") ?? {};
  const messageId =
    optionalInteger(parameters, "message_id") ?? optionalInteger(payload, "reply_to_message_id");
  if (messageId === undefined) return {};
  const replied = state.chats.find(chatId, messageId);
  if (replied !== undefined)
    return { reply_to_message: { ...replied.message, reply_to_message: undefined } };
  const allowMissing =
    parameters.allow_sending_without_reply === true || payload.allow_sending_without_reply === true;
  if (allowMissing) return {};
  throw badRequest("message to be replied not found");
}

export function entitiesOf(
  payload: Payload,
  key: "entities" | "caption_entities",
): Partial<Message> {
  const entities = payload[key];
  return Array.isArray(entities) && entities.length > 0
    ? { [key]: entities as MessageEntity[] }
    : {};
}

export function validText(payload: Payload): string {
  const text = optionalString(payload, "text") ?? "";
  if (text.trim() === "") throw badRequest("message text is empty");
  if (text.length > MAX_TEXT_LENGTH) throw badRequest("message is too long");
  return text;
}

export function captionOf(payload: Payload): Partial<Message> {
  const caption = optionalString(payload, "caption");
  if (caption === undefined || caption === "") return {};
  if (caption.length > MAX_CAPTION_LENGTH) throw badRequest("message caption is too long");
  return { caption, ...entitiesOf(payload, "caption_entities") };
}

const sendMessage: MethodHandler = ({ payload }, state) =>
  sendOutgoing(state, payload, { text: validText(payload), ...entitiesOf(payload, "entities") });

function sendMedia(kind: MediaKind): MethodHandler {
  return ({ payload }, state) => {
    const content = { ...mediaContent(kind, payload[kind], state.files), ...captionOf(payload) };
    return sendOutgoing(state, payload, content);
  };
}

const sendMediaGroup: MethodHandler = ({ payload }, state) => {
  const media: unknown[] = Array.isArray(payload.media) ? payload.media : [];
  if (media.length < 2 || media.length > 10) throw badRequest("wrong number of media in the album");
  const groupId = `fake-album-${Date.now()}`;
  return media.map((item) => {
    if (!isRecord(item) || !isMediaKind(item.type)) throw badRequest("can't parse InputMedia");
    const content = { ...mediaContent(item.type, item.media, state.files), ...captionOf(item) };
    return sendOutgoing(state, payload, { ...content, media_group_id: groupId });
  });
};

const copyMessage: MethodHandler = ({ payload }, state) => {
  const fromChatId = state.chats.resolveChatId(payload.from_chat_id);
  const source = state.chats.find(fromChatId, optionalInteger(payload, "message_id") ?? 0);
  if (source === undefined) throw badRequest("message to copy not found");
  const {
    message_id: _id,
    from: _from,
    chat: _chat,
    date: _date,
    reply_markup: _markup,
    ...content
  } = source.message;
  return { message_id: sendOutgoing(state, payload, content).message_id };
};

/** A bare message for the send* methods the fake does not model in detail. */
export const sendOtherContent: MethodHandler = ({ payload }, state) =>
  sendOutgoing(state, payload, {});

function isMediaKind(value: unknown): value is MediaKind {
  return typeof value === "string" && (MEDIA_KINDS as readonly string[]).includes(value);
}

const mediaMethods = Object.fromEntries(
  MEDIA_KINDS.map((kind) => [`send${pascalCase(kind)}`, sendMedia(kind)]),
);

function pascalCase(kind: string): string {
  return kind.replace(/(^|_)(\w)/g, (_match, _sep: string, letter: string) => letter.toUpperCase());
}

export const sendMethods: Record<string, MethodHandler> = {
  sendMessage,
  ...mediaMethods,
  sendMediaGroup,
  copyMessage,
  sendChatAction: () => true,
};
