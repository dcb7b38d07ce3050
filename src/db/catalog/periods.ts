import { nextPeriodCode, parsePeriodCode, previousPeriodCode } from "../../domain/periods.ts";
import { type Actor, recordAudit } from "../audit.ts";
import { type Db, inTransaction } from "../client.ts";
import type { Period } from "../generated/client.ts";

/**
 * The period with this code, created when missing. Each period points at the one before it
 * (`previousId`), whichever was created first: a new period links to an existing predecessor,
 * and an existing successor that had no predecessor yet is linked to the new one. Predecessors
 * are not created on their own — only periods somebody uses exist.
 * Throws PeriodCodeError for a malformed code.
 */
export async function ensurePeriod(
  db: Db,
  code: string,
  actor: Actor = { kind: "system" },
): Promise<Period> {
  const range = parsePeriodCode(code);
  return inTransaction(db, async (tx) => {
    let period = await tx.period.findUnique({ where: { code } });
    if (!period) {
      period = await tx.period.create({
        data: { code, kind: range.kind, startsOn: range.startsOn, endsOn: range.endsOn },
      });
      await recordAudit(tx, {
        actor,
        action: "period.created",
        entityType: "Period",
        entityId: period.id,
        data: { code },
      });
    }
    // Repairing links on every call also mends chains made before this rule existed.
    return linkNeighbours(tx, period, actor);
  });
}

async function linkNeighbours(tx: Db, period: Period, actor: Actor): Promise<Period> {
  let current = period;
  const previousCode = previousPeriodCode(period.code);
  if (current.previousId === null && previousCode) {
    const previous = await tx.period.findUnique({ where: { code: previousCode } });
    if (previous) {
      current = await tx.period.update({
        where: { id: period.id },
        data: { previousId: previous.id },
      });
      await recordLink(tx, actor, current.id, previous.id);
    }
  }
  const nextCode = nextPeriodCode(period.code);
  if (nextCode) {
    const next = await tx.period.findUnique({ where: { code: nextCode } });
    if (next && next.previousId === null) {
      await tx.period.update({ where: { id: next.id }, data: { previousId: period.id } });
      await recordLink(tx, actor, next.id, period.id);
    }
  }
  return current;
}

function recordLink(tx: Db, actor: Actor, periodId: number, previousId: number): Promise<void> {
  return recordAudit(tx, {
    actor,
    action: "period.linked",
    entityType: "Period",
    entityId: periodId,
    data: { previousId },
  });
}
