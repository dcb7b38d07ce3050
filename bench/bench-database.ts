import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { parsePostgresUrl } from "../src/db/postgres/open-postgres.ts";
import { processAlive } from "../src/jobs/instance.ts";

export type BenchDatabaseKind = "sqlite" | "postgres";

/** A database made for one benchmark run: the `DATABASE_URL` to run with, then `remove()`. */
export interface BenchDatabase {
  kind: BenchDatabaseKind;
  url: string;
  /** For the report's heading. */
  label: string;
  remove(): Promise<void>;
}

/** The PostgreSQL server a `--db postgres` run makes its schema on. */
const BENCH_POSTGRES_URL =
  process.env.BENCH_POSTGRES_URL ?? "postgresql://postgres@127.0.0.1:5432/test";
const SCHEMA_PREFIX = "msoko_bench_";

/**
 * A fresh SQLite file in a temporary directory, or a fresh schema `msoko_bench_<pid>` on
 * BENCH_POSTGRES_URL. Schemas that a killed run left (their process is gone) are dropped first.
 */
export async function createBenchDatabase(kind: BenchDatabaseKind): Promise<BenchDatabase> {
  if (kind === "sqlite") {
    const dir = mkdtempSync(join(tmpdir(), "msoko-bench-"));
    return {
      kind,
      url: `file:${join(dir, "bench.db")}`,
      label: "SQLite (WAL)",
      remove: async () => rmSync(dir, { recursive: true, force: true }),
    };
  }
  const schema = `${SCHEMA_PREFIX}${process.pid}`;
  await asAdmin(async (client) => {
    await dropOrphanSchemas(client);
    await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    await client.query(`CREATE SCHEMA "${schema}"`);
  });
  const url = new URL(BENCH_POSTGRES_URL);
  url.searchParams.set("schema", schema);
  const { connectionLimit } = parsePostgresUrl(url.toString());
  return {
    kind,
    url: url.toString(),
    label: `PostgreSQL (schema ${schema}, pool of ${connectionLimit})`,
    remove: () =>
      asAdmin(async (client) => {
        await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
      }),
  };
}

async function asAdmin<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const admin = new URL(BENCH_POSTGRES_URL);
  admin.searchParams.delete("schema");
  admin.searchParams.delete("connection_limit");
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

async function dropOrphanSchemas(client: pg.Client): Promise<void> {
  const { rows } = await client.query<{ nspname: string }>(
    "SELECT nspname FROM pg_namespace WHERE starts_with(nspname, $1)",
    [SCHEMA_PREFIX],
  );
  for (const { nspname } of rows) {
    const pid = Number(nspname.slice(SCHEMA_PREFIX.length));
    if (Number.isInteger(pid) && !processAlive(pid))
      await client.query(`DROP SCHEMA IF EXISTS "${nspname}" CASCADE`);
  }
}
