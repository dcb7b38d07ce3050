import type { Prisma, PrismaClient } from "./generated/client.ts";
import type { MigrationReport } from "./migrate.ts";
import { openPostgres } from "./postgres/open-postgres.ts";
import type { SqlConnection } from "./sql-connection.ts";
import { openSqlite } from "./sqlite/open-sqlite.ts";

export { sqlitePath } from "./sqlite/open-sqlite.ts";

/**
 * The one database handle every data-access function takes: the client, or the transaction the
 * caller already runs in. Functions that must be atomic wrap their work in {@link inTransaction}.
 */
export type Db = PrismaClient | Prisma.TransactionClient;

/**
 * Runs `work` in a transaction: a new one on the client, or the caller's own when `db` is already
 * a transaction (so data-access functions compose into one atomic change).
 */
export function inTransaction<T>(
  db: Db,
  work: (tx: Prisma.TransactionClient) => Promise<T>,
  options?: { timeout?: number },
): Promise<T> {
  if ("$transaction" in db) return db.$transaction(work, options);
  return work(db);
}

export type DatabaseKind = "sqlite" | "postgresql";

export interface Database {
  prisma: PrismaClient;
  /** Prepared statements for the hot path (see sql-connection.ts). */
  sql: SqlConnection;
  kind: DatabaseKind;
  /** A filesystem path for SQLite; the URL without its password for PostgreSQL. For logs. */
  location: string;
  /**
   * Where files the app makes (QR codes of invites) go: beside the SQLite file, or the `files`
   * option (default ./data) for PostgreSQL.
   */
  filesDir: string;
  /** Applies the checked-in migrations of this kind that are not applied yet. */
  migrate(): Promise<MigrationReport>;
  close(): Promise<void>;
}

export function databaseKind(url: string): DatabaseKind {
  return /^postgres(ql)?:\/\//.test(url) ? "postgresql" : "sqlite";
}

/**
 * Opens the database a URL names: `file:…` is the embedded SQLite file, `postgresql://…` a
 * PostgreSQL server. Does not migrate — call `migrate()`.
 */
export function createDatabase(url: string, options: { filesDir?: string } = {}): Database {
  return databaseKind(url) === "postgresql"
    ? openPostgres(url, options.filesDir ?? "./data")
    : openSqlite(url);
}
