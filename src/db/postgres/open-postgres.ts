import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import type { Database } from "../client.ts";
import type { PrismaClient } from "../generated/client.ts";
import { PrismaClient as PostgresPrismaClient } from "../generated-pg/client.ts";
import { applyPostgresMigrations } from "../migrate.ts";
import { createPostgresConnection } from "./postgres-connection.ts";

const TIMESTAMP_OID = 1114;

/** Parameters of a `postgresql://` URL that are ours (Prisma's spelling), not the driver's. */
export interface PostgresTarget {
  /** The URL the driver connects with, without our parameters. */
  connectionString: string;
  /** `?schema=` (default public): tables live there; tests use one schema each. */
  schema: string;
  /** `?connection_limit=` (default 10): connections of this process for queries. */
  connectionLimit: number;
  /** The URL with any password hidden, for logs. */
  display: string;
}

export function parsePostgresUrl(url: string): PostgresTarget {
  const parsed = new URL(url);
  const schema = parsed.searchParams.get("schema") ?? "public";
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(schema))
    throw new Error(
      `DATABASE_URL: schema "${schema}" is not a plain lower-case PostgreSQL identifier`,
    );
  const limit = Number(parsed.searchParams.get("connection_limit") ?? 10);
  parsed.searchParams.delete("schema");
  parsed.searchParams.delete("connection_limit");
  const display = new URL(parsed.toString());
  if (display.password) display.password = "***";
  return {
    connectionString: parsed.toString(),
    schema,
    connectionLimit: Number.isInteger(limit) && limit > 0 ? limit : 10,
    display: `${display.toString()}${schema === "public" ? "" : ` (schema ${schema})`}`,
  };
}

/**
 * Prisma keeps DateTime as timestamp(3) without time zone holding UTC; pg would read such a value
 * in the process's local zone. Only the direct statements' pools use this; Prisma parses its own.
 */
const types = {
  getTypeParser(oid: number, format?: "text" | "binary") {
    if (oid === TIMESTAMP_OID && format !== "binary")
      return (value: string) => new Date(`${value.replace(" ", "T")}Z`);
    return pg.types.getTypeParser(oid, format as "text");
  },
} as pg.CustomTypesConfig;

export function createPostgresPool(target: PostgresTarget, max: number): pg.Pool {
  const pool = new pg.Pool({
    connectionString: target.connectionString,
    max,
    types,
    options: `-c search_path=${target.schema}`,
  });
  // An idle connection dropped by the server is replaced on next use; it must not crash the process.
  pool.on("error", () => {});
  return pool;
}

/**
 * Opens PostgreSQL through Prisma's pg driver adapter. Prisma and the direct statements share one
 * pool; session locks use a small pool of their own. Does not migrate — call `migrate()`.
 */
export function openPostgres(url: string, filesDir: string): Database {
  const target = parsePostgresUrl(url);
  const pool = createPostgresPool(target, target.connectionLimit);
  // Session locks (withLock: start-up work such as the first catalog import) hold a connection
  // while they last; a chat's turn does not (chat-turns.ts), so two are enough.
  const lockPool = createPostgresPool(target, 2);
  const adapter = new PrismaPg(pool, { schema: target.schema });
  // Both clients come from one schema and have the same API; the SQLite client's type is the one
  // the code is written against.
  const prisma = new PostgresPrismaClient({ adapter }) as unknown as PrismaClient;
  const close = async () => {
    await prisma.$disconnect();
    await Promise.allSettled([pool.end(), lockPool.end()]);
  };
  return {
    prisma,
    sql: createPostgresConnection(pool, lockPool, close),
    kind: "postgresql",
    location: target.display,
    filesDir,
    migrate: () => applyPostgresMigrations(pool, target.schema),
    close,
  };
}
