import type { Answers, AnswerValue, FormDef, IndicatorDef } from "../domain/form-engine/index.ts";
import type { Db } from "./client.ts";
import { municipalValues, previousPeriodValues } from "./monitoring-context.ts";
import { lastTouchedBy, openSubmission, SubmissionError } from "./submissions.ts";

/** An answer as it travels through conversation state: JSON only, the instant as ISO text. */
export interface PlainAnswer {
  value: AnswerValue | null;
  skipped: boolean;
  warningReason: string | null;
  answeredById: number | null;
  updatedAt: string;
}

/** Everything the guided form shows, as plain JSON (it is stored in conversation state). */
export interface FormSession {
  submissionId: number;
  campaignId: number;
  schoolId: number;
  schoolName: string;
  periodCode: string;
  timezone: string;
  deadlineAt: string;
  status: string;
  editable: boolean;
  form: FormDef;
  answers: Record<string, PlainAnswer>;
  returnedCodes: string[];
  /** The coordinator's reason per returned question, and when the return happened. */
  returnedReasons: Record<string, string>;
  returnedAt: string | null;
  reviewComment: string | null;
  previous: Record<string, number>;
  municipal: Record<string, number[]>;
  indicators: IndicatorDef[];
  /** Per indicator: this school's value last period and the municipality's mean this period. */
  indicatorContext: Record<string, { previous?: number; municipal?: number }>;
  lastTouched: { personId: number; fullName: string; at: string } | null;
}

export function toPlainAnswers(answers: Answers): Record<string, PlainAnswer> {
  return Object.fromEntries(
    Object.entries(answers).map(([code, answer]) => [
      code,
      { ...answer, updatedAt: answer.updatedAt.toISOString() },
    ]),
  );
}

export function toEngineAnswers(plain: Record<string, PlainAnswer>): Answers {
  return Object.fromEntries(
    Object.entries(plain).map(([code, answer]) => [
      code,
      { ...answer, updatedAt: new Date(answer.updatedAt) },
    ]),
  );
}

/**
 * Opens (or creates) the school's draft for a campaign and gathers what the form shows beside the
 * questions: last period's values, the municipality's spread and the indicators the answers feed.
 */
export async function loadFormSession(
  db: Db,
  submissionId: number,
  personId: number,
): Promise<FormSession | null> {
  const submission = await db.submission.findUnique({
    where: { id: submissionId },
    include: {
      school: true,
      campaign: { include: { period: true, municipality: true, form: true } },
    },
  });
  if (!submission) return null;
  const { campaign, school } = submission;
  // A form that can no longer be opened (campaign closed, role revoked) ends the conversation
  // with an explanation rather than an error.
  const opened = await openSubmission(db, campaign.id, school.id, personId).catch(
    (error: unknown) => {
      if (error instanceof SubmissionError) return null;
      throw error;
    },
  );
  if (!opened) return null;
  const [previous, municipal, indicators, touched] = await Promise.all([
    previousPeriodValues(db, school.id, campaign.formId, campaign.periodId),
    municipalValues(db, campaign.id, school.id),
    db.indicator.findMany({
      where: { directionId: campaign.form.directionId ?? -1 },
      orderBy: { position: "asc" },
    }),
    lastTouchedBy(db, submission.id),
  ]);
  const lastReturn = opened.returnedCodes.length
    ? await db.review.findFirst({
        where: { submissionId, decision: "return" },
        orderBy: { id: "desc" },
      })
    : null;
  const indicatorContext = await indicatorComparisons(
    db,
    school.id,
    campaign.periodId,
    campaign.period.previousId,
  );
  return JSON.parse(
    JSON.stringify({
      submissionId: submission.id,
      campaignId: campaign.id,
      schoolId: school.id,
      schoolName: school.shortName ?? school.name,
      periodCode: campaign.period.code,
      timezone: campaign.municipality.timezone,
      deadlineAt: campaign.deadlineAt.toISOString(),
      status: opened.status,
      editable: opened.editable,
      form: opened.formDef,
      answers: toPlainAnswers(opened.answers),
      returnedCodes: opened.returnedCodes,
      returnedReasons: opened.returnedReasons,
      returnedAt: lastReturn?.createdAt.toISOString() ?? null,
      reviewComment: opened.reviewComment,
      previous,
      municipal,
      indicators: indicators.map((indicator) => ({
        code: indicator.code,
        name: indicator.name,
        nameEn: indicator.nameEn,
        formula: indicator.formula,
        unit: indicator.unit,
        better: indicator.better as "higher" | "lower",
        target: indicator.target,
        risk: indicator.risk,
      })),
      indicatorContext,
      lastTouched: touched
        ? { personId: touched.personId, fullName: touched.fullName, at: touched.at }
        : null,
    }),
  ) as FormSession;
}

async function indicatorComparisons(
  db: Db,
  schoolId: number,
  periodId: number,
  previousPeriodId: number | null,
) {
  const [previous, municipal] = await Promise.all([
    previousPeriodId === null
      ? Promise.resolve([])
      : db.indicatorValue.findMany({
          where: { schoolId, periodId: previousPeriodId },
          include: { indicator: true },
        }),
    db.indicatorValue.groupBy({
      by: ["indicatorId"],
      where: { periodId, schoolId: { not: schoolId } },
      _avg: { value: true },
    }),
  ]);
  const codes = new Map(
    (await db.indicator.findMany({ select: { id: true, code: true } })).map((row) => [
      row.id,
      row.code,
    ]),
  );
  const context: Record<string, { previous?: number; municipal?: number }> = {};
  for (const row of previous) context[row.indicator.code] = { previous: row.value };
  for (const row of municipal) {
    const code = codes.get(row.indicatorId);
    if (code && row._avg.value !== null)
      context[code] = { ...context[code], municipal: row._avg.value };
  }
  return context;
}
