import { readFileSync } from "node:fs";
import { join } from "node:path";

/** The one source of truth for the data model; it names SQLite, the embedded default. */
export const SCHEMA_PATH = join(import.meta.dirname, "../../prisma/schema.prisma");

/**
 * The same data model for PostgreSQL: only the datasource's provider and url and the generated
 * client's folder differ. Prisma generates one client per provider, and its schema diff needs the
 * provider in the file, so every PostgreSQL artefact (client, migration SQL) is made from this text.
 */
export function postgresSchema(
  sqliteSchema: string,
  clientOutput = "../src/db/generated-pg",
): string {
  const swapped = sqliteSchema
    .replace(/provider\s*=\s*"sqlite"/, 'provider = "postgresql"')
    .replace(/url\s*=\s*"file:[^"]*"/, 'url      = "postgresql://localhost:5432/msoko"')
    .replace(/output\s*=\s*"[^"]*"/, `output       = "${clientOutput}"`);
  if (!swapped.includes('provider = "postgresql"') || !swapped.includes("postgresql://"))
    throw new Error("prisma/schema.prisma no longer has the sqlite datasource this expects");
  return swapped;
}

export function readPostgresSchema(path = SCHEMA_PATH): string {
  return postgresSchema(readFileSync(path, "utf8"));
}
