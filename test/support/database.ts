import { copyFileSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createDatabase, type Database } from "../../src/db/client.ts";
import { applyMigrations } from "../../src/db/migrate.ts";

export interface TestDatabase extends Database {
  url: string;
  /** Disconnects and deletes the file. */
  destroy(): Promise<void>;
}

let migratedTemplate: string | undefined;

/** An empty database with every migration applied, made once per test process. */
function migratedFile(): string {
  if (migratedTemplate === undefined) {
    const dir = mkdtempSync(join(tmpdir(), "msoko-migrated-"));
    process.once("exit", () => rmSync(dir, { recursive: true, force: true }));
    migratedTemplate = join(dir, "migrated.db");
    applyMigrations(migratedTemplate);
  }
  return migratedTemplate;
}

/** A fresh, migrated SQLite file of the test's own (a copy of a template migrated once). */
export function createTestDatabase(): TestDatabase {
  const dir = mkdtempSync(join(tmpdir(), "msoko-test-"));
  const path = join(dir, "test.db");
  copyFileSync(migratedFile(), path);
  const url = `file:${path}`;
  const db = createDatabase(url);
  // A no-op on the copy; kept so the file is checked like any database the app opens.
  db.migrate();
  return {
    ...db,
    url,
    async destroy() {
      await db.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
