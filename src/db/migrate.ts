import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import Sqlite from "better-sqlite3";

/** Where the checked-in migrations live: one folder per migration with a `migration.sql`. */
export const MIGRATIONS_DIR = join(import.meta.dirname, "../../prisma/migrations");

export interface Migration {
  name: string;
  sql: string;
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
    .map((name) => ({ name, sql: readFileSync(join(dir, name, "migration.sql"), "utf8") }));
}

/**
 * Applies pending migrations to a SQLite file, each in its own transaction, and records them in
 * `_migrations`. Prisma's own `migrate deploy` is not used: it needs the schema engine, which
 * cannot run offline for every database this project supports (shared/MACHINE-FACTS.md).
 * Also switches the file to WAL so readers never wait for the writer.
 */
export function applyMigrations(path: string, migrations = readMigrations()): MigrationReport {
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
        db.exec(migration.sql);
        record.run(migration.name, new Date().toISOString());
      })();
      applied.push(migration.name);
    }
    return { applied, alreadyApplied: done.size };
  } finally {
    db.close();
  }
}
