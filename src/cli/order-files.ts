import { readFile, stat } from "node:fs/promises";
import { basename, extname } from "node:path";
import type { NewDocument } from "../db/orders/orders.ts";

/** A file read for `order send`, or the locale key (and its parameters) of why it could not be. */
export type FileRead<T> =
  | { ok: true; value: T }
  | { ok: false; key: string; params?: Record<string, string | number> };

/** Telegram takes documents up to 50 MB from a bot. */
export const DOCUMENT_LIMIT_MB = 50;
/** An order's text: far more than a message can hold, so a wrong file is caught early. */
const TEXT_LIMIT_BYTES = 1024 * 1024;

const MIME_TYPES: Record<string, string> = {
  ".pdf": "application/pdf",
  ".doc": "application/msword",
  ".docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  ".odt": "application/vnd.oasis.opendocument.text",
  ".rtf": "application/rtf",
  ".xls": "application/vnd.ms-excel",
  ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  ".ods": "application/vnd.oasis.opendocument.spreadsheet",
  ".txt": "text/plain",
  ".zip": "application/zip",
  ".jpg": "image/jpeg",
  ".jpeg": "image/jpeg",
  ".png": "image/png",
};

/** The file's size, or why it cannot be read as a file. */
async function fileSize(path: string): Promise<FileRead<number>> {
  try {
    const info = await stat(path);
    if (!info.isFile()) return { ok: false, key: "cli-order-error-not-a-file", params: { path } };
    return { ok: true, value: info.size };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return {
      ok: false,
      key: code === "ENOENT" ? "cli-order-error-file-missing" : "cli-order-error-file-unreadable",
      params: { path },
    };
  }
}

/** The order's text from a UTF-8 file (a byte-order mark is dropped; other encodings refused). */
export async function readOrderText(path: string): Promise<FileRead<string>> {
  const size = await fileSize(path);
  if (!size.ok) return size;
  if (size.value > TEXT_LIMIT_BYTES)
    return { ok: false, key: "cli-order-error-text-too-big", params: { path } };
  const bytes = await readFile(path);
  try {
    const text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
    return { ok: true, value: text };
  } catch {
    // Windows editors still save Cyrillic as Windows-1251 now and then.
    return { ok: false, key: "cli-order-error-text-encoding", params: { path } };
  }
}

/** The document's bytes, name and type (told by its extension), up to 50 MB. */
export async function readOrderDocument(path: string): Promise<FileRead<NewDocument>> {
  const size = await fileSize(path);
  if (!size.ok) return size;
  if (size.value === 0)
    return { ok: false, key: "cli-order-error-document-empty", params: { path } };
  if (size.value > DOCUMENT_LIMIT_MB * 1024 * 1024)
    return {
      ok: false,
      key: "cli-order-error-document-too-big",
      params: { path, size: Math.ceil(size.value / (1024 * 1024)), limit: DOCUMENT_LIMIT_MB },
    };
  const content = await readFile(path);
  return {
    ok: true,
    value: {
      name: basename(path),
      mimeType: MIME_TYPES[extname(path).toLowerCase()] ?? "application/octet-stream",
      size: content.byteLength,
      content,
    },
  };
}
