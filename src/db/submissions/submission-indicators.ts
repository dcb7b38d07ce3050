import {
  type Answers,
  dataElementValues,
  type FormDef,
  type IndicatorDef,
  indicatorValues,
} from "../../domain/form-engine/index.ts";
import type { Db } from "../client.ts";

export type SubmissionIndicator = IndicatorDef & { value: number };

/** The indicators of a direction as the form engine reads them, in catalog order. */
export async function directionIndicators(
  db: Db,
  directionId: number | null,
): Promise<IndicatorDef[]> {
  if (directionId === null) return [];
  const rows = await db.indicator.findMany({
    where: { directionId },
    orderBy: [{ position: "asc" }, { id: "asc" }],
  });
  return rows.map((row) => ({
    code: row.code,
    name: row.name,
    nameEn: row.nameEn,
    formula: row.formula,
    unit: row.unit,
    better: row.better === "lower" ? "lower" : "higher",
    target: row.target,
    risk: row.risk,
  }));
}

/** The indicators of the form's direction that this submission's answers determine. */
export async function submissionIndicators(
  db: Db,
  form: FormDef,
  answers: Answers,
  directionId: number | null,
): Promise<SubmissionIndicator[]> {
  const indicators = await directionIndicators(db, directionId);
  const values = indicatorValues(indicators, dataElementValues(form, answers));
  return indicators.flatMap((indicator, index) => {
    const value = values[index]?.value ?? null;
    return value === null ? [] : [{ ...indicator, value }];
  });
}
