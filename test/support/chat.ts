import type { InlineKeyboardButton, Message, User } from "grammy/types";
import type { Harness } from "./bot-harness.ts";

type Label = string | RegExp;
const matches = (label: Label, text: string) =>
  typeof label === "string" ? text === label : label.test(text);

/** A person in a private chat with the bot: types, presses buttons, reads what the bot said. */
export function chatAs(h: Harness, user: User) {
  const botMessages = () => h.fake.messagesIn(user.id);
  const saidSince = (mark: number) =>
    h.fake.calls
      .filter(
        (call) =>
          call.index >= mark && call.method === "sendMessage" && call.payload.chat_id === user.id,
      )
      .map((call) => String(call.payload.text));
  return {
    user,
    /** Sends text and returns every message the bot sent in reply. */
    async say(text: string): Promise<string[]> {
      const mark = h.fake.mark();
      h.fake.sendText(user, text);
      await h.fake.settle();
      return saidSince(mark);
    },
    /** Pushes any update from this user (a sticker, a document…) and returns the replies. */
    async send(draft: Parameters<Harness["fake"]["pushUpdate"]>[0]): Promise<string[]> {
      const mark = h.fake.mark();
      h.fake.pushUpdate(draft);
      await h.fake.settle();
      return saidSince(mark);
    },
    /** Presses the newest button with this label and returns what the bot sent after it. */
    async press(label: Label): Promise<string[]> {
      const message = [...botMessages()]
        .reverse()
        .find((m) => buttonsOf(m).some((b) => matches(label, b.text)));
      if (!message)
        throw new Error(`no button ${label}; last message: ${botMessages().at(-1)?.text}`);
      const button = buttonsOf(message).find((b) => matches(label, b.text));
      const mark = h.fake.mark();
      h.fake.pressButton(user, message, (button as { callback_data: string }).callback_data);
      await h.fake.settle();
      return saidSince(mark);
    },
    /** Presses a button of an older message, by its text, even if newer messages have it too. */
    async pressOn(message: Message, label: Label): Promise<string[]> {
      const button = buttonsOf(message).find((b) => matches(label, b.text));
      const mark = h.fake.mark();
      h.fake.pressButton(user, message, (button as { callback_data: string }).callback_data);
      await h.fake.settle();
      return saidSince(mark);
    },
    last: () => botMessages().at(-1),
    lastText: () => botMessages().at(-1)?.text ?? "",
    messages: botMessages,
    buttons: () => buttonsOf(botMessages().at(-1)).map((b) => b.text),
  };
}

export function buttonsOf(message: Message | undefined): InlineKeyboardButton[] {
  return message?.reply_markup?.inline_keyboard.flat() ?? [];
}
