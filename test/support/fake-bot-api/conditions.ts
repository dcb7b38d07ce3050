interface Waiter {
  holds: () => boolean;
  resolve: () => void;
}

/**
 * Promises that resolve once a condition over the fake's state holds. Whatever changes that state
 * calls `changed()`, so waiting is driven by events, never by polling a clock.
 */
export class Conditions {
  private readonly waiters = new Set<Waiter>();

  until(holds: () => boolean): Promise<void> {
    if (holds()) return Promise.resolve();
    return new Promise((resolve) => this.waiters.add({ holds, resolve }));
  }

  changed(): void {
    for (const waiter of this.waiters) {
      if (!waiter.holds()) continue;
      this.waiters.delete(waiter);
      waiter.resolve();
    }
  }
}
