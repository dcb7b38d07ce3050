import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createDatabase, type Database } from "../../src/db/client.ts";

export interface TestDatabase extends Database {
  url: string;
  /** Disconnects and deletes the file. */
  destroy(): Promise<void>;
}

/** A fresh, migrated SQLite file of the test's own. */
export function createTestDatabase(): TestDatabase {
  const dir = mkdtempSync(join(tmpdir(), "msoko-test-"));
  const url = `file:${join(dir, "test.db")}`;
  const db = createDatabase(url);
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
