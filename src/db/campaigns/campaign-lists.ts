import { isSubmissionStatus, type SubmissionStatus } from "../../domain/submission-status.ts";
import type { Db } from "../client.ts";

export { SUBMISSION_STATUSES, type SubmissionStatus } from "../../domain/submission-status.ts";
/** A school's place in a campaign: no submission yet, or its submission's status. */
export type TaskStatus = "not_started" | SubmissionStatus;

/** How far a campaign got: target schools by status, and how many came in after the deadline. */
export type Completion = Record<TaskStatus, number> & { targets: number; late: number };

export interface CampaignSummary {
  id: number;
  status: "draft" | "open" | "closed";
  formId: number;
  formCode: string;
  formTitle: string;
  formTitleEn: string;
  directionCode: string | null;
  periodCode: string;
  deadlineAt: Date;
  closesAt: Date | null;
  openedAt: Date | null;
  closedAt: Date | null;
  timezone: string;
  completion: Completion;
}

function emptyCompletion(targets: number): Completion {
  return {
    targets,
    late: 0,
    not_started: targets,
    draft: 0,
    submitted: 0,
    returned: 0,
    accepted: 0,
  };
}

async function completions(db: Db, campaignIds: number[]): Promise<Map<number, Completion>> {
  const [targets, byStatus] = await Promise.all([
    db.campaignSchool.groupBy({
      by: ["campaignId"],
      where: { campaignId: { in: campaignIds } },
      _count: { _all: true },
    }),
    db.submission.groupBy({
      by: ["campaignId", "status", "late"],
      where: { campaignId: { in: campaignIds } },
      _count: { _all: true },
    }),
  ]);
  const result = new Map<number, Completion>();
  for (const id of campaignIds) result.set(id, emptyCompletion(0));
  for (const row of targets) result.set(row.campaignId, emptyCompletion(row._count._all));
  for (const row of byStatus) {
    const completion = result.get(row.campaignId);
    const status = row.status;
    if (!completion || !isSubmissionStatus(status)) continue;
    completion[status] += row._count._all;
    completion.not_started -= row._count._all;
    if (row.late && status !== "draft") completion.late += row._count._all;
  }
  return result;
}

/** Target schools of a campaign by status (not started, draft, submitted, returned, accepted). */
export async function campaignCompletion(db: Db, campaignId: number): Promise<Completion> {
  return (await completions(db, [campaignId])).get(campaignId) ?? emptyCompletion(0);
}

/**
 * A municipality's campaigns, latest deadline first, with their completion. `directionCodes`
 * limits them to a scoped coordinator's directions (empty or absent = all).
 */
export async function listCampaigns(
  db: Db,
  municipalityId: number,
  options: { status?: "draft" | "open" | "closed"; directionCodes?: string[] } = {},
): Promise<CampaignSummary[]> {
  const scoped = options.directionCodes?.length
    ? { form: { direction: { code: { in: options.directionCodes } } } }
    : {};
  const campaigns = await db.campaign.findMany({
    where: { municipalityId, ...(options.status ? { status: options.status } : {}), ...scoped },
    include: { form: { include: { direction: true } }, period: true, municipality: true },
    orderBy: [{ deadlineAt: "desc" }, { id: "desc" }],
  });
  const counts = await completions(
    db,
    campaigns.map((campaign) => campaign.id),
  );
  return campaigns.map((campaign) => ({
    id: campaign.id,
    status: campaign.status as CampaignSummary["status"],
    formId: campaign.formId,
    formCode: campaign.form.code,
    formTitle: campaign.form.title,
    formTitleEn: campaign.form.titleEn,
    directionCode: campaign.form.direction?.code ?? null,
    periodCode: campaign.period.code,
    deadlineAt: campaign.deadlineAt,
    closesAt: campaign.closesAt,
    openedAt: campaign.openedAt,
    closedAt: campaign.closedAt,
    timezone: campaign.municipality.timezone,
    completion: counts.get(campaign.id) ?? emptyCompletion(0),
  }));
}
