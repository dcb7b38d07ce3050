import { execFileSync } from "node:child_process";
import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { DatabaseKind } from "./client.ts";
import { MIGRATIONS_DIR } from "./migrate.ts";
import { postgresSchema, SCHEMA_PATH } from "./schema-variants.ts";

const SNAPSHOT = "schema.prisma";

/**
 * Writes the next migration: for SQLite and for PostgreSQL, the SQL that takes the schema of the
 * newest migration (each keeps a snapshot of prisma/schema.prisma) to the current one. Uses
 * `prisma migrate diff`, which works offline; `prisma migrate dev` does not
 * (shared/MACHINE-FACTS.md). Returns null when nothing changed.
 */
export function authorMigration(name: string, dir = MIGRATIONS_DIR): string | null {
  if (!/^[a-z0-9_]+$/.test(name))
    throw new Error("A migration name is lower-case letters, digits and _, e.g. add_orders");
  const existing = readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
  const last = existing.at(-1);
  const from = last ? join(dir, last, SNAPSHOT) : null;
  const sqlite = diffScript("sqlite", from, SCHEMA_PATH);
  if (!/\b(CREATE|ALTER|DROP|INSERT|PRAGMA)\b/.test(sqlite)) return null;
  const postgresql = diffScript("postgresql", from, SCHEMA_PATH);
  const number = String(existing.length + 1).padStart(4, "0");
  const folder = join(dir, `${number}_${name}`);
  mkdirSync(folder);
  writeFileSync(join(folder, "sqlite.sql"), sqlite);
  writeFileSync(join(folder, "postgresql.sql"), postgresql);
  copyFileSync(SCHEMA_PATH, join(folder, SNAPSHOT));
  return folder;
}

/**
 * The SQL script from one schema file (null: an empty database) to another, for one database.
 * The schema files name SQLite; for PostgreSQL their provider is swapped in a scratch folder.
 */
export function diffScript(kind: DatabaseKind, from: string | null, to: string): string {
  const scratch = mkdtempSync(join(tmpdir(), "msoko-diff-"));
  try {
    const variant = (path: string, label: string) => {
      if (kind === "sqlite") return path;
      const target = join(scratch, `${label}.prisma`);
      writeFileSync(target, postgresSchema(readFileSync(path, "utf8")));
      return target;
    };
    const fromArgs = from ? ["--from-schema-datamodel", variant(from, "from")] : ["--from-empty"];
    const sql = execFileSync(
      "npx",
      [
        "prisma",
        "migrate",
        "diff",
        ...fromArgs,
        "--to-schema-datamodel",
        variant(to, "to"),
        "--script",
      ],
      { encoding: "utf8", stdio: ["ignore", "pipe", "inherit"] },
    );
    // Tables live in the schema the connection's search_path names (tests use one schema each),
    // so PostgreSQL scripts must not pin them to "public".
    return kind === "postgresql" ? sql.replaceAll('"public".', "") : sql;
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}
