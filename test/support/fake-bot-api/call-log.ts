import { explainedWait } from "../pending-waits.ts";
import type { CallPredicate, CallRecord, WaitForCallOptions } from "./types.ts";

interface Waiter {
  method: string;
  predicate: CallPredicate | undefined;
  after: number;
  resolve: (call: CallRecord) => void;
  reject: (error: Error) => void;
}

// Long polls would drown the interesting calls in error messages and idle checks.
const isPoll = (call: CallRecord) => call.method === "getUpdates";

/** The fake's memory of every request, with waiting on future ones. */
export class CallLog {
  readonly calls: CallRecord[] = [];
  private nextIndex = 0;
  private readonly waiters = new Set<Waiter>();
  /** How many calls other than getUpdates were recorded; settle() compares it across a round. */
  activity = 0;

  record(fields: Omit<CallRecord, "index">): CallRecord {
    const call: CallRecord = { index: this.nextIndex++, ...fields };
    this.calls.push(call);
    if (!isPoll(call)) this.activity++;
    for (const waiter of this.waiters) {
      if (matches(waiter, call)) this.settleWaiter(waiter, () => waiter.resolve(call));
    }
    return call;
  }

  mark(): number {
    return this.nextIndex;
  }

  callsOf(method: string): CallRecord[] {
    return this.calls.filter((call) => call.method === method);
  }

  lastCall(method: string): CallRecord | undefined {
    return this.calls.findLast((call) => call.method === method);
  }

  clear(): void {
    this.calls.splice(0);
  }

  waitFor(
    method: string,
    predicate: CallPredicate | undefined,
    { after = 0, timeoutMs }: WaitForCallOptions,
  ): Promise<CallRecord> {
    const probe = { method, predicate, after };
    const existing = this.calls.find((call) => matches(probe, call));
    if (existing !== undefined) return Promise.resolve(existing);
    let waiter: Waiter | undefined;
    const arrived = new Promise<CallRecord>((resolve, reject) => {
      waiter = { ...probe, resolve, reject };
      this.waiters.add(waiter);
    });
    return explainedWait(arrived, () => this.waitingMessage(probe, timeoutMs), timeoutMs).finally(
      () => {
        if (waiter) this.waiters.delete(waiter);
      },
    );
  }

  /** Fails every pending `waitFor`, so a closed fake never leaves a test hanging. */
  rejectWaiters(reason: string): void {
    for (const waiter of this.waiters)
      this.settleWaiter(waiter, () => waiter.reject(new Error(reason)));
  }

  /** A few recent calls, one line each, for error messages. */
  describeRecent(count = 8): string {
    const recent = this.calls.filter((call) => !isPoll(call)).slice(-count);
    if (recent.length === 0) return "  (no calls besides getUpdates)";
    return recent.map(describeCall).join("\n");
  }

  private settleWaiter(waiter: Waiter, settle: () => void): void {
    this.waiters.delete(waiter);
    settle();
  }

  private waitingMessage(probe: Pick<Waiter, "method" | "after">, timeoutMs?: number): string {
    const what = timeoutMs === undefined ? "is waiting" : `timed out after ${timeoutMs} ms`;
    return (
      `waitForCall("${probe.method}") ${what}: no matching call at or after ` +
      `#${probe.after}. Last calls received:\n${this.describeRecent()}`
    );
  }
}

function matches(probe: Pick<Waiter, "method" | "predicate" | "after">, call: CallRecord): boolean {
  if (call.index < probe.after || call.method !== probe.method) return false;
  return probe.predicate === undefined || probe.predicate(call);
}

function describeCall(call: CallRecord): string {
  const payload = JSON.stringify(call.payload, (_key, value: unknown) =>
    isSerializedBuffer(value) ? `<${value.data.length} bytes>` : value,
  );
  const shortPayload = payload.length > 160 ? `${payload.slice(0, 157)}...` : payload;
  const outcome = call.failed ? ` -> ${call.error?.error_code} ${call.error?.description}` : "";
  return `  #${call.index} ${call.method} ${shortPayload}${outcome}`;
}

// JSON.stringify applies Buffer#toJSON before the replacer sees the value.
function isSerializedBuffer(value: unknown): value is { type: "Buffer"; data: unknown[] } {
  return (
    typeof value === "object" &&
    value !== null &&
    "type" in value &&
    value.type === "Buffer" &&
    "data" in value &&
    Array.isArray(value.data)
  );
}
