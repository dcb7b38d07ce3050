import { type AnswerChange, diffSnapshots } from "../../domain/answer-changes.ts";
import type { QuestionOption, QuestionType } from "../../domain/catalog/schema.ts";
import {
  type AnswerValue,
  type ValueWarning,
  visibleQuestions,
} from "../../domain/form-engine/index.ts";
import { isReviewable } from "../../domain/submission-status.ts";
import { loadFormDef } from "../catalog/form-definitions.ts";
import type { Db } from "../client.ts";
import { schoolName } from "../message-params.ts";
import { parseSnapshot } from "../submissions/answer-codec.ts";
import { loadAnswers } from "../submissions/answer-reads.ts";
import { previousPeriodValues } from "../submissions/monitoring-context.ts";
import {
  type SubmissionIndicator,
  submissionIndicators,
} from "../submissions/submission-indicators.ts";
import { submissionWarnings } from "../submissions/submission-warnings.ts";
import { ReviewError, scopedSubmission } from "./review-access.ts";

export interface ReviewItem {
  code: string;
  position: number;
  type: QuestionType;
  text: string;
  textEn: string;
  options: QuestionOption[];
  value: AnswerValue | null;
  skipped: boolean;
  warningReason: string | null;
  /** The school's value of the previous period, for numbers that feed a data element. */
  previous: number | null;
}

export interface ReviewCard {
  submissionId: number;
  campaignId: number;
  schoolId: number;
  schoolName: string;
  formTitle: string;
  formTitleEn: string;
  periodCode: string;
  deadlineAt: Date;
  timezone: string;
  status: "draft" | "submitted" | "returned" | "accepted";
  /** Submitted and waiting: can be accepted or returned now. */
  reviewable: boolean;
  version: number;
  submittedAt: Date | null;
  submittedBy: { personId: number; fullName: string } | null;
  late: boolean;
  /** The answered (or skipped) questions, in form order. */
  items: ReviewItem[];
  indicators: SubmissionIndicator[];
  /** Values that look wrong (form engine); the deputy's reason is on the item. */
  warnings: ValueWarning[];
  /** Every question with a warning, including broken warning rules and explained values. */
  warningCodes: string[];
  /** What changed since the previous version; empty for a first submission. */
  changes: AnswerChange[];
  /** The return this version answers, with its marks; null for a first submission. */
  previousReturn: {
    comment: string | null;
    marks: Array<{ questionCode: string; reason: string }>;
  } | null;
}

/**
 * A submission as a coordinator reviews it: answers with question texts and the deputies'
 * warning reasons, the indicator values they produce, and the changes since the previous version.
 * Null when it does not exist or lies outside the coordinator's municipality and directions.
 */
