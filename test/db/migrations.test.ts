import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Sqlite from "better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";
import { applyMigrations, MIGRATIONS_DIR, readMigrations } from "../../src/db/migrate.ts";

const dir = mkdtempSync(join(tmpdir(), "msoko-migrations-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Tables, columns, indexes and foreign keys as SQLite reports them, ready to compare. */
function describeSchema(path: string) {
  const db = new Sqlite(path, { readonly: true });
  try {
    const tables = db
      .prepare(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT IN ('_migrations', 'sqlite_sequence') ORDER BY name",
      )
      .all() as Array<{ name: string }>;
    return Object.fromEntries(
      tables.map(({ name }) => [
        name,
        {
          columns: db.pragma(`table_info("${name}")`),
          foreignKeys: db.pragma(`foreign_key_list("${name}")`),
          indexes: (db.pragma(`index_list("${name}")`) as Array<{ name: string; unique: number }>)
            .map((index) => ({
              name: index.name,
              unique: index.unique,
              columns: (db.pragma(`index_info("${index.name}")`) as Array<{ name: string }>).map(
                (c) => c.name,
              ),
            }))
            .sort((a, b) => a.name.localeCompare(b.name)),
        },
      ]),
    );
  } finally {
    db.close();
  }
}

describe("migrations", () => {
  it("produce exactly the schema in prisma/schema.prisma", () => {
    const migrated = join(dir, "migrated.db");
    applyMigrations(migrated);

    const expectedSql = execFileSync(
      "npx",
      [
        "prisma",
        "migrate",
        "diff",
        "--from-empty",
        "--to-schema-datamodel",
        "prisma/schema.prisma",
        "--script",
      ],
      { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] },
    );
    const fromSchema = join(dir, "from-schema.db");
    const db = new Sqlite(fromSchema);
    db.exec(expectedSql);
    db.close();

    expect(describeSchema(migrated)).toEqual(describeSchema(fromSchema));
  });

  it("keep a snapshot of the schema with the newest migration, so the next one can be diffed", () => {
    const newest = readdirSync(MIGRATIONS_DIR).sort().at(-1) ?? "";
    expect(readFileSync(join(MIGRATIONS_DIR, newest, "schema.prisma"), "utf8")).toBe(
      readFileSync("prisma/schema.prisma", "utf8"),
    );
  });

  it("apply once: a second run applies nothing and keeps the data", () => {
    const path = join(dir, "twice.db");
    const first = applyMigrations(path);
    expect(first.applied).toEqual(readMigrations().map((m) => m.name));
    const db = new Sqlite(path);
    db.prepare("INSERT INTO Region (code, name) VALUES ('02', 'Республика Башкортостан')").run();
    db.close();
    expect(applyMigrations(path)).toEqual({ applied: [], alreadyApplied: first.applied.length });
    const again = new Sqlite(path, { readonly: true });
    expect(again.prepare("SELECT COUNT(*) AS n FROM Region").get()).toEqual({ n: 1 });
    expect(again.pragma("journal_mode", { simple: true })).toBe("wal");
    again.close();
  });
});
