import type { Db } from "./client.ts";

/** A stored file as the outbox sends it. */
export interface FileToSend {
  id: number;
  name: string;
  telegramFileId: string | null;
  content: Uint8Array | null;
}

export async function findFileToSend(db: Db, id: number): Promise<FileToSend | null> {
  const file = await db.storedFile.findUnique({
    where: { id },
    select: { id: true, name: true, telegramFileId: true, content: true },
  });
  return file;
}

/** Remembers the messenger's id of a file once uploaded, so later sends reuse it. */
export async function rememberTelegramFileId(db: Db, id: number, fileId: string): Promise<void> {
  await db.storedFile.updateMany({
    where: { id, telegramFileId: null },
    data: { telegramFileId: fileId },
  });
}
