import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import BetterSqlite3 from "better-sqlite3";
import { DEFAULT_CATALOG_PATH, loadCatalogFile } from "../../src/db/catalog/catalog-file.ts";
import { importCatalog } from "../../src/db/catalog/catalog-import.ts";
import { createDatabase, type Database } from "../../src/db/client.ts";
import { newSchemaName, schemaUrl, withAdminClient } from "./postgres-admin.ts";

/** Tables the migrator owns: the template's copies of these are not data. */
const NOT_DATA = new Set(["_migrations"]);

interface Template {
  /** The SQLite file, or the PostgreSQL schema, holding the imported catalog. */
  source: string;
  /** Tables with catalog rows. */
  tables: string[];
}

const templates = new Map<Database["kind"], Promise<Template>>();

/** A migrated SQLite file with the catalog imported, made once per test process. */
async function sqliteTemplate(): Promise<Template> {
  const dir = mkdtempSync(join(tmpdir(), "msoko-catalog-"));
  process.once("exit", () => rmSync(dir, { recursive: true, force: true }));
  const path = join(dir, "catalog.db");
  const db = createDatabase(`file:${path}`);
  await db.migrate();
  await importCatalog(db.prisma, loadCatalogFile(DEFAULT_CATALOG_PATH), { kind: "cli" });
  await db.close();
  const connection = new BetterSqlite3(path, { readonly: true });
  try {
    const names = connection
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
      .pluck()
      .all() as string[];
    const tables = names.filter(
      (name) => !NOT_DATA.has(name) && connection.prepare(`SELECT 1 FROM "${name}" LIMIT 1`).get(),
    );
    return { source: path, tables };
  } finally {
    connection.close();
  }
}

/**
 * A schema with the catalog imported, made once per test process. The run's global teardown drops
 * it with every other test schema (test/support/postgres-global-setup.ts).
 */
async function postgresTemplate(): Promise<Template> {
  const schema = newSchemaName();
  const db = createDatabase(schemaUrl(schema));
  try {
    await db.migrate();
    await importCatalog(db.prisma, loadCatalogFile(DEFAULT_CATALOG_PATH), { kind: "cli" });
  } finally {
    await db.close();
  }
  const tables = await withAdminClient(async (client) => {
    const names = await client.query<{ table_name: string }>(
      "SELECT table_name FROM information_schema.tables WHERE table_schema = $1",
      [schema],
    );
    const withRows: string[] = [];
    for (const { table_name: name } of names.rows) {
      if (NOT_DATA.has(name)) continue;
      const rows = await client.query(`SELECT 1 FROM "${schema}"."${name}" LIMIT 1`);
      if (rows.rowCount) withRows.push(name);
    }
    return withRows;
  });
  return { source: schema, tables };
}

function template(kind: Database["kind"]): Promise<Template> {
  let made = templates.get(kind);
  if (!made) {
    made = kind === "postgresql" ? postgresTemplate() : sqliteTemplate();
    templates.set(kind, made);
  }
  return made;
}

/** Copies the template's rows into an empty SQLite file; false when it is not empty. */
async function copySqlite(db: Database, { source, tables }: Template): Promise<boolean> {
  const connection = new BetterSqlite3(db.location, { timeout: 5000 });
  try {
    if (tables.some((name) => connection.prepare(`SELECT 1 FROM "${name}"`).get())) return false;
    // The template is consistent; rows go in table by table, not in dependency order.
    connection.pragma("foreign_keys = OFF");
    connection.prepare("ATTACH DATABASE ? AS template").run(source);
    connection.transaction(() => {
      for (const name of tables)
        connection.exec(`INSERT INTO main."${name}" SELECT * FROM template."${name}"`);
    })();
    connection.exec("DETACH DATABASE template");
    return true;
  } finally {
    connection.close();
  }
}

/** Copies the template schema's rows into the test's empty schema; false when it is not empty. */
async function copyPostgres(db: Database, { source, tables }: Template): Promise<boolean> {
  const schema = String(
    (await db.sql.read((sql) => sql.get("SELECT current_schema() AS name")))?.name,
  );
  return withAdminClient(async (client) => {
    for (const name of tables) {
      const rows = await client.query(`SELECT 1 FROM "${schema}"."${name}" LIMIT 1`);
      if (rows.rowCount) return false;
    }
    await client.query("BEGIN");
    // Foreign keys are triggers that replica mode skips: rows go in table by table.
    await client.query("SET LOCAL session_replication_role = replica");
    for (const name of tables) {
      await client.query(`INSERT INTO "${schema}"."${name}" SELECT * FROM "${source}"."${name}"`);
      // Serial ids continue after the copied rows, as they would after a real import.
      await client.query(
        `SELECT setval(pg_get_serial_sequence($1, 'id'), (SELECT MAX(id) FROM "${schema}"."${name}"))
          WHERE pg_get_serial_sequence($1, 'id') IS NOT NULL`,
        [`"${schema}"."${name}"`],
      );
    }
    await client.query("COMMIT");
    return true;
  });
}

/**
 * Puts the МСОКО catalog into a test's database exactly as `importCatalog` would on an empty one.
 * The import runs once per test process; each test copies its rows (milliseconds, not a second).
 * A database that already holds catalog rows gets the real import instead.
 */
export async function loadCatalog(db: Database): Promise<void> {
  const made = await template(db.kind);
  const copied =
    db.kind === "postgresql" ? await copyPostgres(db, made) : await copySqlite(db, made);
  if (!copied)
    await importCatalog(db.prisma, loadCatalogFile(DEFAULT_CATALOG_PATH), { kind: "cli" });
}
