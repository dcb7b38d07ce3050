import type { Db } from "../client.ts";
import { decodeValue } from "./answer-codec.ts";

/**
 * What the guided form shows beside a number: the school's value of the previous period and the
 * municipality's values this period, both keyed by data element code.
 */

function asNumber(stored: string | null): number | null {
  const value = decodeValue(stored);
  if (typeof value === "boolean") return Number(value);
  return typeof value === "number" && Number.isFinite(value) ? value : null;
}

/**
 * The school's accepted values of the period before `periodId`: from the same form's submission
 * where there is one, otherwise from any accepted form that collected the same data element.
 */
export async function previousPeriodValues(
  db: Db,
  schoolId: number,
  formId: number,
  periodId: number,
): Promise<Record<string, number>> {
  const period = await db.period.findUnique({ where: { id: periodId } });
  if (!period?.previousId) return {};
  const rows = await db.answer.findMany({
    where: {
      skipped: false,
      submission: { schoolId, status: "accepted", campaign: { periodId: period.previousId } },
      question: { dataElementId: { not: null } },
    },
    select: {
      value: true,
      question: { select: { dataElement: { select: { code: true } } } },
      submission: { select: { campaign: { select: { formId: true } } } },
    },
    orderBy: { id: "asc" },
  });
  const values: Record<string, number> = {};
  // Other forms first, so the same form's answers win.
  const ordered = [
    ...rows.filter((row) => row.submission.campaign.formId !== formId),
    ...rows.filter((row) => row.submission.campaign.formId === formId),
  ];
  for (const row of ordered) {
    const code = row.question.dataElement?.code;
    const value = asNumber(row.value);
    if (code && value !== null) values[code] = value;
  }
  return values;
}

/** The other schools' values in the same campaign (submitted or accepted), per data element. */
export async function municipalValues(
  db: Db,
  campaignId: number,
  excludeSchoolId: number,
): Promise<Record<string, number[]>> {
  const rows = await db.answer.findMany({
    where: {
      skipped: false,
      submission: {
        campaignId,
        schoolId: { not: excludeSchoolId },
        status: { in: ["submitted", "accepted"] },
      },
      question: { dataElementId: { not: null } },
    },
    select: { value: true, question: { select: { dataElement: { select: { code: true } } } } },
    orderBy: { id: "asc" },
  });
  const values: Record<string, number[]> = {};
  for (const row of rows) {
    const code = row.question.dataElement?.code;
    const value = asNumber(row.value);
    if (!code || value === null) continue;
    values[code] ??= [];
    values[code].push(value);
  }
  return values;
}
