import pg from "pg";

/**
 * The PostgreSQL server the tests use: TEST_POSTGRES_URL, or the one these machines run
 * (127.0.0.1:5432, trust auth, database `test`). Each test gets a schema of its own in it.
 */
export const TEST_POSTGRES_URL =
  process.env.TEST_POSTGRES_URL ?? "postgresql://postgres@127.0.0.1:5432/test";

/** Schemas the tests make start with this, so a run can clear what a killed run left. */
export const TEST_SCHEMA_PREFIX = "msoko_t_";

let counter = 0;

/** A schema name no other test process uses: prefix, process id, a counter and a random tail. */
export function newSchemaName(): string {
  counter += 1;
  const random = Math.random().toString(36).slice(2, 8);
  return `${TEST_SCHEMA_PREFIX}${process.pid}_${counter}_${random}`;
}

/** The test server's URL with `?schema=`: the app keeps its tables there. */
export function schemaUrl(schema: string, base = TEST_POSTGRES_URL): string {
  const url = new URL(base);
  url.searchParams.set("schema", schema);
  return url.toString();
}

/** Runs statements as the administrator on one short-lived connection. */
export async function withAdminClient<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: TEST_POSTGRES_URL });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

export function dropSchema(schema: string): Promise<void> {
  return withAdminClient(async (client) => {
    await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
  });
}

/** Whether the test server answers; the reason when it does not. */
export async function postgresReachable(): Promise<{ ok: true } | { ok: false; reason: string }> {
  try {
    await withAdminClient((client) => client.query("SELECT 1"));
    return { ok: true };
  } catch (error) {
    return { ok: false, reason: error instanceof Error ? error.message : String(error) };
  }
}
