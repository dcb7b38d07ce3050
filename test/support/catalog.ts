import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import BetterSqlite3 from "better-sqlite3";
import { DEFAULT_CATALOG_PATH, loadCatalogFile } from "../../src/db/catalog/catalog-file.ts";
import { importCatalog } from "../../src/db/catalog/catalog-import.ts";
import { createDatabase, type Database } from "../../src/db/client.ts";

/** Tables the migrator owns: the template's copies of these are not data. */
const NOT_DATA = new Set(["_migrations"]);

let template: Promise<{ path: string; tables: string[] }> | undefined;

/** A migrated SQLite file with the catalog imported, made once per test process. */
function catalogTemplate(): Promise<{ path: string; tables: string[] }> {
  template ??= (async () => {
    const dir = mkdtempSync(join(tmpdir(), "msoko-catalog-"));
    process.once("exit", () => rmSync(dir, { recursive: true, force: true }));
    const path = join(dir, "catalog.db");
    const db = createDatabase(`file:${path}`);
    db.migrate();
    await importCatalog(db.prisma, loadCatalogFile(DEFAULT_CATALOG_PATH), { kind: "cli" });
    await db.close();
    const connection = new BetterSqlite3(path, { readonly: true });
    try {
      const names = connection
        .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
        .pluck()
        .all() as string[];
      const tables = names.filter(
        (name) =>
          !NOT_DATA.has(name) && connection.prepare(`SELECT 1 FROM "${name}" LIMIT 1`).get(),
      );
      return { path, tables };
    } finally {
      connection.close();
    }
  })();
  return template;
}

/**
 * Puts the МСОКО catalog into a test's database exactly as `importCatalog` would on an empty one.
 * The import runs once per test process; each test copies its rows (milliseconds, not a second).
 * A database that already holds catalog rows gets the real import instead.
 */
export async function loadCatalog(db: Database): Promise<void> {
  const { path, tables } = await catalogTemplate();
  const connection = new BetterSqlite3(db.location, { timeout: 5000 });
  try {
    const empty = tables.every((name) => !connection.prepare(`SELECT 1 FROM "${name}"`).get());
    if (empty) {
      // The template is consistent; rows go in table by table, not in dependency order.
      connection.pragma("foreign_keys = OFF");
      connection.prepare("ATTACH DATABASE ? AS template").run(path);
      connection.transaction(() => {
        for (const name of tables)
          connection.exec(`INSERT INTO main."${name}" SELECT * FROM template."${name}"`);
      })();
      connection.exec("DETACH DATABASE template");
      return;
    }
  } finally {
    connection.close();
  }
  await importCatalog(db.prisma, loadCatalogFile(DEFAULT_CATALOG_PATH), { kind: "cli" });
}
