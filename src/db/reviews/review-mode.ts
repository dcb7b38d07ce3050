import { recordAudit } from "../audit.ts";
import { type Db, inTransaction } from "../client.ts";

/** How a coordinator hears of new submissions: a message for each, or one daily digest. */
export type ReviewMode = "each" | "digest";

/** Switches the coordinator's review notifications, with its audit record in one transaction. */
export async function setReviewMode(db: Db, personId: number, mode: ReviewMode): Promise<void> {
  await inTransaction(db, async (tx) => {
    await tx.person.update({ where: { id: personId }, data: { reviewMode: mode } });
    await recordAudit(tx, {
      actor: { kind: "person", personId },
      action: "person.review_mode_changed",
      entityType: "Person",
      entityId: personId,
      data: { mode },
    });
  });
}
