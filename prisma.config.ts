// Prisma CLI configuration. The JavaScript schema engine with a driver adapter keeps every CLI
// command offline (see shared/MACHINE-FACTS.md): no engine binary is downloaded.
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { defineConfig } from "prisma/config";

export default defineConfig({
  schema: "prisma/schema.prisma",
  experimental: { adapter: true },
  engine: "js",
  async adapter() {
    return new PrismaBetterSQLite3({ url: process.env.PRISMA_CLI_SQLITE_URL ?? ":memory:" });
  },
});
