import type { Update } from "grammy/types";
import { type ApiError, conflict } from "./api-error.ts";

export interface PollRequest {
  offset: number | undefined;
  limit: number | undefined;
  timeoutSeconds: number;
  /** Aborted when the client goes away (grammY aborts its poll in `bot.stop()`). */
  signal: AbortSignal;
}

interface PendingPoll {
  request: PollRequest;
  resolve: (updates: Update[]) => void;
  reject: (error: ApiError) => void;
  timer: NodeJS.Timeout;
}

/** What the rest of the fake learns from the queue, to wake whoever waits on it. */
export interface QueueEvents {
  /** A push, a confirmation, a poll starting or ending to wait. */
  changed?(): void;
  /** Updates forgotten unhandled (drop_pending_updates). */
  dropped?(updates: Update[]): void;
}

/**
 * Telegram's update queue: updates stay until a getUpdates call confirms them
 * with a higher offset, so a batch fetched by an aborted poll is not lost.
 */
export class UpdateQueue {
  private queued: Update[] = [];
  private nextUpdateId = 1;
  private pending: PendingPoll | undefined;

  constructor(private readonly events: QueueEvents = {}) {}

  push(update: Update): void {
    this.nextUpdateId = Math.max(this.nextUpdateId, update.update_id + 1);
    this.queued.push(update);
    this.answerPending();
    this.events.changed?.();
  }

  /**
   * Hands out again an update the bot had fetched, as Telegram does when the bot died before its
   * next getUpdates confirmed it: same update_id, in id order among the waiting ones.
   */
  redeliver(update: Update): void {
    this.queued = [...this.queued, update].sort((a, b) => a.update_id - b.update_id);
    this.answerPending();
    this.events.changed?.();
  }

  allocateId(): number {
    return this.nextUpdateId++;
  }

  /** Updates the bot has not confirmed yet (not necessarily not fetched). */
  get unconfirmedCount(): number {
    return this.queued.length;
  }

  /** True while a long poll waits for updates. */
  get hasWaitingPoll(): boolean {
    return this.pending !== undefined;
  }

  poll(request: PollRequest): Promise<Update[]> {
    this.confirmBelow(request.offset);
    // Like Telegram, a newer poll terminates the older one.
    this.pending?.reject(
      conflict(
        "terminated by other getUpdates request; make sure that only one bot instance is running",
      ),
    );
    const ready = this.take(request.limit);
    if (ready.length > 0 || request.timeoutSeconds <= 0) return Promise.resolve(ready);
    return new Promise((resolve, reject) => {
      const pending: PendingPoll = {
        request,
        resolve: (updates) => this.finish(pending, () => resolve(updates)),
        reject: (error) => this.finish(pending, () => reject(error)),
        timer: setTimeout(() => pending.resolve([]), request.timeoutSeconds * 1000),
      };
      this.pending = pending;
      if (request.signal.aborted) pending.resolve([]);
      else {
        request.signal.addEventListener("abort", () => pending.resolve([]), { once: true });
        this.events.changed?.();
      }
    });
  }

  /** Answers a waiting poll with no updates, as Telegram does when its timeout expires. */
  releasePending(): void {
    this.pending?.resolve([]);
  }

  /** deleteWebhook/setWebhook with drop_pending_updates. */
  dropAll(): void {
    const dropped = this.queued;
    this.queued = [];
    this.events.dropped?.(dropped);
    this.events.changed?.();
  }

  private confirmBelow(offset: number | undefined): void {
    if (offset === undefined || offset === 0) return;
    const before = this.queued.length;
    if (offset < 0) {
      // A negative offset keeps the last -offset updates and forgets the rest.
      this.queued = this.queued.slice(offset);
    } else {
      this.queued = this.queued.filter((update) => update.update_id >= offset);
    }
    if (this.queued.length !== before) this.events.changed?.();
  }

  private take(limit: number | undefined): Update[] {
    const count = limit === undefined || limit < 1 || limit > 100 ? 100 : limit;
    return this.queued.slice(0, count);
  }

  private answerPending(): void {
    const pending = this.pending;
    if (pending === undefined) return;
    const ready = this.take(pending.request.limit);
    if (ready.length > 0) pending.resolve(ready);
  }

  private finish(pending: PendingPoll, settle: () => void): void {
    if (this.pending !== pending) return;
    clearTimeout(pending.timer);
    this.pending = undefined;
    settle();
    this.events.changed?.();
  }
}
