import { extname } from "node:path";
import type { File } from "grammy/types";

export interface StoredFile {
  fileId: string;
  fileUniqueId: string;
  size: number | undefined;
  path: string;
  /** Present when the fake knows the bytes, so the bot can download them. */
  data: Buffer | undefined;
}

export interface NewFile {
  kind: string;
  fileId?: string;
  fileUniqueId?: string;
  fileName?: string;
  size?: number;
  data?: Buffer;
}

// Telegram's file_path folders, by the Message field the file appears in.
const FOLDERS: Record<string, string> = {
  photo: "photos",
  document: "documents",
  audio: "music",
  video: "videos",
  voice: "voice",
  animation: "animations",
  sticker: "stickers",
  video_note: "video_notes",
};
const DEFAULT_EXTENSIONS: Record<string, string> = {
  photo: ".jpg",
  voice: ".oga",
  audio: ".mp3",
  video: ".mp4",
  animation: ".mp4",
  video_note: ".mp4",
  sticker: ".webp",
};

/** Telegram refuses getFile for files above 20 MB. */
export const MAX_DOWNLOAD_SIZE = 20 * 1024 * 1024;

/** Files known to the fake, by file_id, for getFile and downloads. */
export class FileStore {
  private readonly files = new Map<string, StoredFile>();
  private counter = 0;

  register(file: NewFile): StoredFile {
    const number = ++this.counter;
    const extension = extname(file.fileName ?? "") || (DEFAULT_EXTENSIONS[file.kind] ?? "");
    const stored: StoredFile = {
      fileId: file.fileId ?? `fake-${file.kind}-${number}`,
      fileUniqueId: file.fileUniqueId ?? `fake-unique-${number}`,
      size: file.size ?? file.data?.length,
      path: `${FOLDERS[file.kind] ?? "documents"}/file_${number}${extension}`,
      data: file.data,
    };
    this.files.set(stored.fileId, stored);
    return stored;
  }

  get(fileId: string): StoredFile | undefined {
    return this.files.get(fileId);
  }

  byPath(path: string): StoredFile | undefined {
    for (const file of this.files.values()) if (file.path === path) return file;
    return undefined;
  }

  toTelegramFile(file: StoredFile): File {
    return {
      file_id: file.fileId,
      file_unique_id: file.fileUniqueId,
      ...(file.size === undefined ? {} : { file_size: file.size }),
      file_path: file.path,
    };
  }
}
