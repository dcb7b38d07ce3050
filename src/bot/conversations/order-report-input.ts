import type { Context } from "grammy";
import { MAX_REPORT_TEXT, type ReportAnswer } from "../../db/orders/order-reports.ts";
import { encodeOrderButton } from "../callback-data/order.ts";

/** Formats a report may come in, by the file's extension. */
const EXTENSIONS = new Set([
  "pdf",
  "doc",
  "docx",
  "odt",
  "xls",
  "xlsx",
  "ods",
  "jpg",
  "jpeg",
  "png",
]);
/** The same formats by MIME type, for a file whose name has no extension. */
const MIME_TYPES = new Set([
  "application/pdf",
  "application/msword",
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  "application/vnd.oasis.opendocument.text",
  "application/vnd.ms-excel",
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  "application/vnd.oasis.opendocument.spreadsheet",
  "image/jpeg",
  "image/png",
]);
/** Telegram lets a bot fetch files up to 20 MB: a larger one could never be read back. */
export const MAX_REPORT_FILE_BYTES = 20 * 1024 * 1024;

/** What one update means while a school sends its report. */
export type ReportInput =
  | { kind: "answer"; answer: ReportAnswer }
  | { kind: "confirm" }
  | { kind: "cancel" }
  /** A command or another button: the person chose to do something else. */
  | { kind: "leave" }
  | { kind: "wrong-message" }
  | { kind: "wrong-type"; name: string }
  | { kind: "too-big"; name: string; size: number }
  | { kind: "too-long"; length: number };

/** Reads an update as a report (a document, a photo or a text), a button of this send, or neither. */
export function readReportInput(ctx: Context, reportId: number): ReportInput {
  const pressed = ctx.callbackQuery?.data;
  if (pressed !== undefined) {
    if (pressed === encodeOrderButton("rsend", reportId)) return { kind: "confirm" };
    if (pressed === encodeOrderButton("rx", reportId)) return { kind: "cancel" };
    return { kind: "leave" };
  }
  const message = ctx.message;
  if (!message) return { kind: "wrong-message" };
  if (message.text !== undefined) {
    const text = message.text.trim();
    if (text.startsWith("/")) return { kind: "leave" };
    if (!text) return { kind: "wrong-message" };
    if (text.length > MAX_REPORT_TEXT) return { kind: "too-long", length: text.length };
    return { kind: "answer", answer: { kind: "text", text } };
  }
  if (message.document) {
    const { file_id, file_name, mime_type, file_size } = message.document;
    const name = file_name ?? "document";
    const extension = name.includes(".") ? name.split(".").pop()?.toLowerCase() : undefined;
    const known = extension ? EXTENSIONS.has(extension) : MIME_TYPES.has(mime_type ?? "");
    if (!known) return { kind: "wrong-type", name };
    return fileAnswer(name, mime_type ?? null, file_size ?? null, file_id);
  }
  const photo = message.photo?.at(-1);
  if (photo) return fileAnswer("photo.jpg", "image/jpeg", photo.file_size ?? null, photo.file_id);
  return { kind: "wrong-message" };
}

function fileAnswer(
  name: string,
  mimeType: string | null,
  size: number | null,
  telegramFileId: string,
): ReportInput {
  if (size !== null && size > MAX_REPORT_FILE_BYTES) return { kind: "too-big", name, size };
  return { kind: "answer", answer: { kind: "document", name, mimeType, size, telegramFileId } };
}
