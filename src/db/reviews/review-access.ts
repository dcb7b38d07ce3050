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
