import ExcelJS from "exceljs";
import type { Db } from "../db/client.ts";
import { orderCounts, orderRecipients, type RecipientState } from "../db/orders/order-status.ts";
import { formatUtcOffset, utcOffsetMinutes } from "../domain/local-time.ts";
import { formatInstant } from "../domain/outgoing-message.ts";
import type { Translate } from "../i18n/translator.ts";

/** The table's columns, left to right: locale key of the header and width in characters. */
const COLUMNS = [
  { key: "order-sheet-column-number", width: 7 },
  { key: "order-sheet-column-name", width: 34 },
  { key: "order-sheet-column-school", width: 36 },
  { key: "order-sheet-column-role", width: 24 },
  { key: "order-sheet-column-delivered", width: 18 },
  { key: "order-sheet-column-acknowledged", width: 18 },
  { key: "order-sheet-column-status", width: 30 },
  { key: "order-sheet-column-signature", width: 18 },
] as const;

/** Row of the table's header: the heading above it is this many rows minus one. */
const HEADER_ROW = 7;

/**
 * The acknowledgement sheet of an order, to print and file: what was sent, by whom and when, then
 * one row per recipient with school, role, delivered and acknowledged at (the municipality's local
 * time, as real date-time cells), the state in words and an empty column to sign. Texts in
 * `language` (ru or en). Throws if the order does not exist.
 */
export async function ackSheet(
  db: Db,
  orderId: number,
  language: string,
  translate: Translate,
): Promise<{ fileName: string; content: Buffer }> {
  const order = await db.order.findUniqueOrThrow({
    where: { id: orderId },
    include: { municipality: { select: { name: true, timezone: true } } },
  });
  const [counts, recipients] = await Promise.all([
    orderCounts(db, orderId),
    orderRecipients(db, orderId),
  ]);
  const t = (key: string, params?: Record<string, string | number>) =>
    translate(language, key, params);
  const timezone = order.municipality.timezone;
  const sentAt = order.sentAt ?? order.createdAt;
  const kind = t(`order-kind-${order.kind}`);

  const workbook = new ExcelJS.Workbook();
  workbook.creator = t("order-sheet-creator");
  workbook.created = sentAt;
  const sheet = workbook.addWorksheet(t("order-sheet-tab"), {
    views: [{ state: "frozen", ySplit: HEADER_ROW, xSplit: 0 }],
    pageSetup: {
      paperSize: 9, // A4
      orientation: "landscape",
      fitToPage: true,
      fitToWidth: 1,
      // 0: as many pages down as the list needs.
      fitToHeight: 0,
      printTitlesRow: `${HEADER_ROW}:${HEADER_ROW}`,
      margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
    },
  });
  sheet.columns = COLUMNS.map((column) => ({ width: column.width }));

  const name = t("order-sheet-order", {
    kind,
    number: order.number ? t("order-number-part", { number: order.number }) : "",
    title: order.title,
  });
  // Each printed page says which order it belongs to and which page it is. Excel refuses a
  // footer past 255 characters, so a long title is cut; `&` is its code character.
  const footerName = name.length > 150 ? `${name.slice(0, 149)}…` : name;
  sheet.headerFooter.oddFooter = t("order-sheet-footer", {
    order: footerName.replace(/&/g, "&&"),
  });
  const heading = [
    t("order-sheet-title"),
    name,
    t("order-sheet-sender", { municipality: order.municipality.name }),
    t("order-sheet-sent-at", {
      sentAt: formatInstant(sentAt, timezone, language),
      timezone,
      offset: formatUtcOffset(sentAt, timezone),
    }),
    t(order.requiresAck ? "order-sheet-counts" : "order-sheet-counts-no-ack", { ...counts }),
  ];
  heading.forEach((text, index) => {
    const cell = sheet.getCell(index + 1, 1);
    cell.value = text;
    cell.font = index === 0 ? { bold: true, size: 14 } : index === 1 ? { bold: true } : {};
  });

  const header = sheet.getRow(HEADER_ROW);
  header.values = COLUMNS.map((column) => t(column.key));
  header.font = { bold: true };
  header.alignment = { vertical: "middle", wrapText: true };
  header.eachCell((cell) => {
    cell.border = thinBorder;
    cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFE7EEF7" } };
  });

  const dateFormat = t("order-sheet-date-format");
  recipients.forEach((recipient, index) => {
    const row = sheet.getRow(HEADER_ROW + 1 + index);
    row.values = [
      index + 1,
      recipient.fullName,
      recipient.schoolName ?? "",
      recipient.role ? t(`role-${recipient.role}`) : "",
      localCell(recipient.sentAt, timezone),
      localCell(recipient.acknowledgedAt, timezone),
      t(statusKey(recipient.state, order.requiresAck)),
      null,
    ];
    row.getCell(5).numFmt = dateFormat;
    row.getCell(6).numFmt = dateFormat;
    row.alignment = { vertical: "top", wrapText: true };
    row.getCell(1).alignment = { vertical: "top", horizontal: "right" };
    // A printed sheet is signed by hand: room for a signature, and lines to sign on.
    row.height = 24;
    for (let column = 1; column <= COLUMNS.length; column++)
      row.getCell(column).border = thinBorder;
  });

  const lastRow = HEADER_ROW + Math.max(recipients.length, 1);
  sheet.autoFilter = {
    from: { row: HEADER_ROW, column: 1 },
    to: { row: lastRow, column: COLUMNS.length },
  };

  const content = Buffer.from(await workbook.xlsx.writeBuffer());
  return { fileName: ackSheetFileName(order, t), content };
}

