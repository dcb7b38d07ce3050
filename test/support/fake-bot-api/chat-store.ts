import type { Chat, Message, ReplyKeyboardMarkup } from "grammy/types";
import { badRequest, forbidden } from "./api-error.ts";

interface StoredMessage {
  message: Message;
  /** Sent by the bot (as opposed to pushed in an update from a user). */
  outgoing: boolean;
}

type BotStatus = "member" | "kicked" | "left";

/** The chats the fake has seen and what each one shows now. */
export class ChatStore {
  private readonly chats = new Map<number, Chat>();
  private readonly messages = new Map<number, Map<number, StoredMessage>>();
  private readonly lastMessageIds = new Map<number, number>();
  private readonly botStatus = new Map<number, BotStatus>();
  private readonly replyKeyboards = new Map<number, ReplyKeyboardMarkup>();
  /** Callback query ids that were pushed and may be answered. */
  readonly callbackQueryIds = new Set<string>();

  remember(chat: Chat): void {
    this.chats.set(chat.id, chat);
  }

  /** A known chat, or one made up from the id's shape (users > 0, supergroups -100…). */
  chat(chatId: number): Chat {
    const known = this.chats.get(chatId);
    if (known !== undefined) return known;
    if (chatId > 0) return { id: chatId, type: "private", first_name: `User ${chatId}` };
    if (chatId <= -1_000_000_000_000)
      return { id: chatId, type: "supergroup", title: `Chat ${chatId}` };
    return { id: chatId, type: "group", title: `Chat ${chatId}` };
  }

  /** Accepts numbers, numeric strings and @usernames of chats seen before. */
  resolveChatId(value: unknown): number {
    if (typeof value === "number" && Number.isInteger(value)) return value;
    if (typeof value === "string" && /^-?\d+$/.test(value)) return Number(value);
    if (value === undefined || value === null || value === "") throw badRequest("chat_id is empty");
    if (typeof value === "string" && value.startsWith("@")) {
      for (const chat of this.chats.values()) {
        if (chat.username !== undefined && `@${chat.username}` === value) return chat.id;
      }
    }
    throw badRequest("chat not found");
  }

  /** Telegram numbers messages per chat; users' and the bot's messages share the sequence. */
  nextMessageId(chatId: number): number {
    const next = (this.lastMessageIds.get(chatId) ?? 0) + 1;
    this.lastMessageIds.set(chatId, next);
    return next;
  }

  add(message: Message, outgoing: boolean): void {
    const chatId = message.chat.id;
    this.remember(message.chat);
    const last = this.lastMessageIds.get(chatId) ?? 0;
    this.lastMessageIds.set(chatId, Math.max(last, message.message_id));
    this.chatMessages(chatId).set(message.message_id, { message, outgoing });
  }

  find(chatId: number, messageId: number): StoredMessage | undefined {
    return this.messages.get(chatId)?.get(messageId);
  }

  replace(message: Message): void {
    const stored = this.find(message.chat.id, message.message_id);
    if (stored !== undefined) stored.message = message;
  }

  delete(chatId: number, messageId: number): boolean {
    return this.messages.get(chatId)?.delete(messageId) ?? false;
  }

  list(chatId: number, includeUser: boolean): Message[] {
    const stored = [...(this.messages.get(chatId)?.values() ?? [])];
    return stored
      .filter((entry) => includeUser || entry.outgoing)
      .map((entry) => structuredClone(entry.message));
  }

  setBotStatus(chatId: number, status: BotStatus): void {
    this.botStatus.set(chatId, status);
  }

  /** Telegram's 403s for chats that blocked or removed the bot. */
  assertCanSend(chatId: number): void {
    const status = this.botStatus.get(chatId);
    if (status === undefined || status === "member") return;
    if (this.chat(chatId).type === "private") throw forbidden("bot was blocked by the user");
    throw forbidden(
      status === "kicked"
        ? "bot was kicked from the group chat"
        : "bot is not a member of the group chat",
    );
  }

  setReplyKeyboard(chatId: number, keyboard: ReplyKeyboardMarkup | undefined): void {
    if (keyboard === undefined) this.replyKeyboards.delete(chatId);
    else this.replyKeyboards.set(chatId, keyboard);
  }

  replyKeyboard(chatId: number): ReplyKeyboardMarkup | undefined {
    const keyboard = this.replyKeyboards.get(chatId);
    return keyboard === undefined ? undefined : structuredClone(keyboard);
  }

  private chatMessages(chatId: number): Map<number, StoredMessage> {
    let messages = this.messages.get(chatId);
    if (messages === undefined) {
      messages = new Map();
      this.messages.set(chatId, messages);
    }
    return messages;
  }
}
