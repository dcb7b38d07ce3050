import { processAlive } from "../../src/jobs/instance.ts";
import { TEST_SCHEMA_PREFIX, withAdminClient } from "./postgres-admin.ts";

/**
 * Drops the test schemas whose process has ended: what a killed run left, and at the end of a run
 * the per-process catalog templates. Schemas of other runs still going are kept.
 */
async function dropOrphanSchemas(): Promise<void> {
  await withAdminClient(async (client) => {
    const { rows } = await client.query<{ nspname: string }>(
      "SELECT nspname FROM pg_namespace WHERE starts_with(nspname, $1)",
      [TEST_SCHEMA_PREFIX],
    );
    for (const { nspname } of rows) {
      const pid = Number(nspname.slice(TEST_SCHEMA_PREFIX.length).split("_")[0]);
      if (!processAlive(pid)) await client.query(`DROP SCHEMA IF EXISTS "${nspname}" CASCADE`);
    }
  });
}

export async function setup(): Promise<void> {
  await dropOrphanSchemas();
}

export async function teardown(): Promise<void> {
  await dropOrphanSchemas();
}
