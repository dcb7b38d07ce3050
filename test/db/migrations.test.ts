import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Sqlite from "better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";
import { createDatabase } from "../../src/db/client.ts";
import {
  applyPostgresMigrations,
  applySqliteMigrations,
  MIGRATIONS_DIR,
  readMigrations,
} from "../../src/db/migrate.ts";
import { diffScript } from "../../src/db/migration-author.ts";
import { createPostgresPool, parsePostgresUrl } from "../../src/db/postgres/open-postgres.ts";
import { SCHEMA_PATH } from "../../src/db/schema-variants.ts";
import { testDatabaseKind } from "../support/database.ts";
import {
  dropSchema,
  newSchemaName,
  schemaUrl,
  withAdminClient,
} from "../support/postgres-admin.ts";

const dir = mkdtempSync(join(tmpdir(), "msoko-migrations-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Tables, columns, indexes and foreign keys as SQLite reports them, ready to compare. */
function describeSqlite(path: string) {
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

/** Columns, constraints and indexes of one PostgreSQL schema, as the catalog reports them. */
async function describePostgres(schema: string) {
  return withAdminClient(async (client) => {
    const columns = await client.query(
      // By name, not position: a column added by a later migration comes last, which is harmless.
      `SELECT table_name, column_name, data_type, is_nullable, column_default
         FROM information_schema.columns
        WHERE table_schema = $1 AND table_name <> '_migrations'
        ORDER BY table_name, column_name`,
      [schema],
    );
    const constraints = await client.query(
      `SELECT rel.relname AS table_name, con.conname, pg_get_constraintdef(con.oid) AS definition
         FROM pg_constraint con
         JOIN pg_class rel ON rel.oid = con.conrelid
         JOIN pg_namespace ns ON ns.oid = rel.relnamespace
        WHERE ns.nspname = $1 AND rel.relname <> '_migrations'
        ORDER BY 1, 2`,
      [schema],
    );
    const indexes = await client.query(
      `SELECT tablename, indexname, regexp_replace(indexdef, ' ON [^ ]+ ', ' ON ') AS definition
         FROM pg_indexes WHERE schemaname = $1 AND tablename <> '_migrations' ORDER BY 1, 2`,
      [schema],
    );
    // Definitions name the schema they live in; the two schemas compared differ only by name.
    const unqualified = (rows: Array<{ definition: string }>) =>
      rows.map((row) => ({ ...row, definition: row.definition.replaceAll(`${schema}.`, "") }));
    return {
      columns: columns.rows.map((row) => ({
        ...row,
        column_default: row.column_default?.replaceAll(`${schema}.`, "") ?? null,
      })),
      constraints: unqualified(constraints.rows),
      indexes: unqualified(indexes.rows),
    };
  });
}

/** Applies migrations to a fresh schema with the app's own migrator; returns the schema. */
async function migratedSchema(migrations = readMigrations()): Promise<string> {
  const schema = newSchemaName();
  const pool = createPostgresPool(parsePostgresUrl(schemaUrl(schema)), 1);
  try {
    await applyPostgresMigrations(pool, schema, migrations);
  } finally {
    await pool.end();
  }
  return schema;
}

describe("migrations", () => {
  it("keep a snapshot of the schema with the newest migration, so the next one can be diffed", () => {
    const newest = readdirSync(MIGRATIONS_DIR).sort().at(-1) ?? "";
    expect(readFileSync(join(MIGRATIONS_DIR, newest, "schema.prisma"), "utf8")).toBe(
      readFileSync("prisma/schema.prisma", "utf8"),
    );
  });

  it("have both a SQLite and a PostgreSQL script in every folder", () => {
    for (const migration of readMigrations()) {
      expect(migration.sqlite, migration.name).toMatch(/\b(CREATE|ALTER|DROP)\b/);
      expect(migration.postgresql, migration.name).toMatch(/\b(CREATE|ALTER|DROP)\b/);
    }
  });
});

describe.runIf(testDatabaseKind() === "sqlite")("migrations on SQLite", () => {
  it("produce exactly the schema in prisma/schema.prisma", () => {
    const migrated = join(dir, "migrated.db");
    applySqliteMigrations(migrated);
    const fromSchema = join(dir, "from-schema.db");
    const db = new Sqlite(fromSchema);
    db.exec(diffScript("sqlite", null, SCHEMA_PATH));
    db.close();
    expect(describeSqlite(migrated)).toEqual(describeSqlite(fromSchema));
  });

  it("apply once: a second run applies nothing and keeps the data", () => {
    const path = join(dir, "twice.db");
    const first = applySqliteMigrations(path);
    expect(first.applied).toEqual(readMigrations().map((m) => m.name));
    const db = new Sqlite(path);
    db.prepare("INSERT INTO Region (code, name) VALUES ('02', 'Республика Башкортостан')").run();
    db.close();
    expect(applySqliteMigrations(path)).toEqual({
      applied: [],
      alreadyApplied: first.applied.length,
    });
    const again = new Sqlite(path, { readonly: true });
    expect(again.prepare("SELECT COUNT(*) AS n FROM Region").get()).toEqual({ n: 1 });
    expect(again.pragma("journal_mode", { simple: true })).toBe("wal");
    again.close();
  });
});

describe.runIf(testDatabaseKind() === "postgresql")("migrations on PostgreSQL", () => {
  it("produce exactly the schema in prisma/schema.prisma", async () => {
    const migrated = await migratedSchema();
    const expected = await migratedSchema([
      { name: "from_schema", sqlite: "", postgresql: diffScript("postgresql", null, SCHEMA_PATH) },
    ]);
    try {
      const [actual, wanted] = await Promise.all([
        describePostgres(migrated),
        describePostgres(expected),
      ]);
      expect(actual.columns.length).toBeGreaterThan(100);
      expect(actual).toEqual(wanted);
    } finally {
      await Promise.all([dropSchema(migrated), dropSchema(expected)]);
    }
  });

  it("apply once, also when two instances start at the same moment, and keep the data", async () => {
    const schema = newSchemaName();
    const url = schemaUrl(schema);
    const [a, b] = [createDatabase(url), createDatabase(url)];
    try {
      const reports = await Promise.all([a.migrate(), b.migrate()]);
      const names = readMigrations().map((m) => m.name);
      // One instance applied everything; the other waited on the lock and found nothing to do.
      expect(reports.map((r) => r.applied.length).sort()).toEqual([0, names.length]);
      await a.prisma.region.create({ data: { code: "02", name: "Республика Башкортостан" } });
      expect(await b.migrate()).toEqual({ applied: [], alreadyApplied: names.length });
      expect(await b.prisma.region.count()).toBe(1);
    } finally {
      await Promise.all([a.close(), b.close()]);
      await dropSchema(schema);
    }
  });
});
