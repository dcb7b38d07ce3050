/**
 * Waits in tests have no deadline of their own: only the test runner's timeout ends a test, so a
 * slow machine makes a wait longer, never red. While a wait is pending, what it waits for is kept
 * here; a test that fails (its timeout included) prints it (see ./report-pending-waits.ts).
 */
const pending = new Set<() => string>();

/**
 * Resolves as `work` does, with `explain` on record until then. Given `timeoutMs`, it also rejects
 * with `explain()` after that long: only for tests of the explanations themselves.
 */
export async function explainedWait<T>(
  work: Promise<T>,
  explain: () => string,
  timeoutMs?: number,
): Promise<T> {
  pending.add(explain);
  let timer: NodeJS.Timeout | undefined;
  const timedOut =
    timeoutMs === undefined
      ? undefined
      : new Promise<never>((_resolve, reject) => {
          timer = setTimeout(() => reject(new Error(explain())), timeoutMs);
        });
  // Once timed out, a late failure of `work` has nobody left to tell.
  work.catch(() => {});
  try {
    return await (timedOut ? Promise.race([work, timedOut]) : work);
  } finally {
    clearTimeout(timer);
    pending.delete(explain);
  }
}

/** What the waits still pending are waiting for, one description each; forgets them. */
export function takePendingWaits(): string[] {
  const descriptions = [...pending].map((explain) => explain());
  pending.clear();
  return descriptions;
}
