import type { MessageAction } from "../domain/outgoing-message.ts";

/**
 * A rendered message ready for a messenger: text and rows of buttons, already translated. A
 * button's action is neutral; the messenger's sender encodes it (Telegram: callback data).
 */
export interface RenderedMessage {
  text: string;
  buttons: Array<Array<{ label: string; url?: string; action?: MessageAction }>>;
}

export type SendResult =
  | { ok: true }
  /** The person blocked the bot or has no account on this messenger: do not retry. */
  | { ok: false; permanent: true; error: string }
  | { ok: false; permanent: false; error: string; retryAfterMs?: number };

/** What the outbox needs of a messenger. Telegram's lives in src/bot; MAX can add its own. */
export interface MessageSender {
  send(recipient: { telegramId: bigint | null }, message: RenderedMessage): Promise<SendResult>;
}
