/**
 * When the next message may go, within a messenger's limits (Telegram's: about 30 messages a
 * second per bot, one a second per chat, 20 a minute per group). Pure bookkeeping over instants
 * in milliseconds: the outbox sender asks how long to wait, waits on its own clock, and records
 * each send and each request to slow down.
 */
export interface PacingLimits {
  /** Messages a second over all chats. */
  perSecond: number;
  /** Shortest gap between two messages to one chat, in ms. */
  perChatGapMs: number;
  /** Messages a minute to one group chat. */
  perGroupPerMinute: number;
}

export const TELEGRAM_LIMITS: PacingLimits = {
  perSecond: 30,
  perChatGapMs: 1000,
  perGroupPerMinute: 20,
};

export interface Recipient {
  chat: string;
  group: boolean;
}

/**
 * A request to slow down cuts the overall rate to this share (TCP CUBIC's multiplicative
 * decrease): a 429 that really meant "too fast overall" comes again at once and cuts it again,
 * one that concerned a single chat (the usual case) costs the others little.
 */
const DECREASE = 0.7;
/**
 * How quickly the overall rate comes back, as a share of the limit per message that goes: from
 * 70 % of the limit to all of it in 15 messages (half a second at 30/s).
 */
const RECOVERY_SHARE_PER_SEND = 1 / 50;

export class DeliveryPacer {
  /** The overall rate now: lowered by a request to slow down, back to the limit as sends succeed. */
  private rate: number;
  private nextAny = 0;
  private readonly nextInChat = new Map<string, number>();
  private readonly groupSends = new Map<string, number[]>();

  constructor(private readonly limits: PacingLimits) {
    this.rate = limits.perSecond;
  }

  /** Milliseconds to wait from `now` before a message to `to` may go (0: now). */
  delayFor(to: Recipient, now: number): number {
    return Math.max(this.chatDelay(to, now), this.nextAny - now, 0);
  }

  /**
   * The part of `delayFor` owed to the chat alone (its gap, a 429 for it, a group's minute): a
   * sender with several messages in flight waits this out apart, holding no other chat back.
   */
  chatDelay(to: Recipient, now: number): number {
    let ready = this.nextInChat.get(to.chat) ?? 0;
    if (to.group) {
      const recent = this.recentGroupSends(to.chat, now);
      if (recent.length >= this.limits.perGroupPerMinute)
        ready = Math.max(
          ready,
          (recent[recent.length - this.limits.perGroupPerMinute] ?? 0) + 60_000,
        );
    }
    return Math.max(0, ready - now);
  }

  /** A message to `to` goes at `now`. */
  sent(to: Recipient, now: number): void {
    this.nextAny = Math.max(this.nextAny, now) + 1000 / this.rate;
    this.nextInChat.set(to.chat, now + this.limits.perChatGapMs);
    if (to.group) this.groupSends.set(to.chat, [...this.recentGroupSends(to.chat, now), now]);
    this.rate = Math.min(
      this.limits.perSecond,
      this.rate + this.limits.perSecond * RECOVERY_SHARE_PER_SEND,
    );
    // Chats whose gap has passed need no entry: the map stays as small as the recent chats.
    if (this.nextInChat.size > 10_000)
      for (const [chat, next] of this.nextInChat) if (next <= now) this.nextInChat.delete(chat);
  }

  /**
   * The messenger answered the message to `to` at `now`. The chat's gap counts from here too: the
   * messenger counts a message when it arrives, which may be later than when it left.
   */
  answered(to: Recipient, now: number): void {
    this.nextInChat.set(
      to.chat,
      Math.max(this.nextInChat.get(to.chat) ?? 0, now + this.limits.perChatGapMs),
    );
  }

  /**
   * The messenger asked to wait `retryAfterMs` (Telegram's 429): that chat waits so long, and the
   * whole sender slows to 70 % of its rate at once, coming back up as messages go through.
   */
  slowDown(to: Recipient, now: number, retryAfterMs: number): void {
    this.nextInChat.set(to.chat, Math.max(this.nextInChat.get(to.chat) ?? 0, now + retryAfterMs));
    this.rate = Math.max(1, this.rate * DECREASE);
    this.nextAny = Math.max(this.nextAny, now + 1000 / this.rate);
  }

  /** The overall rate now, messages a second. */
  currentRate(): number {
    return this.rate;
  }

  private recentGroupSends(chat: string, now: number): number[] {
    return (this.groupSends.get(chat) ?? []).filter((at) => at > now - 60_000);
  }
}
