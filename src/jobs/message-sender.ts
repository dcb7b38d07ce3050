import type { MessageAction } from "../domain/outgoing-message.ts";

/**
 * A rendered message ready for a messenger: text and rows of buttons, already translated. A
 * button's action is neutral; the messenger's sender encodes it (Telegram: callback data).
 */
export interface RenderedMessage {
  text: string;
  /** The text is in the HTML subset (src/domain/orders/rich-text.ts), not plain. */
  html?: boolean;
  buttons: Array<Array<{ label: string; url?: string; action?: MessageAction }>>;
  /** A file sent with the text as its caption. */
  document?: OutgoingDocument;
}

/** A file to send: by the messenger's id when it has it already, else its bytes. */
export interface OutgoingDocument {
  name: string;
  messengerFileId?: string | null;
  content?: Uint8Array | null;
}

export type SendResult =
  /**
   * Delivered; `messageId` is the messenger's id of the message, `documentFileId` its id of a
   * document uploaded with it (to send it by id next time).
   */
  | { ok: true; messageId?: string; documentFileId?: string }
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
  /** Replaces the text and buttons of a message sent earlier (`messageId` from `send`). */
  edit(
    recipient: { telegramId: bigint | null },
    messageId: string,
    message: RenderedMessage,
  ): Promise<SendResult>;
}
