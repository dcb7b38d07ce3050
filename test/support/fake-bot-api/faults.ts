import type { ApiErrorBody } from "./types.ts";

/** Failures and delays queued by tests for the next calls of a method. */
export class FaultPlan {
  private readonly failures = new Map<string, ApiErrorBody[]>();
  private readonly delays = new Map<string, number[]>();

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
