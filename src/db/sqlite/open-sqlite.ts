import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import type BetterSqlite3 from "better-sqlite3";
import type { Database } from "../client.ts";
import { type Prisma, PrismaClient } from "../generated/client.ts";
import { applySqliteMigrations } from "../migrate.ts";
import { type ConnectionGate, createConnectionGate } from "./connection-gate.ts";
import { createSqliteConnection } from "./sqlite-connection.ts";

/** Milliseconds a writer waits for a lock before SQLite gives up with SQLITE_BUSY. */
const BUSY_TIMEOUT_MS = 5000;

/** `file:./data/x.db` → `./data/x.db`; a bare path is accepted as is. */
export function sqlitePath(url: string): string {
  return url.startsWith("file:") ? url.slice("file:".length) : url;
}

/**
 * Opens the SQLite file named by a `file:` URL (relative paths are relative to the working
 * directory). Creates the file's folder; does not migrate — call `migrate()`.
 */
export function openSqlite(url: string): Database {
  const location = sqlitePath(url);
  if (location !== ":memory:") mkdirSync(dirname(location), { recursive: true });
  const gate = createConnectionGate();
  const shared = sharedConnectionAdapter(
    new PrismaBetterSQLite3({ url: location, timeout: BUSY_TIMEOUT_MS }),
    gate,
  );
  const prisma = new PrismaClient({ adapter: shared.adapter });
  const sql = createSqliteConnection(
    async () => {
      await prisma.$connect();
      return shared.connection();
    },
    gate,
    async () => {},
  );
  return {
    prisma,
    sql,
    kind: "sqlite",
    location,
    filesDir: location === ":memory:" ? "./data" : dirname(location),
    migrate: async () => applySqliteMigrations(location),
    close: () => prisma.$disconnect(),
  };
}

type AdapterFactory = NonNullable<Prisma.PrismaClientOptions["adapter"]>;
type Adapter = Awaited<ReturnType<AdapterFactory["connect"]>>;
type Transaction = Awaited<ReturnType<Adapter["startTransaction"]>>;

/**
 * Prisma's better-sqlite3 adapter opens one connection and keeps it as its `client`; this hands
 * that connection to the direct statements and makes Prisma take the connection gate: an
 * interactive transaction holds it from BEGIN to its end, a single statement waits while direct
 * work holds it.
 */
function sharedConnectionAdapter(factory: PrismaBetterSQLite3, gate: ConnectionGate) {
  let connection: BetterSqlite3.Database | undefined;
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
            "keep it at the version in package.json or update src/db/sqlite/open-sqlite.ts",
        );
      connection = client;
      const queryRaw = opened.queryRaw.bind(opened);
      const executeRaw = opened.executeRaw.bind(opened);
      const executeScript = opened.executeScript.bind(opened);
      opened.queryRaw = async (query) => {
        await gate.whileDirectIdle();
        return queryRaw(query);
      };
      opened.executeRaw = async (query) => {
        await gate.whileDirectIdle();
        return executeRaw(query);
      };
      opened.executeScript = async (script) => {
        await gate.whileDirectIdle();
        return executeScript(script);
      };
      const start = opened.startTransaction.bind(opened);
      opened.startTransaction = async (isolationLevel) => {
        const release = await gate.acquire("prisma-transaction");
        let transaction: Transaction;
        try {
          transaction = await start(isolationLevel);
        } catch (error) {
          release();
          throw error;
        }
        const commit = transaction.commit.bind(transaction);
        const rollback = transaction.rollback.bind(transaction);
        transaction.commit = async () => {
          try {
            await commit();
          } finally {
            release();
          }
        };
        transaction.rollback = async () => {
          try {
            await rollback();
          } finally {
            release();
          }
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
  };
}
