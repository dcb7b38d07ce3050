import type {
  Answers,
  AnswerValue,
  FormDef,
  IndicatorDef,
} from "../../domain/form-engine/index.ts";
import type { Db } from "../client.ts";
import { municipalValues, previousPeriodValues } from "./monitoring-context.ts";
import { lastTouchedBy, openSubmission, SubmissionError } from "./submissions.ts";

/**
 * What the guided form keeps in its conversation state, split by how often it changes: the
 * opening (read once), the progress (answers, read on every step, see form-progress.ts) and the
 * summary's context (read when the summary is shown). The form's questions are not in the state
 * at all: they come from a cache by form version (form-definitions.ts).
 */

/** An answer as it travels through conversation state: JSON only, the instant as ISO text. */
export interface PlainAnswer {
  value: AnswerValue | null;
  skipped: boolean;
  warningReason: string | null;
  answeredById: number | null;
  updatedAt: string;
}

/** Read once when a person opens the form: the greeting, returned questions, last period. */
export interface FormOpening {
  submissionId: number;
  campaignId: number;
  schoolId: number;
  formId: number;
  formTitle: string;
  formTitleEn: string;
  schoolName: string;
  periodCode: string;
  timezone: string;
  deadlineAt: string;
  status: string;
  editable: boolean;
  returnedCodes: string[];
  /** The coordinator's reason per returned question, and when the return happened. */
  returnedReasons: Record<string, string>;
  returnedAt: string | null;
  reviewComment: string | null;
  /** This school's accepted values of the previous period, by data element. */
  previous: Record<string, number>;
  lastTouched: { personId: number; fullName: string; at: string } | null;
}

/** What the summary adds: the municipality's spread and the indicators the answers feed. */
export interface SummaryContext {
  municipal: Record<string, number[]>;
  indicators: IndicatorDef[];
  /** Per indicator: this school's value last period and the municipality's mean this period. */
  indicatorContext: Record<string, { previous?: number; municipal?: number }>;
}

/** Everything the summary shows. */
export interface FormSession extends FormOpening, SummaryContext {
  form: FormDef;
  answers: Record<string, PlainAnswer>;
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
 * Opens (or creates) the school's draft for a campaign: what the greeting says, which questions
 * were returned and why, and last period's values shown beside the questions. Null when the form
 * can no longer be opened (campaign closed, role revoked), which the bot explains.
 */
export async function openFormSession(
  db: Db,
  submissionId: number,
  personId: number,
): Promise<FormOpening | null> {
  const submission = await db.submission.findUnique({
    where: { id: submissionId },
    include: {
      school: true,
      campaign: {
        include: {
          period: true,
          municipality: true,
          form: { select: { title: true, titleEn: true } },
        },
      },
    },
  });
  if (!submission) return null;
  const { campaign, school } = submission;
  const opened = await openSubmission(db, campaign.id, school.id, personId).catch(
    (error: unknown) => {
      if (error instanceof SubmissionError) return null;
      throw error;
    },
  );
  if (!opened) return null;
  const [previous, touched, lastReturn] = await Promise.all([
    previousPeriodValues(db, school.id, campaign.formId, campaign.periodId),
    lastTouchedBy(db, submission.id),
    opened.returnedCodes.length
      ? db.review.findFirst({
          where: { submissionId, decision: "return" },
          orderBy: { id: "desc" },
        })
      : Promise.resolve(null),
  ]);
  return {
    submissionId: submission.id,
    campaignId: campaign.id,
    schoolId: school.id,
    formId: campaign.formId,
    formTitle: campaign.form.title,
    formTitleEn: campaign.form.titleEn,
    schoolName: school.shortName ?? school.name,
    periodCode: campaign.period.code,
    timezone: campaign.municipality.timezone,
    deadlineAt: campaign.deadlineAt.toISOString(),
    status: opened.status,
    editable: opened.editable,
    returnedCodes: opened.returnedCodes,
    returnedReasons: opened.returnedReasons,
    returnedAt: lastReturn?.createdAt.toISOString() ?? null,
    reviewComment: opened.reviewComment,
    previous,
    lastTouched: touched
      ? { personId: touched.personId, fullName: touched.fullName, at: touched.at.toISOString() }
      : null,
  };
}

/** The municipality's values and the indicators with their comparisons, for the summary. */
export async function loadSummaryContext(
  db: Db,
  opening: Pick<FormOpening, "campaignId" | "schoolId">,
): Promise<SummaryContext> {
  const campaign = await db.campaign.findUniqueOrThrow({
    where: { id: opening.campaignId },
    include: { period: true, form: { select: { directionId: true } } },
  });
  const [municipal, indicators, indicatorContext] = await Promise.all([
    municipalValues(db, campaign.id, opening.schoolId),
    db.indicator.findMany({
      where: { directionId: campaign.form.directionId ?? -1 },
      orderBy: { position: "asc" },
    }),
    indicatorComparisons(db, opening.schoolId, campaign.periodId, campaign.period.previousId),
  ]);
  return {
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
  };
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
