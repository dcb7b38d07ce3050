import { InlineKeyboard } from "grammy";
import type {
  OrderCardFacts,
  OrderCounts,
  OrderListRow,
  OrderRecipientRow,
} from "../../db/orders/order-status.ts";
import { type OrderAudience, readAudience } from "../../domain/orders/audience.ts";
import { formatInstant } from "../../domain/outgoing-message.ts";
import { encodeOrderButton } from "../callback-data/order.ts";
import { encodeOrderListButton } from "../callback-data/order-compose.ts";
import { chunkLines } from "../texts.ts";

export type T = (key: string, params?: Record<string, string | number>) => string;

/** Orders per page of the list. */
export const ORDERS_PAGE = 5;

/** «Приказ № 125-од «О проведении ВПР»» / «Информационное письмо «…»». */
export function orderHeading(t: T, order: { kind: string; number: string | null; title: string }) {
  return t("orders-heading", {
    kind: t(`order-kind-${order.kind}`),
    number: order.number ? t("order-number-part", { number: order.number }) : "",
    title: order.title,
  });
}

/** «все школы — директорам и заместителям», «выбранные школы: «…», «…» — заместителям». */
export function audienceText(t: T, audience: OrderAudience, pickedSchools: readonly string[]) {
  const selection = audience.schools;
  const schools =
    selection.kind === "schools"
      ? t("orders-audience-picked", {
          count: pickedSchools.length,
          schools: pickedSchools.map((name) => `«${name}»`).join(", "),
        })
      : selection.kind === "type"
        ? t(`order-compose-schools-type-${selection.type}`)
        : selection.kind === "flag"
          ? t(`order-compose-schools-flag-${selection.flag}`)
          : t("order-compose-schools-all");
  const roles = t(`order-compose-roles-${[...audience.roles].sort().join("-")}`);
  return t("orders-audience", { schools, roles });
}

/** A coordinator of several municipalities chooses whose orders to see. */
export function municipalityChoiceView(
  t: T,
  municipalities: ReadonlyArray<{ id: number; name: string }>,
) {
  const keyboard = new InlineKeyboard();
  for (const municipality of municipalities)
    keyboard.text(municipality.name, encodeOrderListButton("om", municipality.id)).row();
  return { text: t("orders-choose-municipality"), keyboard };
}

/** A page of the municipality's orders, newest first; each line's button opens its card. */
export function ordersListView(
  t: T,
  language: string,
  list: {
    municipalityId: number;
    municipality: string;
    timezone: string;
    page: number;
    total: number;
    orders: readonly OrderListRow[];
  },
) {
  const keyboard = new InlineKeyboard();
  const first = list.page * ORDERS_PAGE;
  const lines = [t("orders-list-title", { municipality: list.municipality, total: list.total })];
  if (list.total === 0) lines.push(t("orders-list-empty"));
  list.orders.forEach((order, index) => {
    const position = first + index + 1;
    lines.push(
      "",
      t("orders-list-line", {
        position,
        heading: orderHeading(t, order),
        sentAt: formatInstant(order.sentAt, list.timezone, language),
      }),
      t(order.requiresAck ? "orders-list-counts-ack" : "orders-list-counts", {
        recipients: order.recipients,
        delivered: order.delivered,
        acknowledged: order.acknowledged,
        unreachable: order.unreachable,
      }),
    );
    keyboard.text(t("orders-list-open", { position }), encodeOrderButton("open", order.id)).row();
  });
  const pages = Math.ceil(list.total / ORDERS_PAGE);
  if (pages > 1) {
    if (list.page > 0)
      keyboard.text(
        t("order-compose-page-prev"),
        encodeOrderListButton("om", list.municipalityId, list.page - 1),
      );
    if (list.page + 1 < pages)
      keyboard.text(
        t("order-compose-page-next"),
        encodeOrderListButton("om", list.municipalityId, list.page + 1),
      );
    keyboard.row();
  }
  keyboard.text(t("orders-button-new"), encodeOrderListButton("new", list.municipalityId));
  return { text: lines.join("\n"), keyboard };
}

const REPORT_STATUSES = ["pending", "submitted", "returned", "accepted"] as const;

/** An order's card: what was sent to whom, and where its deliveries stand. */
export function orderCardView(t: T, language: string, facts: OrderCardFacts, counts: OrderCounts) {
  const audience = readAudience(facts.audience);
  const lines = [
    orderHeading(t, facts),
    t("orders-card-sent", { sentAt: formatInstant(facts.sentAt, facts.timezone, language) }),
  ];
  if (audience)
    lines.push(
      t("orders-card-audience", { audience: audienceText(t, audience, facts.pickedSchools) }),
    );
  if (facts.reportDeadlineAt)
    lines.push(
      t("orders-card-deadline", {
        deadline: formatInstant(facts.reportDeadlineAt, facts.timezone, language),
      }),
    );
  lines.push(
    "",
    t("orders-card-counts", { ...counts }),
    t(facts.requiresAck ? "orders-card-ack-counts" : "orders-card-no-ack", { ...counts }),
  );
  if (facts.reportDeadlineAt) {
    const reports = Object.fromEntries(
      REPORT_STATUSES.map((status) => [status, facts.reports[status] ?? 0]),
    );
    lines.push(t("orders-card-reports", reports));
  }
  const keyboard = new InlineKeyboard()
    .text(t("orders-button-refresh"), encodeOrderButton("open", facts.id))
    .row()
    .text(
      t(facts.requiresAck ? "orders-button-list" : "orders-button-list-unreachable"),
      encodeOrderButton("list", facts.id),
    )
    .row();
  if (facts.requiresAck)
    keyboard.text(t("orders-button-remind"), encodeOrderButton("rem", facts.id)).row();
  keyboard.text(t("orders-button-sheet"), encodeOrderButton("sheet", facts.id)).row();
  if (facts.reportDeadlineAt)
    keyboard.text(t("orders-button-reports"), encodeOrderButton("reports", facts.id)).row();
  return { text: lines.join("\n"), keyboard };
}

const personLine = (t: T, row: OrderRecipientRow) =>
  t("orders-recipient-line", {
    name: row.fullName,
    school: row.schoolName ?? "—",
    role: t(`role-${row.role ?? "deputy"}`),
  });

/** Who has not acknowledged, and who could not be reached, in messages of Telegram's size. */
export function recipientsListTexts(
  t: T,
  order: { kind: string; number: string | null; title: string; requiresAck: boolean },
  rows: readonly OrderRecipientRow[],
): string[] {
  const pending = rows.filter((row) => row.state === "pending").length;
  /** A heading with the count and a line per person, or a line saying there is nobody. */
  const section = (state: OrderRecipientRow["state"], someKey: string, noneKey: string) => {
    const people = rows.filter((row) => row.state === state);
    return [
      "",
      people.length > 0 ? t(someKey, { count: people.length }) : t(noneKey),
      ...people.map((row) => personLine(t, row)),
    ];
  };
  const lines = [orderHeading(t, order)];
  // Delivered and not acknowledged: "delivered" is the state before the tap.
  if (order.requiresAck)
    lines.push(...section("delivered", "orders-not-acknowledged", "orders-all-acknowledged"));
  lines.push(...section("unreachable", "orders-unreachable", "orders-none-unreachable"));
  if (pending > 0) lines.push("", t("orders-still-sending", { count: pending }));
  return chunkLines(lines);
}
