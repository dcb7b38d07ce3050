import { recordAudit } from "../audit.ts";
import { notifySchools } from "../campaigns/campaign-notices.ts";
import { type Db, inTransaction } from "../client.ts";
import { dateParam } from "../message-params.ts";
import { coversCampaign, ReviewError } from "./review-access.ts";

/**
 * The exception after closing: one school may edit (and submit) its submission until `until`,
 * even an accepted one — a change then makes it a draft that needs submitting again. Creates the
 * draft when the school never started. The school's responsible people are told.
 */
export async function reopenForSchool(
  db: Db,
  campaignId: number,
  schoolId: number,
  reviewerId: number,
  until: Date,
  now = new Date(),
): Promise<{ submissionId: number; notified: number }> {
  if (until.getTime() <= now.getTime())
    throw new ReviewError("until-past", `reopening until ${until.toISOString()}: that has passed`);
  return inTransaction(db, async (tx) => {
    const target = await tx.campaignSchool.findUnique({
      where: { campaignId_schoolId: { campaignId, schoolId } },
      include: { campaign: { include: { municipality: true } } },
    });
    if (!target)
      throw new ReviewError("not-target", `campaign ${campaignId} does not ask school ${schoolId}`);
    if (!(await coversCampaign(tx, reviewerId, campaignId)))
      throw new ReviewError(
        "out-of-scope",
        `person ${reviewerId} does not coordinate campaign ${campaignId}`,
      );
    const submission = await tx.submission.upsert({
      where: { campaignId_schoolId: { campaignId, schoolId } },
      create: { campaignId, schoolId, reopenedUntil: until, remindersFrom: now },
      update: { reopenedUntil: until, remindersFrom: now },
    });
    const { notified } = await notifySchools(tx, campaignId, [schoolId], "campaign-reopened", {
      until: dateParam(until, target.campaign.municipality.timezone),
    });
    await recordAudit(tx, {
      actor: { kind: "person", personId: reviewerId },
      action: "submission.reopened",
      entityType: "Submission",
      entityId: submission.id,
      data: { campaignId, schoolId, until: until.toISOString(), notified },
    });
    return { submissionId: submission.id, notified };
  });
}
