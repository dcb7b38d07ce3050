import type { Db } from "../client.ts";

/** Where an order's deliveries stand. */
export interface OrderCounts {
  recipients: number;
  /** Delivered to the person's chat. */
  delivered: number;
  /** Still going out (queued, or waiting to be tried again). */
  pending: number;
  /** Could not be delivered: the person blocked the bot, has no account, or it was given up. */
  unreachable: number;
  acknowledged: number;
  /** Delivered, asked to acknowledge, and not acknowledged yet. */
  notAcknowledged: number;
}

export type RecipientState = "pending" | "delivered" | "unreachable" | "acknowledged";

export interface OrderRecipientRow {
  deliveryId: number;
  personId: number;
  fullName: string;
  schoolCode: string | null;
  schoolName: string | null;
  role: string | null;
  state: RecipientState;
  sentAt: Date | null;
  acknowledgedAt: Date | null;
  remindedAt: Date | null;
}

export function recipientState(delivery: {
  status: string;
  acknowledgedAt: Date | null;
}): RecipientState {
  if (delivery.acknowledgedAt) return "acknowledged";
  if (delivery.status === "sent") return "delivered";
  if (delivery.status === "failed") return "unreachable";
  return "pending";
}

/** Counts by state, from one grouped query. */
export async function orderCounts(db: Db, orderId: number): Promise<OrderCounts> {
  const [groups, acknowledged, order] = await Promise.all([
    db.delivery.groupBy({ by: ["status"], where: { orderId }, _count: { _all: true } }),
    db.delivery.count({ where: { orderId, acknowledgedAt: { not: null } } }),
    db.order.findUnique({ where: { id: orderId }, select: { requiresAck: true } }),
  ]);
  const count = (status: string) =>
    groups.find((group) => group.status === status)?._count._all ?? 0;
  const delivered = count("sent");
  return {
    recipients: groups.reduce((sum, group) => sum + group._count._all, 0),
    delivered,
    pending: count("pending"),
    unreachable: count("failed"),
    acknowledged,
    notAcknowledged: order?.requiresAck ? Math.max(0, delivered - acknowledged) : 0,
  };
}

/** Every recipient with their state, ordered by school name, then role and name. */
export async function orderRecipients(db: Db, orderId: number): Promise<OrderRecipientRow[]> {
  const deliveries = await db.delivery.findMany({
    where: { orderId },
    include: { person: { select: { fullName: true } } },
  });
  const schoolIds = [...new Set(deliveries.flatMap((row) => (row.schoolId ? [row.schoolId] : [])))];
  const schools = new Map(
    (
      await db.school.findMany({
        where: { id: { in: schoolIds } },
        select: { id: true, code: true, name: true, shortName: true },
      })
    ).map((school) => [school.id, school]),
  );
  const rows = deliveries.map((delivery): OrderRecipientRow => {
    const school = delivery.schoolId ? schools.get(delivery.schoolId) : undefined;
    return {
      deliveryId: delivery.id,
      personId: delivery.personId,
      fullName: delivery.person.fullName,
      schoolCode: school?.code ?? null,
      schoolName: school ? (school.shortName ?? school.name) : null,
      role: delivery.role,
      state: recipientState(delivery),
      sentAt: delivery.sentAt,
      acknowledgedAt: delivery.acknowledgedAt,
      remindedAt: delivery.remindedAt,
    };
  });
  const roleOrder = (role: string | null) => (role === "director" ? 0 : role === "deputy" ? 1 : 2);
  return rows.sort(
    (a, b) =>
      (a.schoolName ?? "").localeCompare(b.schoolName ?? "", "ru") ||
      roleOrder(a.role) - roleOrder(b.role) ||
      a.fullName.localeCompare(b.fullName, "ru"),
  );
}
