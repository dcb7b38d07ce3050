import type { ApiErrorBody, HeldCall, Payload } from "./types.ts";

interface Hold {
  arrive(payload: Payload): void;
  released: Promise<void>;
}

/** Failures and delays queued by tests for the next calls of a method. */
export class FaultPlan {
  private readonly failures = new Map<string, ApiErrorBody[]>();
  private readonly delays = new Map<string, number[]>();
  private readonly holds = new Map<string, Hold[]>();

  /** The next call of `method` arrives and waits, unanswered, until the test releases it. */
  holdNext(method: string): HeldCall {
    let arrive: (payload: Payload) => void = () => {};
    let release: () => void = () => {};
    const arrived = new Promise<Payload>((resolve) => {
      arrive = resolve;
    });
    const released = new Promise<void>((resolve) => {
      release = resolve;
    });
    this.holds.set(method, [...(this.holds.get(method) ?? []), { arrive, released }]);
    return { arrived, release };
  }

  takeHold(method: string): Hold | undefined {
    return this.holds.get(method)?.shift();
  }

  failNext(method: string, error: ApiErrorBody, times: number): void {
    this.queue(this.failures, method, error, times);
  }

  delayNext(method: string, ms: number, times: number): void {
    this.queue(this.delays, method, ms, times);
  }

  takeFailure(method: string): ApiErrorBody | undefined {
    return this.failures.get(method)?.shift();
  }

  takeDelay(method: string): number | undefined {
    return this.delays.get(method)?.shift();
  }

  private queue<T>(plan: Map<string, T[]>, method: string, item: T, times: number): void {
    const queued = plan.get(method) ?? [];
    for (let i = 0; i < times; i++) queued.push(structuredClone(item));
    plan.set(method, queued);
  }
}
