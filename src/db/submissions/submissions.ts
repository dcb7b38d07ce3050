import { toSnapshot } from "../../domain/answer-changes.ts";
import { type CampaignStatus, campaignTransition } from "../../domain/campaign-status.ts";
import {
  type Answers,
  checkRules,
  type FormDef,
  missingQuestions,
} from "../../domain/form-engine/index.ts";
import {
  isEditable,
  isLate,
  type SubmissionStatus,
  submitOutcome,
} from "../../domain/submission-status.ts";
import { type Actor, recordAudit } from "../audit.ts";
import { loadFormDef } from "../catalog/form-definitions.ts";
import { type Db, inTransaction } from "../client.ts";
import { notifyCoordinators } from "../reviews/review-notices.ts";
import { loadAnswers } from "./answer-reads.ts";
import { assertSchoolMember, lastReturn, SubmissionError } from "./submission-access.ts";

export type { StoredAnswer } from "./answer-codec.ts";
export { loadAnswers } from "./answer-reads.ts";
export { saveAnswer, saveWarningReason } from "./answer-writes.ts";
export { SubmissionError, type SubmissionErrorReason } from "./submission-access.ts";
export { lastTouchedBy } from "./submission-touch.ts";

export interface OpenedSubmission {
  submissionId: number;
  formDef: FormDef;
  answers: Answers;
  status: "draft" | "submitted" | "returned" | "accepted";
  version: number;
  editable: boolean;
  /** The questions the last return marked, in form order (only while returned). */
  returnedCodes: string[];
  /** Each marked question's reason, by question code. */
  returnedReasons: Record<string, string>;
  reviewComment: string | null;
}

/**
 * The school's submission for a campaign, created as an empty draft on first open. Refuses
 * (SubmissionError) a person who is neither deputy nor director of the school, a school the
 * campaign does not target, a campaign not opened yet, and a first open after closing.
 */
export async function ensureSubmission(
  db: Db,
  campaignId: number,
  schoolId: number,
  personId: number,
) {
  const campaign = await db.campaign.findUnique({
    where: { id: campaignId },
    include: { targets: { where: { schoolId } } },
  });
  if (!campaign) throw new SubmissionError("not-found", `campaign ${campaignId} does not exist`);
  if (campaign.targets.length === 0)
    throw new SubmissionError(
      "not-target",
      `campaign ${campaignId} does not ask school ${schoolId}`,
    );
  await assertSchoolMember(db, personId, schoolId);
  let submission = await db.submission.findUnique({
    where: { campaignId_schoolId: { campaignId, schoolId } },
  });
  if (!submission) {
    const start = campaignTransition(campaign.status as CampaignStatus, "start-submission");
    if (!start.ok)
      throw new SubmissionError(start.refusal, `campaign ${campaignId} is ${campaign.status}`);
    submission = await createDraft(db, campaignId, schoolId, personId);
  }
  return { campaign, submission };
}

/** `ensureSubmission` with what the form shows: its questions, answers and any return's marks. */
export async function openSubmission(
  db: Db,
  campaignId: number,
  schoolId: number,
  personId: number,
  now = new Date(),
): Promise<OpenedSubmission> {
  const { campaign, submission } = await ensureSubmission(db, campaignId, schoolId, personId);
  const [formDef, answers, review] = await Promise.all([
    loadFormDef(db, campaign.formId),
    loadAnswers(db, submission.id),
    submission.status === "returned" ? lastReturn(db, submission.id) : Promise.resolve(null),
  ]);
  const marks = new Map((review?.marks ?? []).map((mark) => [mark.questionCode, mark.reason]));
  const returnedCodes = formDef.questions.map((q) => q.code).filter((code) => marks.has(code));
  return {
    submissionId: submission.id,
    formDef,
    answers,
    status: submission.status as OpenedSubmission["status"],
    version: submission.version,
    editable: isEditable(campaign, submission, now),
    returnedCodes,
    returnedReasons: Object.fromEntries(returnedCodes.map((code) => [code, marks.get(code) ?? ""])),
    reviewComment: review?.comment ?? null,
  };
}

async function createDraft(db: Db, campaignId: number, schoolId: number, personId: number) {
  try {
    return await inTransaction(db, async (tx) => {
      const created = await tx.submission.create({
        data: { campaignId, schoolId, lastTouchedById: personId },
      });
      await recordAudit(tx, {
        actor: { kind: "person", personId },
        action: "submission.started",
        entityType: "Submission",
        entityId: created.id,
        data: { campaignId, schoolId },
      });
      return created;
    });
  } catch (error) {
    // Two people of the school opened it at the same moment: both get the one draft.
    if ((error as { code?: string }).code !== "P2002") throw error;
    return db.submission.findUniqueOrThrow({
      where: { campaignId_schoolId: { campaignId, schoolId } },
    });
  }
}

/**
 * Submits the school's answers: a new version snapshot, status `submitted`, `late` when after the
 * deadline, and a message to each coordinator of the form's direction who reviews one by one.
 * Submitting again without changes returns the current version (a double tap submits once).
 */
export async function submitSubmission(
  db: Db,
  submissionId: number,
  personId: number,
  now: Date,
): Promise<{ version: number; late: boolean; alreadySubmitted: boolean }> {
  return inTransaction(db, async (tx) => {
    const submission = await tx.submission.findUnique({
      where: { id: submissionId },
      include: { campaign: true },
    });
    if (!submission)
      throw new SubmissionError("not-found", `submission ${submissionId} does not exist`);
    await assertSchoolMember(tx, personId, submission.schoolId);
    if (submitOutcome(submission.status as SubmissionStatus) === "already-submitted")
      return { version: submission.version, late: submission.late, alreadySubmitted: true };
    if (!isEditable(submission.campaign, submission, now))
      throw new SubmissionError("locked", `submission ${submissionId} is locked`);
    const answers = await loadAnswers(tx, submissionId);
    const form = await loadFormDef(tx, submission.campaign.formId);
    const missing = missingQuestions(form, answers).map((q) => q.code);
    const broken = checkRules(form, answers).filter((problem) => problem.severity === "error");
    if (missing.length > 0 || broken.length > 0)
      throw new SubmissionError(
        "incomplete",
        `submission ${submissionId} cannot be submitted: ${[
          ...missing.map((code) => `${code} unanswered`),
          ...broken.map((problem) => `rule on ${problem.questionCodes.join(", ")} broken`),
        ].join("; ")}`,
      );
    const version = submission.version + 1;
    const late = isLate(now, submission.campaign.deadlineAt);
    await tx.submissionVersion.create({
      data: {
        submissionId,
        version,
        answers: JSON.stringify(toSnapshot(answers)),
        submittedById: personId,
        submittedAt: now,
        late,
      },
    });
    await tx.submission.update({
      where: { id: submissionId },
      data: { status: "submitted", version, submittedAt: now, submittedById: personId, late },
    });
    const notified = await notifyCoordinators(tx, submissionId, version, late);
    const actor: Actor = { kind: "person", personId };
    await recordAudit(tx, {
      actor,
      action: "submission.submitted",
      entityType: "Submission",
      entityId: submissionId,
      data: { version, late, answers: Object.keys(answers).length, notified },
    });
    return { version, late, alreadySubmitted: false };
  });
}

/** Which school a submission belongs to, or null when there is no such submission. */
export function submissionSchool(
  db: Db,
  submissionId: number,
): Promise<{ id: number; schoolId: number } | null> {
  return db.submission.findUnique({
    where: { id: submissionId },
    select: { id: true, schoolId: true },
  });
}
