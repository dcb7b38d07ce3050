import { formatPolicy, type ReminderPolicy } from "../../domain/reminders/policy.ts";
import { type Actor, recordAudit } from "../audit.ts";
import { type Db, inTransaction } from "../client.ts";

/**
 * Changes a campaign's reminder policy. The plan follows at once; reminders of the new plan that
 * fell due before the change are not sent (`remindersFrom`), so a change never sends a burst.
 */
export async function setReminderPolicy(
  db: Db,
  campaignId: number,
  policy: ReminderPolicy,
  actor: Actor,
  now: Date,
): Promise<string> {
  const text = formatPolicy(policy);
  return inTransaction(db, async (tx) => {
    const before = await tx.campaign.findUniqueOrThrow({
      where: { id: campaignId },
      select: { reminderPolicy: true },
    });
    await tx.campaign.update({
      where: { id: campaignId },
      data: { reminderPolicy: text, remindersFrom: now },
    });
    await recordAudit(tx, {
      actor,
      action: "campaign.reminders_changed",
      entityType: "Campaign",
      entityId: campaignId,
      data: { from: before.reminderPolicy, to: text },
    });
    return text;
  });
}
