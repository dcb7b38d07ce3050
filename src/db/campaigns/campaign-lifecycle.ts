import {
  type CampaignStatus,
  campaignTransition,
  closesBeforeDeadline,
} from "../../domain/campaign-status.ts";
import { type Actor, recordAudit } from "../audit.ts";
import { type Db, inTransaction } from "../client.ts";
import type { Campaign } from "../generated/client.ts";
import { dateParam } from "../message-params.ts";
import { CampaignError } from "./campaign-errors.ts";
import { notifySchools } from "./campaign-notices.ts";
import { changeCampaignStatus } from "./campaign-status-change.ts";
import { campaignTimeliness } from "./campaign-timeliness.ts";
import { parseCampaignTimes } from "./campaign-times.ts";

/**
 * Closes an open campaign: submissions are locked from now on (a coordinator may reopen one
 * school as an exception). The schools that had not submitted are told, so nobody keeps filling
 * in a form that can no longer be sent; `notified` counts those messages. Throws CampaignError
 * `not-open` for a draft or an already closed one.
 */
export async function closeCampaign(
  db: Db,
  campaignId: number,
  actor: Actor,
  now = new Date(),
): Promise<{ campaign: Campaign; notified: number }> {
  return inTransaction(db, async (tx) => {
    const before = await tx.campaign.findUnique({ where: { id: campaignId } });
    if (!before) throw new CampaignError("not-found", `campaign ${campaignId} does not exist`);
    if (!(await changeCampaignStatus(tx, before, "close", { closedAt: now })))
      throw new CampaignError("not-open", `campaign ${campaignId} is ${before.status}, not open`);
    // Kept for comparing campaigns later: the share of schools that submitted by the deadline.
    const { onTimeShare } = await campaignTimeliness(tx, campaignId);
    const campaign = await tx.campaign.update({ where: { id: campaignId }, data: { onTimeShare } });
    const [targets, sent] = await Promise.all([
      tx.campaignSchool.findMany({ where: { campaignId }, select: { schoolId: true } }),
      tx.submission.findMany({
        where: { campaignId, status: { in: ["submitted", "accepted"] } },
        select: { schoolId: true },
      }),
    ]);
    const submitted = new Set(sent.map((submission) => submission.schoolId));
    const unsubmitted = targets.map((t) => t.schoolId).filter((id) => !submitted.has(id));
    const { notified } = unsubmitted.length
      ? await notifySchools(
          tx,
          campaignId,
          unsubmitted,
          "campaign-closed-unsubmitted",
          {},
          {
            fillButton: false,
          },
        )
      : { notified: 0 };
    await recordAudit(tx, {
      actor,
      action: "campaign.closed",
      entityType: "Campaign",
      entityId: campaignId,
      data: {
        automatic: actor.kind === "system",
        unsubmitted: unsubmitted.length,
        notified,
        onTimeShare,
      },
    });
    return { campaign, notified };
  });
}

/** Closes every open campaign whose closing time has come; returns how many it closed. */
export async function closeDueCampaigns(db: Db, now: Date): Promise<number> {
  const due = await db.campaign.findMany({
    where: { status: "open", closesAt: { lte: now } },
    select: { id: true },
    orderBy: { id: "asc" },
  });
  let closed = 0;
  for (const { id } of due) {
    try {
      await closeCampaign(db, id, { kind: "system" }, now);
      closed++;
    } catch (error) {
      // Closed by hand meanwhile: nothing left to do.
      if (!(error instanceof CampaignError)) throw error;
    }
  }
  return closed;
}

/**
 * Moves the deadline of a draft or open campaign (and, when given, its closing time). Late flags
 * follow the new deadline. When the campaign is open, the schools that have not been accepted yet
 * are told the new and the old deadline.
 */
export async function moveDeadline(
  db: Db,
  campaignId: number,
  deadlineLocal: string,
  actor: Actor,
  options: { closesAtLocal?: string; now?: Date } = {},
): Promise<{ notified: number }> {
  const now = options.now ?? new Date();
  return inTransaction(db, async (tx) => {
    const campaign = await tx.campaign.findUnique({
      where: { id: campaignId },
      include: { municipality: true, targets: true, submissions: true },
    });
    if (!campaign) throw new CampaignError("not-found", `campaign ${campaignId} does not exist`);
    const step = campaignTransition(campaign.status as CampaignStatus, "move-deadline");
    if (!step.ok) throw new CampaignError(step.refusal, `campaign ${campaignId} is closed`);
    const timezone = campaign.municipality.timezone;
    const times = parseCampaignTimes(timezone, deadlineLocal, options.closesAtLocal, now);
    const closesAt = options.closesAtLocal === undefined ? campaign.closesAt : times.closesAt;
    if (closesBeforeDeadline(closesAt, times.deadlineAt))
      throw new CampaignError(
        "closes-before-deadline",
        `campaign ${campaignId} closes before the new deadline: move its closing time too`,
      );
    await tx.campaign.update({
      where: { id: campaignId },
      // The reminders follow the new deadline from now on; none of its plan falls due in the past.
      data: { deadlineAt: times.deadlineAt, closesAt, remindersFrom: now },
    });
    await tx.submission.updateMany({
      where: { campaignId, submittedAt: { gt: times.deadlineAt } },
      data: { late: true },
    });
    await tx.submission.updateMany({
      where: { campaignId, submittedAt: { lte: times.deadlineAt } },
      data: { late: false },
    });
    let notified = 0;
    if (campaign.status === "open") {
      const accepted = new Set(
        campaign.submissions.filter((s) => s.status === "accepted").map((s) => s.schoolId),
      );
      const schools = campaign.targets.map((t) => t.schoolId).filter((id) => !accepted.has(id));
      ({ notified } = await notifySchools(tx, campaignId, schools, "campaign-deadline-moved", {
        previous: dateParam(campaign.deadlineAt, timezone),
      }));
    }
    await recordAudit(tx, {
      actor,
      action: "campaign.deadline_moved",
      entityType: "Campaign",
      entityId: campaignId,
      data: {
        from: campaign.deadlineAt.toISOString(),
        to: times.deadlineAt.toISOString(),
        closesAt: closesAt?.toISOString() ?? null,
        notified,
      },
    });
    return { notified };
  });
}
