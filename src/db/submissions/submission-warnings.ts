import {
  type Answers,
  checkRules,
  type FormDef,
  type ValueWarning,
  valueWarnings,
} from "../../domain/form-engine/index.ts";
import { loadFormDef } from "../catalog/form-definitions.ts";
import type { Db } from "../client.ts";
import { loadAnswers } from "./answer-reads.ts";
import { municipalValues, previousPeriodValues } from "./monitoring-context.ts";

export interface SubmissionWarnings {
  /** Values far from last period's or from the other schools' (form engine), now. */
  values: ValueWarning[];
  /** Question codes of cross-question rules of severity "warning" that the answers break. */
  ruleCodes: string[];
  /** Every question with a warning: any of the above, or one the deputy explained on submitting. */
  codes: string[];
}

/**
 * What a coordinator should look at before accepting: the warnings the form engine raises on the
 * answers today and the ones the deputy explained. `cache` shares form definitions between calls.
 */
export async function submissionWarnings(
  db: Db,
  submission: { id: number; schoolId: number; campaignId: number },
  campaign: { formId: number; periodId: number },
  cache: Map<number, FormDef> = new Map(),
  loaded?: { form: FormDef; answers: Answers },
): Promise<SubmissionWarnings> {
  let form = loaded?.form ?? cache.get(campaign.formId);
  if (!form) {
    form = await loadFormDef(db, campaign.formId);
    cache.set(campaign.formId, form);
  }
  const [answers, previous, municipal] = await Promise.all([
    loaded?.answers ?? loadAnswers(db, submission.id),
    previousPeriodValues(db, submission.schoolId, campaign.formId, campaign.periodId),
    municipalValues(db, submission.campaignId, submission.schoolId),
  ]);
  const values = valueWarnings(form, answers, { previous, municipal });
  const ruleCodes = checkRules(form, answers)
    .filter((problem) => problem.severity === "warning")
    .flatMap((problem) => problem.questionCodes);
  const explained = Object.entries(answers)
    .filter(([, answer]) => answer.warningReason)
    .map(([code]) => code);
  const codes = new Set([...values.map((w) => w.questionCode), ...ruleCodes, ...explained]);
  return { values, ruleCodes: [...new Set(ruleCodes)], codes: [...codes] };
}
