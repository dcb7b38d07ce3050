import { isEditable } from "../../domain/submission-status.ts";
import type { Db } from "../client.ts";

/**
 * Why a school can no longer change its report — the one reason that holds, with when it
 * happened (on the municipality's clock) so the bot can say "accepted on 3 December".
 */
export type FormLock =
  | { reason: "accepted"; at: Date; timezone: string }
  | { reason: "closed"; at: Date | null; timezone: string }
  | { reason: "gone" };

/** Null while the report may still change; otherwise why not. */
export async function formLock(
  db: Db,
  submissionId: number,
  now = new Date(),
): Promise<FormLock | null> {
  const submission = await db.submission.findUnique({
    where: { id: submissionId },
    select: {
      status: true,
      reopenedUntil: true,
      updatedAt: true,
      campaign: {
        select: { status: true, closedAt: true, municipality: { select: { timezone: true } } },
      },
    },
  });
  if (!submission) return { reason: "gone" };
  if (isEditable(submission.campaign, submission, now)) return null;
  const timezone = submission.campaign.municipality.timezone;
  if (submission.status === "accepted") {
    const review = await db.review.findFirst({
      where: { submissionId, decision: "accept" },
      orderBy: { id: "desc" },
      select: { createdAt: true },
    });
    return { reason: "accepted", at: review?.createdAt ?? submission.updatedAt, timezone };
  }
  return { reason: "closed", at: submission.campaign.closedAt, timezone };
}
