import { spawn, spawnSync } from "node:child_process";
import {
  accessSync,
  constants,
  existsSync,
  mkdirSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync,
} from "node:fs";
import { basename, dirname, join } from "node:path";
import BetterSqlite3 from "better-sqlite3";
import { databaseKind, sqlitePath } from "./client.ts";
import { parsePostgresUrl } from "./postgres/open-postgres.ts";

/** Where Debian and Ubuntu put PostgreSQL's programs when they are not on PATH. */
const POSTGRES_LIB = "/usr/lib/postgresql";

export type BackupResult =
  | { ok: true; file: string; bytes: number }
  | { ok: false; reason: "exists"; file: string }
  | { ok: false; reason: "pg-dump-missing" }
  | { ok: false; reason: "pg-dump-failed"; message: string };

export interface BackupOptions {
  /** Replace an existing file. */
  force?: boolean;
  /** pg_dump to run; found on PATH or under /usr/lib/postgresql when not given (null: none). */
  pgDump?: string | null;
}

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/**
 * A PostgreSQL client program (`pg_dump`, `pg_restore`): the one on PATH, else the newest under
 * /usr/lib/postgresql/<version>/bin; null when there is none.
 */
export function findPostgresTool(name: string): string | null {
  if (!spawnSync(name, ["--version"], { stdio: "ignore" }).error) return name;
  if (!existsSync(POSTGRES_LIB)) return null;
  const versions = readdirSync(POSTGRES_LIB)
    .filter((entry) => /^\d+(\.\d+)?$/.test(entry))
    .sort((a, b) => Number(b) - Number(a));
  for (const version of versions) {
    const candidate = join(POSTGRES_LIB, version, "bin", name);
    if (isExecutable(candidate)) return candidate;
  }
  return null;
}

/**
 * Writes a consistent copy of the database while the app keeps running: for SQLite a copy of the
 * file through SQLite's online backup (WAL lets it read beside the app's writes), for PostgreSQL
 * `pg_dump --format=custom` of the URL's schema (restore with `pg_restore`). The copy is written
 * beside `file` under a temporary name and renamed when complete, so a failed backup leaves no
 * half-written file and never spoils an earlier one.
 */
export async function backupDatabase(
  url: string,
  file: string,
  options: BackupOptions = {},
): Promise<BackupResult> {
  if (existsSync(file) && !options.force) return { ok: false, reason: "exists", file };
  mkdirSync(dirname(file), { recursive: true });
  const partial = join(dirname(file), `.${basename(file)}.${process.pid}.partial`);
  try {
    if (databaseKind(url) === "postgresql") {
      const pgDump = options.pgDump === undefined ? findPostgresTool("pg_dump") : options.pgDump;
      if (!pgDump) return { ok: false, reason: "pg-dump-missing" };
      const failure = await dumpPostgres(pgDump, url, partial);
      if (failure !== null) return { ok: false, reason: "pg-dump-failed", message: failure };
    } else {
      const source = new BetterSqlite3(sqlitePath(url), { readonly: true, fileMustExist: true });
      try {
        await source.backup(partial);
      } finally {
        source.close();
      }
    }
    renameSync(partial, file);
    return { ok: true, file, bytes: statSync(file).size };
  } finally {
    rmSync(partial, { force: true });
  }
}

/** Runs pg_dump into `file`; null when it succeeded, else what it said. */
function dumpPostgres(pgDump: string, url: string, file: string): Promise<string | null> {
  const target = parsePostgresUrl(url);
  // The password goes through the child's environment (the inherited one plus PGPASSWORD), not
  // the command line other users of the machine can read.
  const connection = new URL(target.connectionString);
  const password = decodeURIComponent(connection.password);
  connection.password = "";
  const env = { ...process.env, ...(password ? { PGPASSWORD: password } : {}) };
  return new Promise((resolve) => {
    const child = spawn(
      pgDump,
      [
        "--format=custom",
        `--schema=${target.schema}`,
        `--file=${file}`,
        `--dbname=${connection.toString()}`,
      ],
      { env, stdio: ["ignore", "ignore", "pipe"] },
    );
    let stderr = "";
    child.stderr.setEncoding("utf8");
    child.stderr.on("data", (chunk: string) => {
      stderr += chunk;
    });
    child.on("error", (error) => resolve(error.message));
    child.on("close", (code, signal) => {
      if (code === 0) resolve(null);
      else resolve(stderr.trim() || `pg_dump exited with ${code ?? signal}`);
    });
  });
}
