/** Latency statistics and a paced load loop shared by the benchmarks. */
export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, index)] ?? Number.NaN;
}

export interface LevelResult {
  targetPerSecond: number;
  achievedPerSecond: number;
  p50: number;
  p95: number;
  p99: number;
  steps: number;
  errors: number;
  /** Share of the level the bot's thread was busy (its event loop utilisation), 0–1. */
  botBusy?: number;
}

/**
 * Drives `users` independent senders so that together they offer `perSecond` steps a second for
 * `seconds`. Each user waits for the answer to its previous step (as a person does), then keeps
 * to its schedule; a user that falls behind sends at once, so overload shows as a lower
 * achieved rate and growing latency.
 */
export async function runLevel(
  users: number,
  perSecond: number,
  seconds: number,
  step: (user: number, sequence: number) => Promise<void>,
): Promise<LevelResult> {
  const interval = (users / perSecond) * 1000;
  const latencies: number[] = [];
  let errors = 0;
  const started = performance.now();
  const deadline = started + seconds * 1000;
  await Promise.all(
    Array.from({ length: users }, async (_, user) => {
      // Spread the first sends across one interval so the load is smooth, not a burst.
      let next = started + (interval * user) / users;
      for (let sequence = 0; ; sequence++) {
        const wait = next - performance.now();
        if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
        if (performance.now() >= deadline) return;
        const before = performance.now();
        try {
          await step(user, sequence);
          latencies.push(performance.now() - before);
        } catch {
          errors++;
        }
        next += interval;
      }
    }),
  );
  // Each user starts a step only after the previous one is answered, so an overloaded bot starts
  // fewer steps inside the window: steps per offered second is the rate it sustained.
  latencies.sort((a, b) => a - b);
  return {
    targetPerSecond: perSecond,
    achievedPerSecond: latencies.length / seconds,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    steps: latencies.length,
    errors,
  };
}

/** A level is sustained when nearly all offered steps were served, without errors, in good time. */
export function sustained(result: LevelResult, p95LimitMs: number): boolean {
  return (
    result.errors === 0 &&
    result.achievedPerSecond >= 0.95 * result.targetPerSecond &&
    result.p95 <= p95LimitMs
  );
}