export async function submissionForReview(
  db: Db,
  submissionId: number,
  coordinatorPersonId: number,
): Promise<ReviewCard | null> {
  try {
    await scopedSubmission(db, submissionId, coordinatorPersonId);
  } catch (error) {
    if (error instanceof ReviewError) return null;
    throw error;
  }
  const submission = await db.submission.findUniqueOrThrow({
    where: { id: submissionId },
    include: {
      school: true,
      campaign: { include: { form: true, period: true, municipality: true } },
      versions: { orderBy: { version: "desc" }, take: 2 },
      reviews: { where: { decision: "return" }, include: { marks: true }, orderBy: { id: "desc" } },
    },
  });
  const { campaign } = submission;
  const [form, answers, previous] = await Promise.all([
    loadFormDef(db, campaign.formId),
    loadAnswers(db, submissionId),
    previousPeriodValues(db, submission.schoolId, campaign.formId, campaign.periodId),
  ]);
  const items = visibleQuestions(form, answers).flatMap((question): ReviewItem[] => {
    const answer = answers[question.code];
    if (!answer) return [];
    const element = question.dataElementCode;
    return [
      {
        code: question.code,
        position: question.position,
        type: question.type,
        text: question.text,
        textEn: question.textEn,
        options: question.options,
        value: answer.value,
        skipped: answer.skipped,
        warningReason: answer.warningReason,
        previous: element ? (previous[element] ?? null) : null,
      },
    ];
  });
  const [latest, before] = submission.versions;
  const order = form.questions.map((q) => q.code);
  const changes =
    latest && before
      ? diffSnapshots(parseSnapshot(before.answers), parseSnapshot(latest.answers), order)
      : [];
  const lastReturn = submission.reviews.find((review) => review.version < submission.version);
  const warnings = await submissionWarnings(db, submission, campaign, undefined, {
    form,
    answers,
  });
  const submitter = submission.submittedById
    ? await db.person.findUnique({ where: { id: submission.submittedById } })
    : null;
  return {
    submissionId,
    campaignId: campaign.id,
    schoolId: submission.schoolId,
    schoolName: schoolName(submission.school),
    formTitle: campaign.form.title,
    formTitleEn: campaign.form.titleEn,
    periodCode: campaign.period.code,
    deadlineAt: campaign.deadlineAt,
    timezone: campaign.municipality.timezone,
    status: submission.status as ReviewCard["status"],
    reviewable: isReviewable(submission.status),
    version: submission.version,
    submittedAt: submission.submittedAt,
    submittedBy: submitter ? { personId: submitter.id, fullName: submitter.fullName } : null,
    late: submission.late,
    items,
    indicators: await submissionIndicators(db, form, answers, campaign.form.directionId),
    warnings: warnings.values,
    warningCodes: warnings.codes,
    changes,
    previousReturn: lastReturn
      ? {
          comment: lastReturn.comment,
          marks: lastReturn.marks.map((m) => ({ questionCode: m.questionCode, reason: m.reason })),
        }
      : null,
  };
}

export interface VersionEntry {
  version: number;
  submittedAt: Date;
  submittedBy: { personId: number; fullName: string } | null;
  late: boolean;
  /** Changes from the version before; empty for the first. */
  changes: AnswerChange[];
  /** The coordinators' decisions on this version, oldest first. */
  reviews: Array<{
    decision: "accept" | "return";
    comment: string | null;
    reviewer: { personId: number; fullName: string };
    at: Date;
    marks: Array<{ questionCode: string; reason: string }>;
  }>;
}

/** Every submitted version, oldest first, with who submitted it, what changed and the decisions. */
export async function versionHistory(db: Db, submissionId: number): Promise<VersionEntry[]> {
  const submission = await db.submission.findUnique({
    where: { id: submissionId },
    include: {
      versions: { orderBy: { version: "asc" } },
      reviews: { include: { marks: { orderBy: { id: "asc" } } }, orderBy: { id: "asc" } },
      campaign: { select: { formId: true } },
    },
  });
  if (!submission) return [];
  const personIds = [
    ...submission.versions.flatMap((v) => (v.submittedById ? [v.submittedById] : [])),
    ...submission.reviews.map((r) => r.reviewerId),
  ];
  const people = new Map(
    (await db.person.findMany({ where: { id: { in: personIds } } })).map((p) => [p.id, p.fullName]),
  );
  const order = (
    await db.formQuestion.findMany({
      where: { formId: submission.campaign.formId },
      orderBy: [{ position: "asc" }, { id: "asc" }],
      select: { code: true },
    })
  ).map((q) => q.code);
  const who = (id: number) => ({ personId: id, fullName: people.get(id) ?? "—" });
  let previous = null as ReturnType<typeof parseSnapshot> | null;
  return submission.versions.map((version) => {
    const snapshot = parseSnapshot(version.answers);
    const changes = previous ? diffSnapshots(previous, snapshot, order) : [];
    previous = snapshot;
    return {
      version: version.version,
      submittedAt: version.submittedAt,
      submittedBy: version.submittedById ? who(version.submittedById) : null,
      late: version.late,
      changes,
      reviews: submission.reviews
        .filter((review) => review.version === version.version)
        .map((review) => ({
          decision: review.decision as "accept" | "return",
          comment: review.comment,
          reviewer: who(review.reviewerId),
          at: review.createdAt,
          marks: review.marks.map((m) => ({ questionCode: m.questionCode, reason: m.reason })),
        })),
    };
  });
}
