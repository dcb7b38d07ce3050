import { execFileSync } from "node:child_process";
import { copyFileSync, mkdirSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { MIGRATIONS_DIR } from "./migrate.ts";

const SCHEMA = join(import.meta.dirname, "../../prisma/schema.prisma");
const SNAPSHOT = "schema.prisma";

/**
 * Writes the next migration: the SQL that takes the schema of the newest migration (each keeps a
 * snapshot of prisma/schema.prisma) to the current one. Uses `prisma migrate diff`, which works
 * offline; `prisma migrate dev` does not (shared/MACHINE-FACTS.md). Returns null when nothing changed.
 */
export function authorMigration(name: string, dir = MIGRATIONS_DIR): string | null {
  if (!/^[a-z0-9_]+$/.test(name))
    throw new Error("A migration name is lower-case letters, digits and _, e.g. add_orders");
  const existing = readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
  const last = existing.at(-1);
  const from = last ? ["--from-schema-datamodel", join(dir, last, SNAPSHOT)] : ["--from-empty"];
  const sql = execFileSync(
    "npx",
    ["prisma", "migrate", "diff", ...from, "--to-schema-datamodel", SCHEMA, "--script"],
    { encoding: "utf8", stdio: ["ignore", "pipe", "inherit"] },
  );
  if (!/\b(CREATE|ALTER|DROP|INSERT|PRAGMA)\b/.test(sql)) return null;
  const number = String(existing.length + 1).padStart(4, "0");
  const folder = join(dir, `${number}_${name}`);
  mkdirSync(folder);
  writeFileSync(join(folder, "migration.sql"), sql);
  copyFileSync(SCHEMA, join(folder, SNAPSHOT));
  return folder;
}
