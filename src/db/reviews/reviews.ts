import type { FormDef } from "../../domain/form-engine/index.ts";
import {
  isSubmissionStatus,
  REVIEWABLE_STATUS,
  type ReviewDecision,
  reopenedUntilAfterReturn,
  statusAfterDecision,
} from "../../domain/submission-status.ts";
import { type Actor, recordAudit } from "../audit.ts";
import { type Db, inTransaction } from "../client.ts";
import { computeIndicatorValues } from "../indicators/indicator-values.ts";
import { schoolName } from "../message-params.ts";
import { campaignScopeFilter, coordinatorScopes } from "../people/recipients.ts";
import { submissionWarnings } from "../submissions/submission-warnings.ts";
import { ReviewError, scopedSubmission } from "./review-access.ts";
import { notifySchoolOfDecision } from "./review-notices.ts";

export { ReviewError, type ReviewErrorReason } from "./review-access.ts";
export { type ReviewCard, submissionForReview, versionHistory } from "./review-details.ts";
export { reopenForSchool } from "./review-reopen.ts";

export interface QueueItem {
  submissionId: number;
  campaignId: number;
  schoolId: number;
  schoolName: string;
  formTitle: string;
  formTitleEn: string;
  periodCode: string;
  version: number;
  submittedAt: Date;
  late: boolean;
  /**
   * Questions with a warning: values far from last period's or the other schools' (form engine),
   * broken warning rules, or explained by the deputy when submitting.
   */
  warningCount: number;
}

/**
 * Submissions waiting for this coordinator: submitted, not yet accepted or returned, in their
 * municipalities and directions; the longest waiting first.
 */
export async function reviewQueue(db: Db, coordinatorPersonId: number): Promise<QueueItem[]> {
  const scopes = await coordinatorScopes(db, coordinatorPersonId);
  if (scopes.length === 0) return [];
  const submissions = await db.submission.findMany({
    where: { status: "submitted", campaign: campaignScopeFilter(scopes) },
    include: { school: true, campaign: { include: { form: true, period: true } } },
    orderBy: [{ submittedAt: "asc" }, { id: "asc" }],
  });
  const forms = new Map<number, FormDef>();
  const items: QueueItem[] = [];
  for (const submission of submissions) {
    const warnings = await submissionWarnings(db, submission, submission.campaign, forms);
    items.push({
      submissionId: submission.id,
      campaignId: submission.campaignId,
      schoolId: submission.schoolId,
      schoolName: schoolName(submission.school),
      formTitle: submission.campaign.form.title,
      formTitleEn: submission.campaign.form.titleEn,
      periodCode: submission.campaign.period.code,
      version: submission.version,
      submittedAt: submission.submittedAt ?? submission.updatedAt,
      late: submission.late,
      warningCount: warnings.codes.length,
    });
  }
  return items;
}

/**
 * Accepts the submitted version: the school's submitter and director are told at once, and the
 * school's indicator values for the period are recomputed from its accepted answers.
 */
export async function acceptSubmission(
  db: Db,
  submissionId: number,
  reviewerId: number,
  now: Date,
): Promise<{ notified: number }> {
  const { notified, schoolId, periodId } = await inTransaction(db, async (tx) => {
    const submission = await scopedSubmission(tx, submissionId, reviewerId);
    await leaveSubmitted(tx, submission, "accept");
    await tx.review.create({
      data: {
        submissionId,
        version: submission.version,
        decision: "accept",
        reviewerId,
        createdAt: now,
      },
    });
    const notified = await notifySchoolOfDecision(tx, submissionId, "accept", now);
    await recordAudit(tx, {
      actor: { kind: "person", personId: reviewerId },
      action: "submission.accepted",
      entityType: "Submission",
      entityId: submissionId,
      data: { version: submission.version, notified },
    });
    return { notified, schoolId: submission.schoolId, periodId: submission.campaign.periodId };
  });
  await computeIndicatorValues(db, schoolId, periodId, now);
  return { notified };
}

export interface ReturnInput {
  /** What the school should fix; required. */
  comment: string;
  /** Questions to fix, each with its own reason; the reopened form starts with them. */
  marks: Array<{ questionCode: string; reason: string }>;
  /** After the campaign closed: until when the school may fix it (default three days). */
  reopenUntil?: Date;
}

