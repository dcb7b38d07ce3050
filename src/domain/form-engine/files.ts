import type { FileValue } from "./types.ts";

/** Telegram lets a bot download files of at most 20 MB, whatever the question allows. */
export const MAX_FILE_MB = 20;
const MB = 1024 * 1024;

// For files sent without a usable name ("document", a photo): the type from the MIME type.
const EXTENSION_BY_MIME: Record<string, string> = {
  "application/pdf": "pdf",
  "application/msword": "doc",
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "docx",
  "application/vnd.ms-excel": "xls",
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": "xlsx",
  "application/vnd.oasis.opendocument.text": "odt",
  "application/vnd.oasis.opendocument.spreadsheet": "ods",
  "application/rtf": "rtf",
  "application/zip": "zip",
  "image/jpeg": "jpg",
  "image/png": "png",
  "image/heic": "heic",
  "text/plain": "txt",
  "text/csv": "csv",
};

// Spellings of one type: a question allowing jpg accepts photo.jpeg.
const SAME_TYPE: Record<string, string> = { jpeg: "jpg", tif: "tiff", htm: "html" };
const canonical = (extension: string) => SAME_TYPE[extension] ?? extension;

/** The file's type as a lower-case extension, from its name or else its MIME type; "" if unknown. */
export function fileExtension(file: Pick<FileValue, "fileName" | "mimeType">): string {
  const match = /\.([A-Za-z0-9]{1,10})$/.exec(file.fileName.trim());
  if (match?.[1]) return match[1].toLowerCase();
  return EXTENSION_BY_MIME[file.mimeType.toLowerCase()] ?? "";
}

/** Whether the file is one of the allowed types; an empty list allows any. */
export function isAllowedType(file: FileValue, allowed: readonly string[]): boolean {
  if (allowed.length === 0) return true;
  const extension = canonical(fileExtension(file));
  return extension !== "" && allowed.some((type) => canonical(type.toLowerCase()) === extension);
}

/** A question's size limit in MB, capped by what a bot can download. */
export function maxFileMb(maxFileSizeMb: number | null): number {
  return Math.min(maxFileSizeMb ?? MAX_FILE_MB, MAX_FILE_MB);
}

/** Megabytes rounded up to one decimal, so a file just over a limit never reads as equal to it. */
export function megabytes(bytes: number): number {
  return Math.ceil((bytes / MB) * 10) / 10;
}
