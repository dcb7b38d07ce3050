import type { OrderAudience } from "../../domain/orders/audience.ts";
import { outgoingMessage } from "../../domain/outgoing-message.ts";
import { type Actor, recordAudit } from "../audit.ts";
import { type Db, inTransaction } from "../client.ts";
import { orderMessage } from "./order-message.ts";
import { type ResolvedAudience, resolveAudience } from "./order-recipients.ts";

/** A file attached to an order: bytes from the command line, or the messenger's id from a chat. */
export interface NewDocument {
  name: string;
  mimeType?: string | null;
  size?: number | null;
  content?: Uint8Array | null;
  telegramFileId?: string | null;
}

export interface NewOrder {
  municipalityId: number;
  kind: "order" | "letter";
  number?: string | null;
  title: string;
  /** The formatted text, checked by `checkRichText` (src/domain/orders/rich-text.ts). */
  body: string;
  document?: NewDocument | null;
  audience: OrderAudience;
  requiresAck: boolean;
  reportDeadlineAt?: Date | null;
  /** Follow a deputy's missing acknowledgement up with the director after this many hours. */
  autoRemindHours?: number | null;
  /** The coordinator who sees a progress message while it goes out (none from the CLI). */
  progressTo?: number | null;
}

export interface SentOrder {
  orderId: number;
  recipients: number;
  audience: ResolvedAudience;
}

/** Sending to a whole region writes thousands of rows: more time than a click's transaction. */
const BROADCAST_TRANSACTION_MS = 120_000;

/**
 * Records an order and queues it: one delivery and one outbox message per recipient, a report
 * task per target school when it asks for a report, the coordinator's progress message, and the
 * audit record — all in one transaction, so a crash leaves either all of it or nothing.
 */
export async function sendOrder(db: Db, input: NewOrder, actor: Actor): Promise<SentOrder> {
  return inTransaction(
    db,
    async (tx) => {
      const municipality = await tx.municipality.findUniqueOrThrow({
        where: { id: input.municipalityId },
      });
      const audience = await resolveAudience(tx, input.municipalityId, input.audience);
      const document = input.document
        ? await tx.storedFile.create({
            data: {
              name: input.document.name,
              mimeType: input.document.mimeType ?? null,
              size: input.document.size ?? input.document.content?.byteLength ?? null,
              content: input.document.content ? Buffer.from(input.document.content) : null,
              telegramFileId: input.document.telegramFileId ?? null,
            },
          })
        : null;
      const now = new Date();
      const order = await tx.order.create({
        data: {
          municipalityId: input.municipalityId,
          kind: input.kind,
          number: input.number ?? null,
          title: input.title,
          body: input.body,
          documentId: document?.id ?? null,
          audience: JSON.stringify(input.audience),
          requiresAck: input.requiresAck,
          reportDeadlineAt: input.reportDeadlineAt ?? null,
          autoRemindHours: input.autoRemindHours ?? null,
          createdById: actor.kind === "person" ? actor.personId : null,
          sentAt: now,
          // Nobody to send to: settled at once.
          completedAt: audience.recipients.length === 0 ? now : null,
        },
      });
      if (input.progressTo && audience.recipients.length > 0) {
        const progress = await tx.outboxMessage.create({
          data: {
            personId: input.progressTo,
            payload: JSON.stringify(outgoingMessage.parse(progressMessage(order.id, order.title))),
          },
        });
        await tx.order.update({ where: { id: order.id }, data: { progressOutboxId: progress.id } });
      }
      const reports = input.reportDeadlineAt
        ? await tx.orderReport.createManyAndReturn({
            data: audience.schools.map((school) => ({ orderId: order.id, schoolId: school.id })),
            select: { id: true, schoolId: true },
          })
        : [];
      const reportOfSchool = new Map(reports.map((report) => [report.schoolId, report.id]));
      const deliveries = await tx.delivery.createManyAndReturn({
        data: audience.recipients.map((recipient) => ({
          orderId: order.id,
          personId: recipient.personId,
          schoolId: recipient.schoolId,
          role: recipient.role,
        })),
        select: { id: true, personId: true, schoolId: true },
      });
      const fields = { ...order, municipality };
      await tx.outboxMessage.createMany({
        data: deliveries.map((delivery) => ({
          personId: delivery.personId,
          deliveryId: delivery.id,
          payload: JSON.stringify(
            outgoingMessage.parse(
              orderMessage(fields, {
                deliveryId: delivery.id,
                reportId: reportOfSchool.get(delivery.schoolId ?? 0) ?? null,
              }),
            ),
          ),
        })),
      });
      await recordAudit(tx, {
        actor,
        action: "order.sent",
        entityType: "Order",
        entityId: order.id,
        data: {
          recipients: deliveries.length,
          schools: audience.schools.length,
          requiresAck: input.requiresAck,
          reports: reports.length,
          document: document?.id ?? null,
        },
      });
      return { orderId: order.id, recipients: deliveries.length, audience };
    },
    { timeout: BROADCAST_TRANSACTION_MS },
  );
}

/** The coordinator's progress message as first queued; the progress job edits it as it goes. */
export function progressMessage(orderId: number, title: string) {
  return {
    key: "order-progress-started",
    params: { title },
    buttons: [
      [
        {
          kind: "action" as const,
          labelKey: "order-open-button",
          action: { kind: "open-order" as const, orderId },
        },
      ],
    ],
  };
}

export type AcknowledgeResult =
  | { status: "acknowledged"; at: Date; timezone: string }
  | { status: "already"; at: Date; timezone: string }
  | { status: "not-found" };

/**
 * Records that the recipient read the order. Only the person it was delivered to can; a second
 * tap changes nothing and says when it was done.
 */
export async function acknowledgeDelivery(
  db: Db,
  deliveryId: number,
  personId: number,
  now: Date,
): Promise<AcknowledgeResult> {
  return inTransaction(db, async (tx) => {
    const delivery = await tx.delivery.findUnique({
      where: { id: deliveryId },
      include: { order: { include: { municipality: { select: { timezone: true } } } } },
    });
    if (!delivery || delivery.personId !== personId || !delivery.order)
      return { status: "not-found" };
    const timezone = delivery.order.municipality.timezone;
    if (delivery.acknowledgedAt)
      return { status: "already", at: delivery.acknowledgedAt, timezone };
    const { count } = await tx.delivery.updateMany({
      where: { id: deliveryId, acknowledgedAt: null },
      data: { acknowledgedAt: now },
    });
    if (count === 0) {
      const again = await tx.delivery.findUniqueOrThrow({ where: { id: deliveryId } });
      return { status: "already", at: again.acknowledgedAt ?? now, timezone };
    }
    await recordAudit(tx, {
      actor: { kind: "person", personId },
      action: "order.acknowledged",
      entityType: "Order",
      entityId: delivery.order.id,
      data: { deliveryId },
    });
    return { status: "acknowledged", at: now, timezone };
  });
}
