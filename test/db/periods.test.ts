import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ensurePeriod } from "../../src/db/catalog/periods.ts";
import { PeriodCodeError } from "../../src/domain/periods.ts";
import { createTestDatabase, type TestDatabase } from "../support/database.ts";

let db: TestDatabase;
beforeEach(async () => {
  db = await createTestDatabase();
});
afterEach(async () => {
  await db.destroy();
});

describe("ensurePeriod", () => {
  it("creates a period with its dates and returns the same one when asked again", async () => {
    const first = await ensurePeriod(db.prisma, "2025-26");
    expect(first).toMatchObject({
      code: "2025-26",
      kind: "school_year",
      startsOn: new Date("2025-09-01T00:00:00Z"),
      endsOn: new Date("2026-08-31T00:00:00Z"),
      previousId: null,
    });
    const again = await ensurePeriod(db.prisma, "2025-26");
    expect(again.id).toBe(first.id);
    expect(await db.prisma.period.count()).toBe(1);
  });

  it("links a new period to an existing predecessor", async () => {
    const earlier = await ensurePeriod(db.prisma, "2024-25");
    const later = await ensurePeriod(db.prisma, "2025-26");
    expect(later.previousId).toBe(earlier.id);
  });

  it("links an existing successor back when its predecessor is created later", async () => {
    const later = await ensurePeriod(db.prisma, "2025-Q1");
    const earlier = await ensurePeriod(db.prisma, "2024-Q4");
    const reread = await db.prisma.period.findUniqueOrThrow({ where: { id: later.id } });
    expect(reread.previousId).toBe(earlier.id);
    expect(earlier.previousId).toBeNull();
  });

  it("joins a gap in the middle to both neighbours", async () => {
    const first = await ensurePeriod(db.prisma, "2025-01");
    const third = await ensurePeriod(db.prisma, "2025-03");
    const second = await ensurePeriod(db.prisma, "2025-02");
    expect(second.previousId).toBe(first.id);
    const reread = await db.prisma.period.findUniqueOrThrow({ where: { id: third.id } });
    expect(reread.previousId).toBe(second.id);
  });

  it("never links periods of different kinds", async () => {
    await ensurePeriod(db.prisma, "2024");
    const schoolYear = await ensurePeriod(db.prisma, "2025-26");
    const year = await ensurePeriod(db.prisma, "2025");
    expect(schoolYear.previousId).toBeNull();
    expect(year.previousId).not.toBeNull();
  });

  it("records who created and linked periods", async () => {
    await ensurePeriod(db.prisma, "2024-25", { kind: "cli" });
    await ensurePeriod(db.prisma, "2025-26", { kind: "cli" });
    const actions = await db.prisma.auditEvent.findMany({
      where: { entityType: "Period" },
      select: { action: true, actorKind: true },
    });
    expect(actions).toEqual([
      { action: "period.created", actorKind: "cli" },
      { action: "period.created", actorKind: "cli" },
      { action: "period.linked", actorKind: "cli" },
    ]);
  });

  it("refuses a malformed code without writing anything", async () => {
    await expect(ensurePeriod(db.prisma, "2025-27")).rejects.toThrow(PeriodCodeError);
    expect(await db.prisma.period.count()).toBe(0);
  });
});
