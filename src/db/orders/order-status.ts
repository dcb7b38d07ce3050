import { readAudience } from "../../domain/orders/audience.ts";
import type { Db } from "../client.ts";
import { findInChunks } from "../in-chunks.ts";

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

/** Counts by state. "Not acknowledged" counts exactly those a reminder would reach. */
export async function orderCounts(db: Db, orderId: number): Promise<OrderCounts> {
  const [groups, acknowledged, unacknowledged, order] = await Promise.all([
    db.delivery.groupBy({ by: ["status"], where: { orderId }, _count: { _all: true } }),
    db.delivery.count({ where: { orderId, acknowledgedAt: { not: null } } }),
    db.delivery.count({ where: { orderId, status: "sent", acknowledgedAt: null } }),
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
    notAcknowledged: order?.requiresAck ? unacknowledged : 0,
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
      await findInChunks(schoolIds, (chunk) =>
        db.school.findMany({
          where: { id: { in: chunk } },
          select: { id: true, code: true, name: true, shortName: true },
        }),
      )
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

/** An order as a line of the coordinator's list. */
export interface OrderListRow {
  id: number;
  kind: string;
  number: string | null;
  title: string;
  sentAt: Date;
  requiresAck: boolean;
  recipients: number;
  delivered: number;
  acknowledged: number;
  unreachable: number;
}

/** A page of a municipality's orders, newest first, with each one's counts; and how many there are. */
export async function municipalityOrders(
  db: Db,
  municipalityId: number,
  page: { skip: number; take: number },
): Promise<{ total: number; orders: OrderListRow[] }> {
  const [total, orders] = await Promise.all([
    db.order.count({ where: { municipalityId } }),
    db.order.findMany({
      where: { municipalityId },
      orderBy: [{ sentAt: "desc" }, { id: "desc" }],
      skip: page.skip,
      take: page.take,
      select: {
        id: true,
        kind: true,
        number: true,
        title: true,
        sentAt: true,
        createdAt: true,
        requiresAck: true,
      },
    }),
  ]);
  const orderIds = orders.map((order) => order.id);
  const [byStatus, acknowledged] = await Promise.all([
    db.delivery.groupBy({
      by: ["orderId", "status"],
      where: { orderId: { in: orderIds } },
      _count: { _all: true },
    }),
    db.delivery.groupBy({
      by: ["orderId"],
      where: { orderId: { in: orderIds }, acknowledgedAt: { not: null } },
      _count: { _all: true },
    }),
  ]);
  const count = (orderId: number, status: string) =>
    byStatus.find((group) => group.orderId === orderId && group.status === status)?._count._all ??
    0;
  return {
    total,
    orders: orders.map((order) => ({
      id: order.id,
      kind: order.kind,
      number: order.number,
      title: order.title,
      sentAt: order.sentAt ?? order.createdAt,
      requiresAck: order.requiresAck,
      recipients: byStatus
        .filter((group) => group.orderId === order.id)
        .reduce((sum, group) => sum + group._count._all, 0),
      delivered: count(order.id, "sent"),
      unreachable: count(order.id, "failed"),
      acknowledged: acknowledged.find((group) => group.orderId === order.id)?._count._all ?? 0,
    })),
  };
}

/** What an order's card shows besides the counts. */
export interface OrderCardFacts {
  id: number;
  municipalityId: number;
  timezone: string;
  kind: string;
  number: string | null;
  title: string;
  sentAt: Date;
  /** The stored audience (JSON, src/domain/orders/audience.ts). */
  audience: string;
  /** Names of the schools picked by code, in the order of the codes. */
  pickedSchools: string[];
  requiresAck: boolean;
  reportDeadlineAt: Date | null;
  autoRemindHours: number | null;
  /** The schools' reports by status (pending, submitted, returned, accepted); empty without a deadline. */
  reports: Record<string, number>;
}

/** The facts of an order's card, or null when there is no such order. */
export async function orderCardFacts(db: Db, orderId: number): Promise<OrderCardFacts | null> {
  const order = await db.order.findUnique({
    where: { id: orderId },
    include: { municipality: { select: { timezone: true } } },
  });
  if (!order) return null;
  const audience = readAudience(order.audience);
  const codes = audience?.schools.kind === "schools" ? audience.schools.codes : [];
  const schools =
    codes.length > 0
      ? await db.school.findMany({
          where: { municipalityId: order.municipalityId, code: { in: codes } },
          select: { code: true, name: true, shortName: true },
        })
      : [];
  const pickedSchools = codes.flatMap((code) => {
    const school = schools.find((candidate) => candidate.code === code);
    return school ? [school.shortName ?? school.name] : [];
  });
  const reports = order.reportDeadlineAt
    ? await db.orderReport.groupBy({ by: ["status"], where: { orderId }, _count: { _all: true } })
    : [];
  return {
    id: order.id,
    municipalityId: order.municipalityId,
    timezone: order.municipality.timezone,
    kind: order.kind,
    number: order.number,
    title: order.title,
    sentAt: order.sentAt ?? order.createdAt,
    audience: order.audience,
    pickedSchools,
    requiresAck: order.requiresAck,
    reportDeadlineAt: order.reportDeadlineAt,
    autoRemindHours: order.autoRemindHours,
    reports: Object.fromEntries(reports.map((group) => [group.status, group._count._all])),
  };
}

/** The municipality an order belongs to, or null when there is no such order. */
export async function orderMunicipality(db: Db, orderId: number): Promise<number | null> {
  const order = await db.order.findUnique({
    where: { id: orderId },
    select: { municipalityId: true },
  });
  return order?.municipalityId ?? null;
}

/** An order with the code, name and time zone of its municipality; null when there is none. */
export async function findOrderWithMunicipality(db: Db, orderId: number) {
  return db.order.findUnique({
    where: { id: orderId },
    include: { municipality: { select: { code: true, name: true, timezone: true } } },
  });
}
