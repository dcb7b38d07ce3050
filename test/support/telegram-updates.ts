import type { Chat, ChatMember, Message, MessageEntity, User } from "grammy/types";
import type { UpdateDraft } from "./fake-bot-api/types.ts";

// Builders leave message_id at 0: the fake numbers messages per chat when the
// update is pushed, so user and bot messages share one sequence as in Telegram.
const ASSIGNED_ON_PUSH = 0;

/** The bot user these builders assume; matches the fake's default token `123456:…`. */
export const TEST_BOT_USER: User = {
  id: 123456,
  is_bot: true,
  first_name: "MSOKO Test Bot",
  username: "msoko_test_bot",
};

type GroupChat = Chat.GroupChat | Chat.SupergroupChat;
type MessageChat = Chat.PrivateChat | GroupChat;

let sequence = 0;
const nextSequence = () => ++sequence;
const unixNow = () => Math.floor(Date.now() / 1000);

export interface UserFields {
  id: number;
  firstName?: string;
  lastName?: string;
  username?: string;
  /** Default "ru": most of our users have Russian-language Telegram apps. */
  languageCode?: string;
}

export function createUser({
  id,
  firstName = "Мария",
  lastName,
  username,
  languageCode = "ru",
}: UserFields): User {
  return {
    id,
    is_bot: false,
    first_name: firstName,
    ...(lastName === undefined ? {} : { last_name: lastName }),
    ...(username === undefined ? {} : { username }),
    language_code: languageCode,
  };
}

export function privateChatOf(user: User): Chat.PrivateChat {
  return {
    id: user.id,
    type: "private",
    first_name: user.first_name,
    ...(user.last_name === undefined ? {} : { last_name: user.last_name }),
    ...(user.username === undefined ? {} : { username: user.username }),
  };
}

/** A group, or a supergroup for ids in Telegram's -100… range. */
export function groupChat(id: number, title = "Методическое объединение"): GroupChat {
  return id <= -1_000_000_000_000
    ? { id, type: "supergroup", title }
    : { id, type: "group", title };
}

type MessageContent = Omit<Partial<Message>, "chat" | "from">;

function incoming(user: User, chat: MessageChat, content: MessageContent): UpdateDraft {
  return {
    message: { ...content, message_id: ASSIGNED_ON_PUSH, date: unixNow(), chat, from: user },
  };
}

/**
 * A text message, private by default. A leading command ("/start", "/start CODE",
 * "/help@msoko_test_bot") gets the bot_command entity that `bot.command()` needs.
 */
export function textMessage(
  user: User,
  text: string,
  chat: MessageChat = privateChatOf(user),
): UpdateDraft {
  const command = /^\/[A-Za-z0-9_]{1,32}(?:@[A-Za-z0-9_]{3,32})?(?=\s|$)/.exec(text);
  const entities: MessageEntity[] = command
    ? [{ type: "bot_command", offset: 0, length: command[0].length }]
    : [];
  return incoming(user, chat, { text, ...(entities.length > 0 ? { entities } : {}) });
}

export function groupTextMessage(user: User, groupChatId: number, text: string): UpdateDraft {
  return textMessage(user, text, groupChat(groupChatId));
}

/** A press on an inline button of `message`, which should come from `fake.messagesIn()`. */
export function callbackQuery(user: User, message: Message, data: string): UpdateDraft {
  return {
    callback_query: {
      id: String(4_000_000_000_000 + nextSequence()),
      from: user,
      message,
      chat_instance: String(-7_000_000_000 - message.chat.id),
      data,
    },
  };
}

function fileIds(kind: string) {
  const n = nextSequence();
  return { file_id: `test-${kind}-${n}`, file_unique_id: `test-unique-${kind}-${n}` };
}

export function stickerMessage(user: User, chat: MessageChat = privateChatOf(user)): UpdateDraft {
  const sticker = { ...fileIds("sticker"), type: "regular" as const, width: 512, height: 512 };
  return incoming(user, chat, {
    sticker: { ...sticker, is_animated: false, is_video: false, emoji: "👍" },
  });
}

export function voiceMessage(
  user: User,
  { duration = 3 } = {},
  chat: MessageChat = privateChatOf(user),
): UpdateDraft {
  return incoming(user, chat, {
    voice: { ...fileIds("voice"), duration, mime_type: "audio/ogg", file_size: duration * 4000 },
  });
}

/** Moscow by default. */
export function locationMessage(
  user: User,
  { latitude = 55.7558, longitude = 37.6173 } = {},
  chat: MessageChat = privateChatOf(user),
): UpdateDraft {
  return incoming(user, chat, { location: { latitude, longitude } });
}

export interface DocumentFields {
  fileName: string;
  mimeType: string;
  fileSize: number;
  caption?: string;
}

export function documentMessage(
  user: User,
  { fileName, mimeType, fileSize, caption }: DocumentFields,
  chat: MessageChat = privateChatOf(user),
): UpdateDraft {
  const document = {
    ...fileIds("document"),
    file_name: fileName,
    mime_type: mimeType,
    file_size: fileSize,
  };
  return incoming(user, chat, { document, ...(caption === undefined ? {} : { caption }) });
}

export function photoMessage(
  user: User,
  { caption }: { caption?: string } = {},
  chat: MessageChat = privateChatOf(user),
): UpdateDraft {
  const photo = [
    { ...fileIds("photo"), width: 90, height: 68, file_size: 1200 },
    { ...fileIds("photo"), width: 1280, height: 960, file_size: 98_000 },
  ];
  return incoming(user, chat, { photo, ...(caption === undefined ? {} : { caption }) });
}

/** The user's own contact (the "share my phone number" button) unless other fields are given. */
export function contactMessage(
  user: User,
  {
    phoneNumber = "+79001234567",
    firstName = user.first_name,
    userId = user.id as number | undefined,
  } = {},
  chat: MessageChat = privateChatOf(user),
): UpdateDraft {
  const contact = {
    phone_number: phoneNumber,
    first_name: firstName,
    ...(userId === undefined ? {} : { user_id: userId }),
  };
  return incoming(user, chat, { contact });
}

/**
 * The bot's own membership changing: "kicked" in a private chat means the user
 * blocked the bot, "member" that they unblocked (restarted) it.
 */
export function myChatMember(
  user: User,
  status: "kicked" | "member" | "left",
  { bot = TEST_BOT_USER, chat = privateChatOf(user) as MessageChat } = {},
): UpdateDraft {
  const previous = status !== "member" ? "member" : chat.type === "private" ? "kicked" : "left";
  return {
    my_chat_member: {
      chat,
      from: user,
      date: unixNow(),
      old_chat_member: chatMember(bot, previous),
      new_chat_member: chatMember(bot, status),
    },
  };
}

function chatMember(user: User, status: "kicked" | "member" | "left"): ChatMember {
  if (status === "kicked") return { status, user, until_date: 0 };
  return { status, user };
}
