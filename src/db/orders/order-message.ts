import type { OutgoingMessage } from "../../domain/outgoing-message.ts";
import { dateParam } from "../message-params.ts";

/** An order's kind, number and title as message parameters (`{ $kind }{ $number } «{ $title }»`). */
export function orderNameParams(order: { kind: string; number: string | null; title: string }) {
  return {
    kind: { key: `order-kind-${order.kind}` },
    number: order.number
      ? { key: "order-number-part", params: { number: order.number } }
      : { key: "order-nothing" },
    title: order.title,
  } satisfies OutgoingMessage["params"];
}

/** What the recipients' message is made of. */
export interface OrderMessageFields {
  kind: string;
  number: string | null;
  title: string;
  body: string;
  documentId: number | null;
  requiresAck: boolean;
  reportDeadlineAt: Date | null;
  municipality: { name: string; timezone: string };
}

/**
 * The message a recipient gets: kind, number and title, who sends it, the formatted text, the
 * document, and the buttons to acknowledge and to open the report task. `preview` gives the
 * buttons an action that only explains itself (the coordinator's preview before sending).
 */
export function orderMessage(
  order: OrderMessageFields,
  ids: { deliveryId: number; reportId: number | null } | "preview",
): OutgoingMessage {
  const buttons: NonNullable<OutgoingMessage["buttons"]> = [];
  if (order.requiresAck)
    buttons.push([
      {
        kind: "action",
        labelKey: "order-ack-button",
        action:
          ids === "preview"
            ? { kind: "preview-button" }
            : { kind: "acknowledge-order", deliveryId: ids.deliveryId },
      },
    ]);
  if (order.reportDeadlineAt && (ids === "preview" || ids.reportId !== null))
    buttons.push([
      {
        kind: "action",
        labelKey: "order-report-button",
        action:
          ids === "preview" || ids.reportId === null
            ? { kind: "preview-button" }
            : { kind: "open-order-report", reportId: ids.reportId },
      },
    ]);
  return {
    key: order.reportDeadlineAt ? "order-message-report" : "order-message",
    params: {
      ...orderNameParams(order),
      sender: order.municipality.name,
      ack: { key: order.requiresAck ? "order-ack-request" : "order-nothing" },
      ...(order.reportDeadlineAt
        ? { deadline: dateParam(order.reportDeadlineAt, order.municipality.timezone) }
        : {}),
    },
    html: order.body,
    ...(order.documentId ? { document: { fileId: order.documentId } } : {}),
    buttons,
  };
}
