import type { ApiErrorBody, NetworkConditions, Payload, ReceivedCall } from "./types.ts";

/** Methods whose calls deliver a message into a chat. */
const SENDING = /^(send(?!ChatAction)|copyMessage|forwardMessage)/i;

export function isSending(method: string): boolean {
  return SENDING.test(method);
}

/** Telegram under load, now and then: asked to wait, or a gateway that failed. */
const DEFAULT_FAULTS: ApiErrorBody[] = [
  {
    error_code: 429,
    description: "Too Many Requests: retry after 1",
    parameters: { retry_after: 1 },
  },
  { error_code: 502, description: "Bad Gateway" },
];

/**
 * A network and a server as Telegram's are: each answer comes after a latency drawn from a range,
 * and a share of the messages sent fail with an error a real bot must expect. Draws come from a
 * seeded generator, so a run can be repeated.
 */
export class NetworkPlan {
  private state: number;
  private faultIndex = 0;

  constructor(private readonly conditions: NetworkConditions) {
    this.state = conditions.seed ?? 1;
  }

  /** How long the answer to this call takes, in ms (0 for long polls). */
  latencyFor(method: string): number {
    const [min, max] = this.conditions.latencyMs ?? [0, 0];
    if (method === "getUpdates" || max <= 0) return 0;
    return min + this.random() * (max - min);
  }

  /** An error to answer this call with instead of its result, for a share of the messages sent. */
  faultFor(method: string): ApiErrorBody | undefined {
    const share = this.conditions.faultShare ?? 0;
    if (share <= 0 || !isSending(method) || this.random() >= share) return undefined;
    const faults = this.conditions.faults ?? DEFAULT_FAULTS;
    const fault = faults[this.faultIndex++ % faults.length];
    return fault ? structuredClone(fault) : undefined;
  }

  /** mulberry32: small, fast and good enough to spread latencies and faults. */
  private random(): number {
    this.state = (this.state + 0x6d2b79f5) | 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
}

/**
 * The calls that arrived, counted as they arrive (the call log records them when answered): a
 * test can act on the n-th message received and see which requests were still unanswered.
 */
export class Arrivals {
  /** Messages sent that arrived so far. */
  sent = 0;
  private count = 0;
  private readonly open = new Map<number, ReceivedCall>();
  private readonly waiters = new Set<{ count: number; resolve: () => void }>();

  /** A call arrived; returns its number, to pass to `answered`. */
  arrived(method: string, payload: Payload): number {
    const number = ++this.count;
    if (isSending(method)) {
      this.open.set(number, { method, payload, at: Date.now() });
      this.sent++;
      for (const waiter of this.waiters)
        if (this.sent >= waiter.count) {
          this.waiters.delete(waiter);
          waiter.resolve();
        }
    }
    return number;
  }

  /** The answer to call `number` went out (or the caller was gone). */
  answered(number: number): void {
    this.open.delete(number);
  }

  /** Messages sent that arrived and are not answered yet: in flight. */
  unanswered(): ReceivedCall[] {
    return [...this.open.values()];
  }

  /** Resolves once `count` messages sent have arrived. */
  untilSent(count: number): Promise<void> {
    if (this.sent >= count) return Promise.resolve();
    return new Promise((resolve) => this.waiters.add({ count, resolve }));
  }
}
