import type { Db } from "./client.ts";

/** A stored file as the outbox sends it: the messenger's id when it has one, else the bytes. */
export interface FileToSend {
  id: number;
  name: string;
  telegramFileId: string | null;
  content: Uint8Array | null;
}

/**
 * The file for one send. The bytes (up to 50 MB) are read only while Telegram has no copy: once
 * uploaded, every later message of a broadcast reads just the id.
 */
export async function findFileToSend(db: Db, id: number): Promise<FileToSend | null> {
  const file = await db.storedFile.findUnique({
    where: { id },
    select: { id: true, name: true, telegramFileId: true },
  });
  if (!file) return null;
  if (file.telegramFileId) return { ...file, content: null };
  const bytes = await db.storedFile.findUnique({ where: { id }, select: { content: true } });
  return { ...file, content: bytes?.content ?? null };
}

/** Remembers the messenger's id of a file once uploaded, so later sends reuse it. */
export async function rememberTelegramFileId(db: Db, id: number, fileId: string): Promise<void> {
  await db.storedFile.updateMany({
    where: { id, telegramFileId: null },
    data: { telegramFileId: fileId },
  });
}
