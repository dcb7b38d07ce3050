// Prisma CLI configuration for the PostgreSQL client (`prisma generate --config
// prisma.postgresql.config.ts`). prisma/schema.prisma names SQLite; this writes the same model with
// the postgresql provider to prisma/generated/ (not checked in) and generates src/db/generated-pg
// from it. The CLI itself runs on the JavaScript engine over an in-memory SQLite adapter: it only
// generates, and nothing is downloaded (shared/MACHINE-FACTS.md).
import { mkdirSync, writeFileSync } from "node:fs";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { defineConfig } from "prisma/config";
import { readPostgresSchema } from "./src/db/schema-variants.ts";

const derived = "prisma/generated/postgresql.prisma";
mkdirSync("prisma/generated", { recursive: true });
writeFileSync(
  derived,
  readPostgresSchema().replace("../src/db/generated-pg", "../../src/db/generated-pg"),
);

export default defineConfig({
  schema: derived,
  experimental: { adapter: true },
  engine: "js",
  async adapter() {
    return new PrismaBetterSQLite3({ url: ":memory:" });
  },
});
