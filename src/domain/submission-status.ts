/**
 * A school's submission in a campaign: `draft` while answers are given, `submitted` for the
 * coordinator, then `accepted` or `returned` (to be corrected and submitted again).
 */
export const SUBMISSION_STATUSES = ["draft", "submitted", "returned", "accepted"] as const;
export type SubmissionStatus = (typeof SUBMISSION_STATUSES)[number];

export function isSubmissionStatus(value: string): value is SubmissionStatus {
  return (SUBMISSION_STATUSES as readonly string[]).includes(value);
}

/**
 * Whether the school may change its answers: while the campaign is open and the submission is
 * not accepted, or — the coordinator's exception — until `reopenedUntil`, whatever the status.
 */
export function isEditable(
  campaign: { status: string },
  submission: { status: string; reopenedUntil: Date | null },
  now: Date,
): boolean {
  if (submission.reopenedUntil && submission.reopenedUntil.getTime() > now.getTime()) return true;
  return campaign.status === "open" && submission.status !== "accepted";
}

/**
 * The status after an answer changes: a submitted (or, when reopened, accepted) submission
 * becomes a draft again that needs submitting; a draft or a returned one keeps its status.
 */
export function statusAfterEdit(status: SubmissionStatus): SubmissionStatus {
  return status === "submitted" || status === "accepted" ? "draft" : status;
}

/**
 * What submitting does: a draft or a returned submission is submitted; a submitted or accepted
 * one already is (a double tap submits once).
 */
export function submitOutcome(status: SubmissionStatus): "submit" | "already-submitted" {
  return status === "submitted" || status === "accepted" ? "already-submitted" : "submit";
}

/** A submitted version is late when it came after the deadline. */
export function isLate(submittedAt: Date, deadlineAt: Date): boolean {
  return submittedAt.getTime() > deadlineAt.getTime();
}

export type ReviewDecision = "accept" | "return";

/** The only status a coordinator decides on; the first decision wins. */
export const REVIEWABLE_STATUS = "submitted" satisfies SubmissionStatus;

export function isReviewable(status: string): boolean {
  return status === REVIEWABLE_STATUS;
}

/** Where a coordinator's decision leads, or null when the submission is not waiting for one. */
export function statusAfterDecision(
  status: SubmissionStatus,
  decision: ReviewDecision,
): SubmissionStatus | null {
  if (!isReviewable(status)) return null;
  return decision === "accept" ? "accepted" : "returned";
}

/**
 * Until when a returned submission stays editable. In an open campaign the school edits as usual
 * (the current exception, if any, is kept); a closed campaign is reopened for this school until
 * `until`, unless an exception already runs longer.
 */
export function reopenedUntilAfterReturn(
  campaignStatus: string,
  current: Date | null,
  until: Date,
): Date | null {
  if (campaignStatus !== "closed") return current;
  return current && current.getTime() > until.getTime() ? current : until;
}
