import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "./generated/client.ts";
import { applyMigrations, type MigrationReport } from "./migrate.ts";

export type Db = PrismaClient;

export interface Database {
  prisma: Db;
  /** `sqlite` now; `postgresql` comes with its own adapter and migrations. */
  kind: "sqlite";
  /** A filesystem path for SQLite, for logs and backups. */
  location: string;
  migrate(): MigrationReport;
  close(): Promise<void>;
}

/** Milliseconds a writer waits for a lock before SQLite gives up with SQLITE_BUSY. */
const BUSY_TIMEOUT_MS = 5000;

/**
 * Opens the database named by a `file:` URL (relative paths are relative to the working
 * directory). Creates the file's folder; does not migrate — call `migrate()`.
 */
export function createDatabase(url: string): Database {
  const location = sqlitePath(url);
  if (location !== ":memory:") mkdirSync(dirname(location), { recursive: true });
  const adapter = new PrismaBetterSQLite3({ url: location, timeout: BUSY_TIMEOUT_MS });
  const prisma = new PrismaClient({ adapter });
  return {
    prisma,
    kind: "sqlite",
    location,
    migrate: () => applyMigrations(location),
    close: () => prisma.$disconnect(),
  };
}

/** `file:./data/x.db` → `./data/x.db`; a bare path is accepted as is. */
export function sqlitePath(url: string): string {
  return url.startsWith("file:") ? url.slice("file:".length) : url;
}
