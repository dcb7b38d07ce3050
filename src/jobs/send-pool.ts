/**
 * Runs sends side by side, at most `concurrency` at a time, while the messages of one chat go one
 * after another in the order they were given: a request takes tens of milliseconds to be answered,
 * so one send at a time could never reach the messenger's rate, and a chat must still read its
 * messages in order.
 */
export class SendPool {
  /** Tasks given and not finished. */
  held = 0;
  /** Tasks waiting for a free place or running: not waiting behind an earlier one of their chat. */
  ready = 0;
  private running = 0;
  private readonly places: Array<() => void> = [];
  private readonly chats = new Map<string, Promise<void>>();
  private readonly watchers = new Set<() => void>();

  constructor(readonly concurrency: number) {}

  /** Runs `task` after the earlier tasks of `chat`, once a place is free; settles as it does. */
  run(chat: string, task: () => Promise<void>): Promise<void> {
    this.held++;
    const previous = this.chats.get(chat);
    const done = (async () => {
      if (previous) await previous;
      this.ready++;
      try {
        await this.enter();
        try {
          await task();
        } finally {
          this.leave();
        }
      } finally {
        this.ready--;
      }
    })();
    const tail: Promise<void> = done
      .catch(() => undefined)
      .finally(() => {
        this.held--;
        if (this.chats.get(chat) === tail) this.chats.delete(chat);
        this.poke();
      });
    this.chats.set(chat, tail);
    return done;
  }

  /** Resolves once `condition` holds, looked at now and whenever a task ends. */
  until(condition: () => boolean): Promise<void> {
    if (condition()) return Promise.resolve();
    return new Promise((resolve) => {
      const watcher = () => {
        if (!condition()) return;
        this.watchers.delete(watcher);
        resolve();
      };
      this.watchers.add(watcher);
    });
  }

  /** Looks again at every `until` condition, after something other than a task changed. */
  poke(): void {
    for (const watcher of this.watchers) watcher();
  }

  private async enter(): Promise<void> {
    if (this.running < this.concurrency) {
      this.running++;
      return;
    }
    // The place is handed over by leave(): `running` stays counted for the next task.
    await new Promise<void>((resolve) => this.places.push(resolve));
  }

  private leave(): void {
    const next = this.places.shift();
    if (next) next();
    else this.running--;
  }
}
