import type { ApiErrorBody, Payload } from "./types.ts";

/** Telegram's limits for a bot's messages, as the fake enforces them when asked to. */
export interface SendLimits {
  /** Messages a second over all chats (Telegram: about 30). */
  perSecond: number;
  /** The same for messages sent with `allow_paid_broadcast` (Telegram: 1,000). */
  paidPerSecond: number;
  /** Messages a second to one chat (Telegram: 1). */
  perChatPerSecond: number;
  /** Messages a minute to one group (Telegram: 20). */
  perGroupPerMinute: number;
}

export const TELEGRAM_SEND_LIMITS: SendLimits = {
  perSecond: 30,
  paidPerSecond: 1000,
  perChatPerSecond: 1,
  perGroupPerMinute: 20,
};

/** A paid broadcast: JSON says `true`, a multipart upload the string "true". */
function isPaid(payload: Payload): boolean {
  return payload.allow_paid_broadcast === true || payload.allow_paid_broadcast === "true";
}

/** Methods that send a message into a chat (what Telegram's flood control counts). */
const SENDING = /^(send(?!ChatAction)|copyMessage|forwardMessage)/i;

/**
 * Counts the bot's messages over sliding windows and answers one over a limit with a real 429,
 * `retry_after` saying when the window frees — as Telegram does to a bot that sends too fast.
 */
export class SendRateLimiter {
  private readonly all: number[] = [];
  private readonly byChat = new Map<string, number[]>();

  constructor(
    private readonly limits: SendLimits,
    private readonly now: () => number = Date.now,
  ) {}

  /** A 429 for this call if it is over a limit; otherwise the call is counted and may go. */
  check(method: string, payload: Payload): ApiErrorBody | undefined {
    if (!SENDING.test(method)) return undefined;
    const chat = String(payload.chat_id ?? "");
    const at = this.now();
    const group = chat.startsWith("-");
    const inChat = (this.byChat.get(chat) ?? []).filter((t) => t > at - 60_000);
    const waits = [
      waitFor(
        this.all,
        at,
        1000,
        isPaid(payload) ? this.limits.paidPerSecond : this.limits.perSecond,
      ),
      waitFor(inChat, at, 1000, this.limits.perChatPerSecond),
      group ? waitFor(inChat, at, 60_000, this.limits.perGroupPerMinute) : 0,
    ];
    const wait = Math.max(...waits);
    if (wait > 0) {
      const seconds = Math.max(1, Math.ceil(wait / 1000));
      return {
        error_code: 429,
        description: `Too Many Requests: retry after ${seconds}`,
        parameters: { retry_after: seconds },
      };
    }
    this.all.push(at);
    while ((this.all[0] ?? at) <= at - 1000) this.all.shift();
    inChat.push(at);
    this.byChat.set(chat, inChat);
    return undefined;
  }
}

/** How long until fewer than `limit` of `times` fall within the `windowMs` before `at`. */
function waitFor(times: number[], at: number, windowMs: number, limit: number): number {
  const recent = times.filter((t) => t > at - windowMs);
  if (recent.length < limit) return 0;
  return (recent[recent.length - limit] ?? at) + windowMs - at;
}
