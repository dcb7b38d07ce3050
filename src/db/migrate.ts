import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import Sqlite from "better-sqlite3";
import type pg from "pg";

/**
 * Where the checked-in migrations live: one folder per migration holding `sqlite.sql`,
 * `postgresql.sql` (the same change for each database) and `schema.prisma` (the model after it).
 */
export const MIGRATIONS_DIR = join(import.meta.dirname, "../../prisma/migrations");

export interface Migration {
  name: string;
  sqlite: string;
  postgresql: string;
}

export interface MigrationReport {
  applied: string[];
  alreadyApplied: number;
}

export function readMigrations(dir = MIGRATIONS_DIR): Migration[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()
    .map((name) => ({
      name,
      sqlite: readFileSync(join(dir, name, "sqlite.sql"), "utf8"),
      postgresql: readFileSync(join(dir, name, "postgresql.sql"), "utf8"),
    }));
}

/**
 * Applies pending migrations to a SQLite file, each in its own transaction, and records them in
 * `_migrations`. Prisma's own `migrate deploy` is not used: it needs the schema engine, which
 * cannot run offline for every database this project supports (shared/MACHINE-FACTS.md).
 * Also switches the file to WAL so readers never wait for the writer.
 */
export function applySqliteMigrations(
  path: string,
  migrations = readMigrations(),
): MigrationReport {
  const db = new Sqlite(path);
  try {
    db.pragma("journal_mode = WAL");
    db.pragma("busy_timeout = 5000");
    db.exec(
      'CREATE TABLE IF NOT EXISTS "_migrations" (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)',
    );
    const done = new Set(
      db
        .prepare('SELECT name FROM "_migrations"')
        .all()
        .map((row) => (row as { name: string }).name),
    );
    const record = db.prepare('INSERT INTO "_migrations" (name, applied_at) VALUES (?, ?)');
    const applied: string[] = [];
    for (const migration of migrations) {
      if (done.has(migration.name)) continue;
      db.transaction(() => {
        db.exec(migration.sqlite);
        record.run(migration.name, new Date().toISOString());
      })();
      applied.push(migration.name);
    }
    return { applied, alreadyApplied: done.size };
  } finally {
    db.close();
  }
}

/**
 * Applies pending migrations to the schema a pool's connections use (their search_path), each in
 * its own transaction. Prisma's `migrate deploy` through the pg adapter fails on PostgreSQL 15 here
 * (shared/MACHINE-FACTS.md). Instances that start together take turns on an advisory lock, so each
 * migration runs once; the lock is per schema, so tests in separate schemas never wait on each other.
 */
export async function applyPostgresMigrations(
  pool: pg.Pool,
  schema: string,
  migrations = readMigrations(),
): Promise<MigrationReport> {
  const client = await pool.connect();
  try {
    // The lock comes first: CREATE SCHEMA IF NOT EXISTS itself fails when two run at once.
    await client.query("SELECT pg_advisory_lock(hashtextextended($1, 0))", [
      `msoko:migrate:${schema}`,
    ]);
    try {
      await client.query(`CREATE SCHEMA IF NOT EXISTS "${schema}"`);
      await client.query(
        'CREATE TABLE IF NOT EXISTS "_migrations" (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)',
      );
      const done = new Set(
        (await client.query<{ name: string }>('SELECT name FROM "_migrations"')).rows.map(
          (row) => row.name,
        ),
      );
      const applied: string[] = [];
      for (const migration of migrations) {
        if (done.has(migration.name)) continue;
        await client.query("BEGIN");
        try {
          // No parameters: the simple query protocol runs the file's several statements at once.
          await client.query(migration.postgresql);
          await client.query('INSERT INTO "_migrations" (name, applied_at) VALUES ($1, $2)', [
            migration.name,
            new Date().toISOString(),
          ]);
          await client.query("COMMIT");
        } catch (error) {
          await client.query("ROLLBACK");
          throw new Error(`Migration ${migration.name} failed on PostgreSQL: ${String(error)}`, {
            cause: error,
          });
        }
        applied.push(migration.name);
      }
      return { applied, alreadyApplied: done.size };
    } finally {
      await client.query("SELECT pg_advisory_unlock(hashtextextended($1, 0))", [
        `msoko:migrate:${schema}`,
      ]);
    }
  } finally {
    client.release();
  }
}
