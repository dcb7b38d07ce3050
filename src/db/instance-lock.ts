import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import Sqlite from "better-sqlite3";

/** Held by the running server; `release()` lets the next one start at once. */
export interface InstanceLock {
  release(): void;
}

/** Another live process already serves this database. */
export class InstanceLockedError extends Error {
  constructor(
    readonly location: string,
    readonly pid: number | undefined,
  ) {
    super(`Another instance is already running on ${location}${pid ? ` (pid ${pid})` : ""}`);
    this.name = "InstanceLockedError";
  }
}

/**
 * One server per SQLite file: two would both poll Telegram (each stealing the other's updates)
 * and write the same file from two processes. Several instances need PostgreSQL.
 *
 * The lock is SQLite's own exclusive lock on a small side file (`<db>.instance`), held by a
 * connection in `locking_mode=EXCLUSIVE` for the life of the process. The operating system drops
 * it when the process dies, even by `kill -9`, so a crash never blocks the next start and a reused
 * pid never fools it. The database itself stays in WAL mode and unlocked, so the CLI keeps working
 * beside a running server. The pid in `<db>.instance.pid` only names the holder in the message.
 */
export function acquireInstanceLock(location: string): InstanceLock {
  if (location === ":memory:") return { release() {} };
  const lockPath = `${location}.instance`;
  const pidPath = `${lockPath}.pid`;
  mkdirSync(dirname(location), { recursive: true });
  // No busy timeout: a held lock means another instance, not a moment's wait.
  const connection = new Sqlite(lockPath, { timeout: 0 });
  try {
    // No journal file beside it: the table holds nothing worth a rollback.
    connection.pragma("journal_mode = MEMORY");
    connection.pragma("locking_mode = EXCLUSIVE");
    // The first write takes the exclusive lock; in this mode it is kept until the connection closes.
    connection.exec(`CREATE TABLE IF NOT EXISTS "holder" ("pid" INTEGER);
      DELETE FROM "holder"; INSERT INTO "holder" VALUES (${process.pid});`);
  } catch (error) {
    connection.close();
    if ((error as { code?: string }).code?.startsWith("SQLITE_BUSY"))
      throw new InstanceLockedError(location, readPid(pidPath));
    throw error;
  }
  writeFileSync(pidPath, `${process.pid}\n`);
  return {
    release() {
      rmSync(pidPath, { force: true });
      connection.close();
    },
  };
}

function readPid(path: string): number | undefined {
  try {
    const pid = Number.parseInt(readFileSync(path, "utf8"), 10);
    return Number.isSafeInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}