const RETURN_WINDOW_MS = 3 * 86_400_000;
const MAX_TEXT = 2000;

/** Returns the submitted version with a comment and marked questions; the school is told at once. */
export async function returnSubmission(
  db: Db,
  submissionId: number,
  reviewerId: number,
  input: ReturnInput,
  now: Date,
): Promise<{ notified: number }> {
  const comment = input.comment.trim().slice(0, MAX_TEXT);
  if (!comment)
    throw new ReviewError("comment-required", "a return needs a comment for the school");
  const marks = new Map<string, string>();
  for (const mark of input.marks) {
    const reason = mark.reason.trim().slice(0, MAX_TEXT);
    if (!reason)
      throw new ReviewError("reason-required", `the mark on ${mark.questionCode} has no reason`);
    marks.set(mark.questionCode, reason);
  }
  return inTransaction(db, async (tx) => {
    const submission = await scopedSubmission(tx, submissionId, reviewerId);
    const known = await tx.formQuestion.findMany({
      where: {
        formId: submission.campaign.formId,
        code: { in: [...marks.keys()] },
        retiredAt: null,
      },
      select: { code: true },
    });
    const unknown = [...marks.keys()].filter((code) => !known.some((q) => q.code === code));
    if (unknown.length > 0)
      throw new ReviewError("unknown-question", `the form has no questions ${unknown.join(", ")}`);
    const until = input.reopenUntil ?? new Date(now.getTime() + RETURN_WINDOW_MS);
    const reopenedUntil = reopenedUntilAfterReturn(
      submission.campaign.status,
      submission.reopenedUntil,
      until,
    );
    await leaveSubmitted(tx, submission, "return", { reopenedUntil, remindersFrom: now });
    await tx.review.create({
      data: {
        submissionId,
        version: submission.version,
        decision: "return",
        comment,
        reviewerId,
        createdAt: now,
        marks: { create: [...marks].map(([questionCode, reason]) => ({ questionCode, reason })) },
      },
    });
    const notified = await notifySchoolOfDecision(tx, submissionId, "return", now, {
      comment,
      marked: marks.size,
    });
    const actor: Actor = { kind: "person", personId: reviewerId };
    await recordAudit(tx, {
      actor,
      action: "submission.returned",
      entityType: "Submission",
      entityId: submissionId,
      data: {
        version: submission.version,
        marks: [...marks.keys()],
        reopenedUntil: reopenedUntil?.toISOString() ?? null,
        notified,
      },
    });
    return { notified };
  });
}

/** Accepts every waiting submission without warnings in one step; returns how many. */
export async function acceptAllWithoutWarnings(
  db: Db,
  coordinatorPersonId: number,
  now: Date,
): Promise<{ accepted: number }> {
  let accepted = 0;
  for (const item of await reviewQueue(db, coordinatorPersonId)) {
    if (item.warningCount > 0) continue;
    try {
      await acceptSubmission(db, item.submissionId, coordinatorPersonId, now);
      accepted++;
    } catch (error) {
      // Another coordinator decided, or the school changed it, since the queue was read.
      if (!(error instanceof ReviewError && error.reason === "not-submitted")) throw error;
    }
  }
  return { accepted };
}

/**
 * Moves a submitted submission to its decision. The status is the guard: when another coordinator
 * decided first, nothing changes and the second decision is refused.
 */
async function leaveSubmitted(
  tx: Db,
  submission: { id: number; status: string },
  decision: ReviewDecision,
  data: { reopenedUntil?: Date | null; remindersFrom?: Date } = {},
): Promise<void> {
  const status = isSubmissionStatus(submission.status)
    ? statusAfterDecision(submission.status, decision)
    : null;
  const changed = status
    ? await tx.submission.updateMany({
        where: { id: submission.id, status: REVIEWABLE_STATUS },
        data: { ...data, status },
      })
    : { count: 0 };
  if (changed.count === 0)
    throw new ReviewError(
      "not-submitted",
      `submission ${submission.id} is ${submission.status}: only a submitted one can be decided on`,
    );
}
