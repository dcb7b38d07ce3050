import { mkdir } from "node:fs/promises";
import { dirname, join } from "node:path";
import QRCode from "qrcode";
import type { CliContext } from "./command.ts";

/**
 * Where an invite's QR code goes by default: an `invites` folder in the database's files folder
 * (beside the SQLite file), so `file:./data/msoko.db` gives `./data/invites/invite-<id>.png` and
 * each test keeps its own.
 */
export function defaultQrPath(ctx: Pick<CliContext, "db">, inviteId: number): string {
  return join(ctx.db.filesDir, "invites", `invite-${inviteId}.png`);
}

/** Writes the link as a PNG QR code (creating the folder) and returns the path. */
export async function writeQrCode(path: string, link: string): Promise<string> {
  await mkdir(dirname(path), { recursive: true });
  // Medium error correction and a wide margin survive printing on paper and phone cameras.
  await QRCode.toFile(path, link, {
    type: "png",
    errorCorrectionLevel: "M",
    margin: 4,
    width: 512,
  });
  return path;
}
