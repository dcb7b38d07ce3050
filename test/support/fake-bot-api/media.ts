import { extname } from "node:path";
import type { Message, PhotoSize } from "grammy/types";
import { badRequest, isRecord } from "./api-error.ts";
import type { FileStore, StoredFile } from "./file-store.ts";
import type { UploadedFile } from "./types.ts";

export const MEDIA_KINDS = [
  "photo",
  "document",
  "audio",
  "video",
  "voice",
  "animation",
  "sticker",
  "video_note",
] as const;
export type MediaKind = (typeof MEDIA_KINDS)[number];

const MIME_TYPES: Record<string, string> = {
  ".pdf": "application/pdf",
  ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  ".xls": "application/vnd.ms-excel",
  ".docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  ".doc": "application/msword",
  ".csv": "text/csv",
  ".txt": "text/plain",
  ".json": "application/json",
  ".zip": "application/zip",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".jpeg": "image/jpeg",
  ".mp3": "audio/mpeg",
  ".ogg": "audio/ogg",
  ".mp4": "video/mp4",
};

/** Telegram guesses a document's MIME type from its name; so does the fake. */
export function guessMimeType(fileName: string): string {
  return MIME_TYPES[extname(fileName).toLowerCase()] ?? "application/octet-stream";
}

export function isUploadedFile(value: unknown): value is UploadedFile {
  return isRecord(value) && Buffer.isBuffer(value.data) && typeof value.partName === "string";
}

interface ResolvedFile {
  stored: StoredFile;
  fileName: string | undefined;
}

/** An InputFile upload, a known file_id or a URL, as Telegram accepts them. */
function resolveInputFile(kind: MediaKind, input: unknown, files: FileStore): ResolvedFile {
  if (isUploadedFile(input)) {
    const stored = files.register({
      kind,
      fileName: input.fileName,
      size: input.size,
      data: input.data,
    });
    return { stored, fileName: input.fileName };
  }
  if (typeof input !== "string" || input === "")
    throw badRequest(`there is no ${kind} in the request`);
  const known = files.get(input);
  if (known !== undefined) return { stored: known, fileName: undefined };
  if (/^https?:\/\//.test(input)) {
    const fileName = new URL(input).pathname.split("/").pop() || undefined;
    return { stored: files.register({ kind, ...(fileName ? { fileName } : {}) }), fileName };
  }
  throw badRequest("wrong file identifier/HTTP URL specified");
}

/** The Message fields describing a sent file, e.g. `{ document: {...} }`. */
export function mediaContent(kind: MediaKind, input: unknown, files: FileStore): Partial<Message> {
  const { stored, fileName } = resolveInputFile(kind, input, files);
  const ids = {
    file_id: stored.fileId,
    file_unique_id: stored.fileUniqueId,
    ...(stored.size === undefined ? {} : { file_size: stored.size }),
  };
  const named =
    fileName === undefined ? {} : { file_name: fileName, mime_type: guessMimeType(fileName) };
  switch (kind) {
    case "photo":
      return { photo: photoSizes(ids, files) };
    case "document":
      return { document: { ...ids, ...named } };
    case "audio":
      return { audio: { ...ids, ...named, duration: 0 } };
    case "video":
      return { video: { ...ids, ...named, width: 1280, height: 720, duration: 0 } };
    case "animation":
      return { animation: { ...ids, ...named, width: 480, height: 270, duration: 0 } };
    case "voice":
      return { voice: { ...ids, mime_type: "audio/ogg", duration: 0 } };
    case "video_note":
      return { video_note: { ...ids, length: 240, duration: 0 } };
    case "sticker":
      return {
        sticker: {
          ...ids,
          type: "regular",
          width: 512,
          height: 512,
          is_animated: false,
          is_video: false,
        },
      };
  }
}

// Telegram returns several sizes, smallest first; bots usually take the last.
function photoSizes(original: Omit<PhotoSize, "width" | "height">, files: FileStore): PhotoSize[] {
  const thumbnail = files.register({ kind: "photo" });
  return [
    { file_id: thumbnail.fileId, file_unique_id: thumbnail.fileUniqueId, width: 90, height: 68 },
    { ...original, width: 1280, height: 960 },
  ];
}
