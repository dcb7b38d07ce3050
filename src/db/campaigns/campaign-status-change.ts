import {
  type CampaignEvent,
  type CampaignStatus,
  campaignTransition,
} from "../../domain/campaign-status.ts";
import type { Db } from "../client.ts";
import type { Prisma } from "../generated/client.ts";

/**
 * Moves a campaign by `event` when the domain's state machine allows it from `campaign.status`,
 * writing `data` with it. The status read before is also the guard of the update, so of two
 * changes at once one wins. False when the machine refuses or another change won.
 */
export async function changeCampaignStatus(
  tx: Db,
  campaign: { id: number; status: string },
  event: Extract<CampaignEvent, "open" | "close">,
  data: Prisma.CampaignUpdateManyMutationInput,
): Promise<boolean> {
  const step = campaignTransition(campaign.status as CampaignStatus, event);
  if (!step.ok) return false;
  const changed = await tx.campaign.updateMany({
    where: { id: campaign.id, status: campaign.status },
    data: { ...data, status: step.status },
  });
  return changed.count > 0;
}
