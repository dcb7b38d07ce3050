import { outgoingMessage } from "../../domain/outgoing-message.ts";
import { type Actor, recordAudit } from "../audit.ts";
import { type Db, inTransaction } from "../client.ts";
import { findInChunks } from "../in-chunks.ts";
import { dateParam } from "../message-params.ts";
import { orderNameParams } from "./order-message.ts";

/** An order as its reminders name it. */
async function orderFacts(db: Db, orderId: number) {
  return db.order.findUnique({
    where: { id: orderId },
    include: { municipality: { select: { timezone: true } } },
  });
}

function orderParams(order: NonNullable<Awaited<ReturnType<typeof orderFacts>>>) {
  return {
    ...orderNameParams(order),
    sentAt: dateParam(order.sentAt ?? order.createdAt, order.municipality.timezone),
  };
}

/**
 * Reminds everyone the order reached who has not acknowledged it, with the button to do so; a
 * coordinator's tap or the command line. Returns how many were reminded (0 when the order asks
 * for no acknowledgement).
 */
export async function remindUnacknowledged(
  db: Db,
  orderId: number,
  actor: Actor,
  now: Date,
): Promise<number> {
  return inTransaction(db, async (tx) => {
    const order = await orderFacts(tx, orderId);
    if (!order?.requiresAck) return 0;
    const deliveries = await tx.delivery.findMany({
      where: { orderId, status: "sent", acknowledgedAt: null },
      select: { id: true, personId: true },
      orderBy: { id: "asc" },
    });
    if (deliveries.length === 0) return 0;
    const params = orderParams(order);
    await tx.outboxMessage.createMany({
      data: deliveries.map((delivery) => ({
        personId: delivery.personId,
        payload: JSON.stringify(
          outgoingMessage.parse({
            key: "order-reminder",
            params,
            buttons: [
              [
                {
                  kind: "action",
                  labelKey: "order-ack-button",
                  action: { kind: "acknowledge-order", deliveryId: delivery.id },
                },
              ],
            ],
          }),
        ),
      })),
    });
    await tx.delivery.updateMany({
      where: { orderId, status: "sent", acknowledgedAt: null },
      data: { remindedAt: now },
    });
    await recordAudit(tx, {
      actor,
      action: "order.reminded",
      entityType: "Order",
      entityId: orderId,
      data: { reminded: deliveries.length },
    });
    return deliveries.length;
  });
}

/**
 * Follows up orders whose `autoRemindHours` have passed: for every deputy who has not
 * acknowledged, the school's director is told who and what (once per order). Returns the number
 * of messages queued. Safe to run on several instances: each order is taken by one update.
 */
export async function followUpWithDirectors(db: Db, now: Date): Promise<number> {
  const candidates = await db.order.findMany({
    where: { requiresAck: true, autoRemindHours: { not: null }, autoRemindedAt: null },
    select: { id: true, autoRemindHours: true, sentAt: true, createdAt: true },
  });
  let queued = 0;
  for (const candidate of candidates) {
    const sentAt = candidate.sentAt ?? candidate.createdAt;
    if (sentAt.getTime() + (candidate.autoRemindHours ?? 0) * 3_600_000 > now.getTime()) continue;
    queued += await inTransaction(db, async (tx) => {
      const { count } = await tx.order.updateMany({
        where: { id: candidate.id, autoRemindedAt: null },
        data: { autoRemindedAt: now },
      });
      if (count === 0) return 0;
      const order = await orderFacts(tx, candidate.id);
      if (!order) return 0;
      const late = await tx.delivery.findMany({
        where: { orderId: order.id, role: "deputy", acknowledgedAt: null, schoolId: { not: null } },
        include: { person: { select: { fullName: true } } },
        orderBy: { id: "asc" },
      });
      const schoolIds = [...new Set(late.map((delivery) => delivery.schoolId as number))];
      const directors = await findInChunks(schoolIds, (chunk) =>
        tx.roleAssignment.findMany({
          where: { schoolId: { in: chunk }, role: "director", revokedAt: null },
          include: { school: { select: { name: true, shortName: true } } },
          orderBy: { id: "asc" },
        }),
      );
      let messages = 0;
      for (const director of directors) {
        const deputies = late
          .filter((delivery) => delivery.schoolId === director.schoolId)
          .filter((delivery) => delivery.personId !== director.personId)
          .map((delivery) => delivery.person.fullName);
        if (deputies.length === 0) continue;
        await tx.outboxMessage.create({
          data: {
            personId: director.personId,
            payload: JSON.stringify(
              outgoingMessage.parse({
                key: "order-director-follow-up",
                params: {
                  ...orderParams(order),
                  school: director.school?.shortName ?? director.school?.name ?? "",
                  people: deputies.join(", "),
                  count: deputies.length,
                  hours: order.autoRemindHours ?? 0,
                },
              }),
            ),
          },
        });
        messages++;
      }
      await recordAudit(tx, {
        actor: { kind: "system" },
        action: "order.directors_followed_up",
        entityType: "Order",
        entityId: order.id,
        data: { directors: messages, deputies: late.length },
      });
      return messages;
    });
  }
  return queued;
}
