/**
 * Who may use the one SQLite connection Prisma and the direct statements share: a Prisma
 * interactive transaction or a unit of direct work holds it from BEGIN to COMMIT, so neither
 * runs its statements inside the other's transaction. Waiters are served in arrival order.
 */
export type GateHolder = "prisma-transaction" | "direct";

export interface ConnectionGate {
  acquire(holder: GateHolder): Promise<() => void>;
  /** Resolves once no direct work holds the connection (Prisma's single statements wait here). */
  whileDirectIdle(): Promise<void>;
  holder(): GateHolder | null;
  /** Called each time someone starts waiting, with the current holder. */
  onWait(listener: (holder: GateHolder) => void): void;
}

export function createConnectionGate(): ConnectionGate {
  let current: GateHolder | null = null;
  const queue: Array<{ holder: GateHolder; start: () => void }> = [];
  const directIdle: Array<() => void> = [];
  const listeners: Array<(holder: GateHolder) => void> = [];

  const release = () => {
    current = null;
    const next = queue.shift();
    if (next) {
      current = next.holder;
      next.start();
    }
    if (current !== "direct") for (const wake of directIdle.splice(0)) wake();
  };
  return {
    acquire(holder) {
      if (current === null) {
        current = holder;
        return Promise.resolve(release);
      }
      for (const listener of listeners) listener(current);
      return new Promise((resolve) => queue.push({ holder, start: () => resolve(release) }));
    },
    whileDirectIdle() {
      if (current !== "direct") return Promise.resolve();
      return new Promise((resolve) => directIdle.push(resolve));
    },
    holder: () => current,
    onWait(listener) {
      listeners.push(listener);
    },
  };
}
