import { copyFileSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createDatabase, type Database, type DatabaseKind } from "../../src/db/client.ts";
import { applySqliteMigrations } from "../../src/db/migrate.ts";
import { dropSchema, newSchemaName, schemaUrl } from "./postgres-admin.ts";

export interface TestDatabase extends Database {
  url: string;
  /** Disconnects and deletes the file or drops the schema. */
  destroy(): Promise<void>;
}

/**
 * The database this test run is for: vitest's `postgresql` project sets TEST_DATABASE, every
 * other run uses SQLite (vitest.config.ts).
 */
export function testDatabaseKind(): DatabaseKind {
  return process.env.TEST_DATABASE === "postgresql" ? "postgresql" : "sqlite";
}

let migratedTemplate: string | undefined;
let nextSchema: Promise<string> | undefined;

/** A new schema with every migration applied, by the app's own migrator. */
async function migratedSchema(): Promise<string> {
  const schema = newSchemaName();
  const db = createDatabase(schemaUrl(schema));
  try {
    await db.migrate();
  } finally {
    await db.close();
  }
  return schema;
}

/**
 * A migrated schema for this test; the next test's is migrated meanwhile, so the ~0.2 s of DDL
 * runs beside a test instead of before it.
 */
async function takeMigratedSchema(): Promise<string> {
  const schema = await (nextSchema ?? migratedSchema());
  nextSchema = migratedSchema();
  // A failure surfaces when the next test takes it, not as an unhandled rejection now.
  nextSchema.catch(() => {});
  return schema;
}

/** An empty SQLite file with every migration applied, made once per test process. */
function migratedFile(): string {
  if (migratedTemplate === undefined) {
    const dir = mkdtempSync(join(tmpdir(), "msoko-migrated-"));
    process.once("exit", () => rmSync(dir, { recursive: true, force: true }));
    migratedTemplate = join(dir, "migrated.db");
    applySqliteMigrations(migratedTemplate);
  }
  return migratedTemplate;
}

/**
 * A fresh, migrated database of the test's own: on SQLite a copy of a template migrated once per
 * process, on PostgreSQL a new schema on the test server with every migration applied. Files the
 * app writes beside its data (QR codes) go to a temporary folder of the test's own.
 */
export async function createTestDatabase(
  kind: DatabaseKind = testDatabaseKind(),
): Promise<TestDatabase> {
  const dir = mkdtempSync(join(tmpdir(), "msoko-test-"));
  let url: string;
  let dropDatabase: () => void;
  if (kind === "postgresql") {
    const schema = await takeMigratedSchema();
    url = schemaUrl(schema);
    // Dropped while the next test runs; what a killed run leaves, the global setup drops.
    dropDatabase = () => void dropSchema(schema).catch(() => {});
  } else {
    const path = join(dir, "test.db");
    copyFileSync(migratedFile(), path);
    url = `file:${path}`;
    // The file goes with its folder.
    dropDatabase = () => {};
  }
  const db = createDatabase(url, { filesDir: dir });
  // A no-op on the migrated copy or schema; kept so it is checked like any database the app opens.
  await db.migrate();
  return {
    ...db,
    url,
    async destroy() {
      await db.close();
      rmSync(dir, { recursive: true, force: true });
      dropDatabase();
    },
  };
}
