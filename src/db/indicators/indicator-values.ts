import { evaluateFormula, formulaVariables } from "../../domain/formula.ts";
import type { Db } from "../client.ts";

/**
 * Computes every indicator whose data elements a school reported, accepted, for a period, and
 * stores the values (one per indicator, school and period; re-running overwrites in place).
 * Used on acceptance and by the demo: answers are read back from the database, not from the
 * generator. Returns how many values were stored.
 */
export async function computeIndicatorValues(
  db: Db,
  schoolId: number,
  periodId: number,
  computedAt: Date,
): Promise<number> {
  const answers = await db.answer.findMany({
    where: {
      skipped: false,
      submission: { schoolId, status: "accepted", campaign: { periodId } },
      question: { dataElementId: { not: null } },
    },
    include: { question: { include: { dataElement: true } }, submission: true },
    orderBy: { id: "asc" },
  });
  const values: Record<string, number> = {};
  const campaignOf = new Map<string, number>();
  for (const answer of answers) {
    const element = answer.question.dataElement;
    if (!element || answer.value === null) continue;
    const parsed: unknown = JSON.parse(answer.value);
    const number = typeof parsed === "boolean" ? Number(parsed) : parsed;
    if (typeof number !== "number" || !Number.isFinite(number)) continue;
    values[element.code] = number;
    campaignOf.set(element.code, answer.submission.campaignId);
  }

  let stored = 0;
  for (const indicator of await db.indicator.findMany()) {
    const variables = formulaVariables(indicator.formula);
    if (variables.some((name) => values[name] === undefined)) continue;
    const value = evaluateFormula(indicator.formula, values);
    if (value === null) continue;
    const campaignId = campaignOf.get(variables[0] ?? "") ?? null;
    const key = { indicatorId: indicator.id, schoolId, periodId };
    await db.indicatorValue.upsert({
      where: { indicatorId_schoolId_periodId: key },
      create: { ...key, value, campaignId, computedAt },
      update: { value, campaignId },
    });
    stored++;
  }
  return stored;
}
