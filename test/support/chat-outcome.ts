import type { Message, User } from "grammy/types";
import type { Harness } from "./bot-harness.ts";
import type { CallRecord } from "./fake-bot-api.ts";

type Button = { text: string; callback_data?: string };

/** The inline buttons of a message, in reading order. */
export const inlineButtonsOf = (message: { reply_markup?: unknown } | undefined): Button[] =>
  (
    (message?.reply_markup as { inline_keyboard?: Button[][] } | undefined)?.inline_keyboard ?? []
  ).flat();

/** What one action of a user led to, once the bot and the worker are done with it. */
export interface Outcome {
  /** Texts and captions the bot sent or edited in this user's chat, in order. */
  texts: string[];
  /** The notice on the pressed button, if any. */
  toast?: string;
  calls: CallRecord[];
}

/**
 * A user's actions that report everything they led to — texts and captions, the toast, every
 * call — for tests that look past the plain replies `chatAs` gives. `harness` is read at each
 * action, so a test file may start a new harness per test.
 */
export function outcomes(harness: () => Harness) {
  async function act(user: User, push: () => void): Promise<Outcome> {
    const h = harness();
    const mark = h.fake.mark();
    push();
    await h.fake.settle();
    const calls = h.fake.calls.filter((call) => call.index >= mark);
    return {
      calls,
      texts: calls
        .filter((call) => call.payload.chat_id === user.id)
        .flatMap((call) => {
          const text = call.payload.text ?? call.payload.caption;
          return text === undefined ? [] : [String(text)];
        }),
      toast: calls.find((call) => call.method === "answerCallbackQuery")?.payload.text as
        | string
        | undefined,
    };
  }

  /** The newest message in the user's chat with a button so labelled, and the button. */
  function latestWith(user: User, label: string | RegExp): { message: Message; button: Button } {
    const matches = (b: Button) =>
      typeof label === "string" ? b.text === label : label.test(b.text);
    const message = [...harness().fake.messagesIn(user.id)]
      .reverse()
      .find((m) => inlineButtonsOf(m).some(matches));
    const button = message && inlineButtonsOf(message).find(matches);
    if (!message || !button) throw new Error(`no message with a button ${label}`);
    return { message, button };
  }

  return {
    act,
    latestWith,
    say: (user: User, text: string) => act(user, () => harness().fake.sendText(user, text)),
    press(user: User, label: string | RegExp): Promise<Outcome> {
      const { message, button } = latestWith(user, label);
      return act(user, () => harness().fake.pressButton(user, message, button.callback_data ?? ""));
    },
    /** The calls of `method` to the user's chat. */
    sentTo: (user: User, method: string, calls: readonly CallRecord[] = harness().fake.calls) =>
      calls.filter((call) => call.method === method && call.payload.chat_id === user.id),
  };
}
