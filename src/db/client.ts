import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import type BetterSqlite3 from "better-sqlite3";
import { type Prisma, PrismaClient } from "./generated/client.ts";
import { applyMigrations, type MigrationReport } from "./migrate.ts";
import { createSqlConnection, type SqlConnection } from "./sql-connection.ts";

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

export interface Database {
  prisma: PrismaClient;
  /** The same connection without Prisma, for the guided form's per-step statements. */
  sql: SqlConnection;
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
  const shared = sharedConnectionAdapter(
    new PrismaBetterSQLite3({ url: location, timeout: BUSY_TIMEOUT_MS }),
  );
  const prisma = new PrismaClient({ adapter: shared.adapter });
  const sql = createSqlConnection(async () => {
    await prisma.$connect();
    return shared.connection();
  }, shared.onTransactionEnd);
  return {
    prisma,
    sql,
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

type AdapterFactory = NonNullable<Prisma.PrismaClientOptions["adapter"]>;
type Adapter = Awaited<ReturnType<AdapterFactory["connect"]>>;
type Transaction = Awaited<ReturnType<Adapter["startTransaction"]>>;

/**
 * Prisma's better-sqlite3 adapter opens one connection and keeps it as its `client`; this hands
 * that connection to SqlConnection and reports the end of every Prisma transaction, so direct
 * statements never run inside one.
 */
function sharedConnectionAdapter(factory: PrismaBetterSQLite3) {
  let connection: BetterSqlite3.Database | undefined;
  const listeners: Array<() => void> = [];
  const ended = () => {
    for (const listener of listeners) listener();
  };
  const adapter: AdapterFactory = {
    provider: factory.provider,
    adapterName: factory.adapterName,
    connect: async () => {
      const opened = await factory.connect();
      const client = (opened as unknown as { client?: BetterSqlite3.Database }).client;
      // An implementation detail of the adapter (pinned at 6.19.3 in package.json): say so loudly
      // if an upgrade changes it, rather than failing later on an undefined connection.
      if (typeof client?.prepare !== "function")
        throw new Error(
          "@prisma/adapter-better-sqlite3 no longer exposes its connection as `client`; " +
            "keep it at the version in package.json or update sharedConnectionAdapter in src/db/client.ts",
        );
      connection = client;
      const start = opened.startTransaction.bind(opened);
      opened.startTransaction = async (isolationLevel) => {
        const transaction: Transaction = await start(isolationLevel);
        const commit = transaction.commit.bind(transaction);
        const rollback = transaction.rollback.bind(transaction);
        transaction.commit = async () => {
          await commit();
          ended();
        };
        transaction.rollback = async () => {
          await rollback();
          ended();
        };
        return transaction;
      };
      return opened;
    },
  };
  return {
    adapter,
    connection: () => {
      if (!connection) throw new Error("Prisma has not opened the SQLite connection yet");
      return connection;
    },
    onTransactionEnd: (listener: () => void) => listeners.push(listener),
  };
}
