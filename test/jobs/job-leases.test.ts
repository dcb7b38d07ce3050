import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { releaseJobLease, takeJobLease } from "../../src/db/job-leases.ts";
import { startPeriodic } from "../../src/jobs/periodic.ts";
import { createLogger } from "../../src/logger.ts";
import { createTestDatabase, type TestDatabase } from "../support/database.ts";

let db: TestDatabase;
beforeEach(async () => {
  db = await createTestDatabase();
});
afterEach(async () => {
  await db.destroy();
});

const at = (seconds: number) => new Date(Date.UTC(2026, 11, 2, 9, 0, seconds));

describe("job leases", () => {
  it("let one holder run a job until its lease runs out, then the next one", async () => {
    expect(await takeJobLease(db.sql, "digest", "a", at(0), at(10))).toBe(true);
    expect(await takeJobLease(db.sql, "digest", "b", at(5), at(15))).toBe(false);
    // The holder renews; another job's lease is separate.
    expect(await takeJobLease(db.sql, "digest", "a", at(5), at(15))).toBe(true);
    expect(await takeJobLease(db.sql, "cleanup", "b", at(5), at(15))).toBe(true);
    // a died: at expiry b takes the job over, and a, back, does not get it.
    expect(await takeJobLease(db.sql, "digest", "b", at(15), at(25))).toBe(true);
    expect(await takeJobLease(db.sql, "digest", "a", at(16), at(26))).toBe(false);
    // A clean shutdown gives the lease up at once.
    await releaseJobLease(db.sql, "digest", "b");
    expect(await takeJobLease(db.sql, "digest", "a", at(17), at(27))).toBe(true);
  });

  it("go to exactly one of several instances asking at the same moment", async () => {
    const holders = Array.from({ length: 8 }, (_, i) => `instance-${i}`);
    const taken = await Promise.all(
      holders.map((holder) => takeJobLease(db.sql, "closer", holder, at(0), at(60))),
    );
    expect(taken.filter(Boolean)).toHaveLength(1);
  });

  it("make a periodic job run on the holder only, and pass on when the holder stops", async () => {
    const runs: string[] = [];
    let firstRan: () => void = () => {};
    const ran = new Promise<void>((resolve) => {
      firstRan = resolve;
    });
    const job = (instanceId: string) =>
      startPeriodic(
        60 * 60_000,
        async () => {
          runs.push(instanceId);
          firstRan();
        },
        {
          db,
          logger: createLogger("silent"),
          name: "campaign-closer",
          instanceId,
        },
      );
    const first = job("first");
    await ran;
    const second = job("second");
    // stop() waits for each job's first round: the holder's ran, the other's found the lease held.
    await second.stop();
    await first.stop();
    expect(runs).toEqual(["first"]);
    // first released its lease on stop: a new instance runs the job at once.
    await job("third").stop();
    expect(runs).toEqual(["first", "third"]);
  });
});
