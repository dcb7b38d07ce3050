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

/** Rejects with `explain()` if `work` has not settled within `ms`: turns a hang into a message. */
export async function failAfter<T>(
  ms: number,
  work: Promise<T>,
  explain: () => string,
): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new Error(explain())), ms);
  });
  // Once timed out, a late failure of `work` has nobody left to tell.
  work.catch(() => {});
  try {
    return await Promise.race([work, timedOut]);
  } finally {
    clearTimeout(timer);
  }
}
