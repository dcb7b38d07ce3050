import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { MIGRATIONS_DIR } from "../../src/db/migrate.ts";
import { authorMigration } from "../../src/db/migration-author.ts";
import { testDatabaseKind } from "../support/database.ts";

const dir = mkdtempSync(join(tmpdir(), "msoko-author-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// Needs no database: runs once, in the SQLite project.
describe.runIf(testDatabaseKind() === "sqlite")("npm run cli -- migration new", () => {
  it("writes nothing when the schema has not changed since the newest migration", () => {
    const copy = join(dir, "unchanged");
    cpSync(MIGRATIONS_DIR, copy, { recursive: true });
    expect(authorMigration("nothing_new", copy)).toBeNull();
    expect(readdirSync(copy)).toEqual(readdirSync(MIGRATIONS_DIR));
  });

  it("writes the change for SQLite and for PostgreSQL, with a snapshot of the schema", () => {
    const copy = join(dir, "behind");
    cpSync(MIGRATIONS_DIR, copy, { recursive: true });
    const newest = readdirSync(copy).sort().at(-1) ?? "";
    rmSync(join(copy, newest), { recursive: true });

    const folder = authorMigration("again", copy);
    expect(folder).toBe(join(copy, `${newest.slice(0, 4)}_again`));
    // The same scripts as the checked-in newest migration, which was written the same way.
    for (const file of ["sqlite.sql", "postgresql.sql", "schema.prisma"])
      expect(readFileSync(join(String(folder), file), "utf8"), file).toBe(
        readFileSync(join(MIGRATIONS_DIR, newest, file), "utf8"),
      );
    expect(existsSync(join(String(folder), "migration.sql"))).toBe(false);
  });

  it("refuses a name that is not lower-case letters, digits and _", () => {
    expect(() => authorMigration("Add Orders", dir)).toThrow(/lower-case letters/);
  });
});
