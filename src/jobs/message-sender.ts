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
  /** Delivered; `messageId` is the messenger's id of the message. */
  | { ok: true; messageId?: string }
  /**
   * Never to be retried: the request itself is wrong (`unreachable` false), or the person blocked
   * the bot, deleted the account or has none on this messenger (`unreachable` true).
   */
  | { ok: false; permanent: true; unreachable?: boolean; error: string }
  /** Worth another try later: at `retryAfterMs` when the messenger asked for a wait. */
  | { ok: false; permanent: false; error: string; retryAfterMs?: number };

/** What the outbox needs of a messenger. Telegram's lives in src/bot; MAX can add its own. */
export interface MessageSender {
  send(recipient: { telegramId: bigint | null }, message: RenderedMessage): Promise<SendResult>;
}
