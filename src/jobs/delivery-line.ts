import { setTimeout as sleep } from "node:timers/promises";
import { DeliveryPacer, type Recipient, TELEGRAM_LIMITS } from "../domain/delivery-pacing.ts";

/** Whether a message may go now, or how long its chat would make it wait. */
export type Turn = { go: true } | { go: false; waitMs: number };

/**
 * The one line this process's messages queue in for their turn within the messenger's limits:
 * the outbox's sends and the progress job's edits share it (startJobs makes one). The pacer says
 * how long to wait; the line makes concurrent senders take their turns one by one and books each
 * at the instant it really goes, so a timer that fires late never squeezes two sends together.
 */
export class DeliveryLine {
  private turn: Promise<unknown> = Promise.resolve();

  constructor(
    readonly pacer: DeliveryPacer = new DeliveryPacer(TELEGRAM_LIMITS),
    private readonly clock: () => number = Date.now,
  ) {}

  /**
   * Waits for the turn of a message to `to` and books it. A chat that must wait longer than
   * `maxWaitMs` (a 429's retry_after, a busy group) is not waited for: nothing is booked, and the
   * answer says how long that chat waits.
   */
  async take(to: Recipient, maxWaitMs: number): Promise<Turn> {
    // The chat's own gap first, outside the line: one chat's wait holds no other chat back.
    const chatWait = this.pacer.chatDelay(to, this.clock());
    if (chatWait > maxWaitMs) return { go: false, waitMs: chatWait };
    if (chatWait > 0) await sleep(chatWait);
    const mine = this.turn.then(() => this.waitInLine(to, maxWaitMs));
    this.turn = mine.catch(() => undefined);
    return mine;
  }

  /** The messenger answered the message to `to` (see DeliveryPacer.answered). */
  answered(to: Recipient): void {
    this.pacer.answered(to, this.clock());
  }

  /** The messenger asked to wait (see DeliveryPacer.slowDown). */
  slowDown(to: Recipient, retryAfterMs: number): void {
    this.pacer.slowDown(to, this.clock(), retryAfterMs);
  }

  private async waitInLine(to: Recipient, maxWaitMs: number): Promise<Turn> {
    for (;;) {
      const wait = this.pacer.delayFor(to, this.clock());
      if (wait === 0) {
        this.pacer.sent(to, this.clock());
        return { go: true };
      }
      if (wait > maxWaitMs) return { go: false, waitMs: wait };
      await sleep(wait);
    }
  }
}
