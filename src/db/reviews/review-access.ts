import type { Db } from "../client.ts";
import { coordinatorScopes, scopeCovers } from "../people/recipients.ts";

export type ReviewErrorReason =
  | "not-found"
  | "out-of-scope"
  | "not-submitted"
  | "comment-required"
  | "reason-required"
  | "unknown-question"
  | "not-target"
  | "until-past";

/** A refused review operation; `reason` tells the bot which message to show. */
export class ReviewError extends Error {
  constructor(
    readonly reason: ReviewErrorReason,
    message: string,
  ) {
    super(message);
    this.name = "ReviewError";
  }
}

/** Whether the person coordinates this campaign's municipality and the direction of its form. */
export async function coversCampaign(
  db: Db,
  personId: number,
  campaignId: number,
): Promise<boolean> {
  const campaign = await db.campaign.findUnique({
    where: { id: campaignId },
    select: { municipalityId: true, form: { select: { direction: { select: { code: true } } } } },
  });
  if (!campaign) return false;
  return scopeCovers(
    await coordinatorScopes(db, personId),
    campaign.municipalityId,
    campaign.form.direction?.code ?? null,
  );
}

/** The submission when the reviewer's scope covers it; ReviewError otherwise. */
export async function scopedSubmission(db: Db, submissionId: number, reviewerId: number) {
  const submission = await db.submission.findUnique({
    where: { id: submissionId },
    include: { campaign: true },
  });
  if (!submission) throw new ReviewError("not-found", `submission ${submissionId} does not exist`);
  if (!(await coversCampaign(db, reviewerId, submission.campaignId)))
    throw new ReviewError(
      "out-of-scope",
      `person ${reviewerId} does not coordinate the municipality and direction of submission ${submissionId}`,
    );
  return submission;
}

/**
 * Why a coordinator cannot decide on a submission now — the one reason that holds — so an old
 * button can say it: gone, outside their municipality or directions, never sent, being changed
 * by the school after sending, or already accepted or returned (when, on the municipality's clock).
 */
export type ReviewRefusal =
  | { reason: "not-found" | "out-of-scope" | "not-submitted" | "being-corrected" }
  | { reason: "accepted" | "returned"; at: Date; timezone: string };

/** Null when the reviewer may accept or return the submission now; otherwise why not. */
export async function reviewRefusal(
  db: Db,
  submissionId: number,
  reviewerId: number,
): Promise<ReviewRefusal | null> {
  const submission = await db.submission.findUnique({
    where: { id: submissionId },
    select: {
      status: true,
      version: true,
      updatedAt: true,
      campaignId: true,
      campaign: { select: { municipality: { select: { timezone: true } } } },
    },
  });
  if (!submission) return { reason: "not-found" };
  if (!(await coversCampaign(db, reviewerId, submission.campaignId)))
    return { reason: "out-of-scope" };
  switch (submission.status) {
    case "submitted":
      return null;
    case "accepted":
    case "returned": {
      const decision = submission.status === "accepted" ? "accept" : "return";
      const review = await db.review.findFirst({
        where: { submissionId, decision },
        orderBy: { id: "desc" },
        select: { createdAt: true },
      });
      return {
        reason: submission.status,
        at: review?.createdAt ?? submission.updatedAt,
        timezone: submission.campaign.municipality.timezone,
      };
    }
    default:
      // A draft that was sent before is being changed by the school; otherwise it was never sent.
      return { reason: submission.version > 0 ? "being-corrected" : "not-submitted" };
  }
}