const thin = { style: "thin" as const, color: { argb: "FF999999" } };
const thinBorder: Partial<ExcelJS.Borders> = { top: thin, left: thin, bottom: thin, right: thin };

/**
 * An instant as a cell showing the municipality's clock time. Excel has no time zones: a cell
 * holds a wall-clock reading, and exceljs turns a Date into one by reading it in UTC. So the
 * instant is moved by the zone's offset at that very moment: 09:30Z in Yekaterinburg (UTC+5) is
 * written as 14:30, which is what the clocks there showed.
 */
function localCell(instant: Date | null, timezone: string): Date | null {
  if (!instant) return null;
  return new Date(instant.getTime() + utcOffsetMinutes(instant, timezone) * 60_000);
}

function statusKey(state: RecipientState, requiresAck: boolean): string {
  if (state === "delivered" && requiresAck) return "order-sheet-status-not-acknowledged";
  return `order-sheet-status-${state}`;
}

/** Characters Windows refuses in file names, and control characters. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it removes
const FORBIDDEN_IN_FILE_NAME = /[<>:"|?*\u0000-\u001f]/g;

/**
 * «Лист ознакомления — приказ № 112.xlsx» / "Acknowledgements — order No. 112.xlsx"; without a
 * number, the title in quotes. Safe on Windows: no reserved characters, a slash in a number
 * («112/1-о») becomes a dash, no trailing dot or space, and not too long.
 */
export function ackSheetFileName(
  order: { kind: string; number: string | null; title: string },
  t: (key: string, params?: Record<string, string | number>) => string,
): string {
  const clean = (text: string) =>
    text.replace(/\s+/g, " ").replace(/[/\\]/g, "-").replace(FORBIDDEN_IN_FILE_NAME, "").trim();
  const title = clean(order.title);
  const base = t(order.number ? "order-sheet-file-numbered" : "order-sheet-file-titled", {
    kind: t(`order-sheet-file-kind-${order.kind}`),
    number: clean(order.number ?? ""),
    title: title.length > 60 ? `${title.slice(0, 59).trimEnd()}…` : title,
  });
  return `${clean(base).replace(/[. ]+$/, "")}.xlsx`;
}
