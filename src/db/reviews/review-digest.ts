import type { MessageAction } from "../../domain/outgoing-message.ts";
import { isDigestDue } from "../../domain/review-digest.ts";
import { recordAudit } from "../audit.ts";
import { type Db, inTransaction } from "../client.ts";
import { enqueueMessage } from "../outbox.ts";
import { reviewQueue } from "./reviews.ts";

/** The action of the digest's button: the coordinator's review queue. */
export const REVIEW_QUEUE_ACTION: MessageAction = { kind: "review-queue" };
const KEY_PREFIX = "review-digest:";

/**
 * Once a day, from `hour` o'clock on the clocks of their municipality, each coordinator who
 * chose a digest (Person.reviewMode = digest) gets one message: how many submissions wait for
 * them, how many are new since the last digest, late or with warnings. Nothing when none wait.
 * Returns how many digests were queued.
 */
export async function sendReviewDigests(db: Db, now: Date, hour = 9): Promise<number> {
  const roles = await db.roleAssignment.findMany({
    where: { role: "coordinator", revokedAt: null, person: { reviewMode: "digest" } },
    include: { municipality: { select: { timezone: true } } },
    orderBy: { id: "asc" },
  });
  const zones = new Map<number, string>();
  for (const role of roles)
    if (!zones.has(role.personId)) zones.set(role.personId, role.municipality.timezone);
  let sent = 0;
  for (const [personId, timezone] of zones) {
    const key = `${KEY_PREFIX}${personId}`;
    const stored = await db.keyValue.findUnique({ where: { key } });
    const last = stored ? new Date(JSON.parse(stored.value) as string) : null;
    if (!isDigestDue(now, timezone, hour, last)) continue;
    const queue = await reviewQueue(db, personId);
    await inTransaction(db, async (tx) => {
      const value = JSON.stringify(now.toISOString());
      await tx.keyValue.upsert({ where: { key }, create: { key, value }, update: { value } });
      if (queue.length === 0) return;
      const fresh = queue.filter((item) => !last || item.submittedAt > last).length;
      await enqueueMessage(tx, personId, {
        key: "review-digest",
        params: {
          count: queue.length,
          fresh,
          late: queue.filter((item) => item.late).length,
          warnings: queue.filter((item) => item.warningCount > 0).length,
        },
        buttons: [
          [{ kind: "action", labelKey: "review-button-queue", action: REVIEW_QUEUE_ACTION }],
        ],
      });
      await recordAudit(tx, {
        actor: { kind: "system" },
        action: "review.digest_sent",
        entityType: "Person",
        entityId: personId,
        data: { waiting: queue.length, fresh },
      });
      sent++;
    });
  }
  return sent;
}
