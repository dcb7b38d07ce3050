import { availableParallelism } from "node:os";
import { defineConfig, type TestProjectInlineConfiguration } from "vitest/config";
import { postgresReachable, TEST_POSTGRES_URL } from "./test/support/postgres-admin.ts";

/**
 * The suite runs twice: on SQLite, the embedded default, and on PostgreSQL (TEST_POSTGRES_URL, by
 * default the server these machines run on 127.0.0.1:5432). A developer without PostgreSQL gets
 * the SQLite run and one line saying so; in CI a missing PostgreSQL fails the run.
 */
async function databaseProjects(): Promise<TestProjectInlineConfiguration[]> {
  const sqlite: TestProjectInlineConfiguration = {
    extends: true,
    test: { name: "sqlite", env: { TEST_DATABASE: "sqlite" } },
  };
  const only = process.env.TEST_DATABASE;
  if (only === "sqlite") return [sqlite];
  const reachable = await postgresReachable();
  if (!reachable.ok) {
    const how = `start PostgreSQL on 127.0.0.1:5432 or set TEST_POSTGRES_URL (now ${TEST_POSTGRES_URL}), then npm test`;
    if (process.env.CI === "true" || only === "postgresql")
      throw new Error(`PostgreSQL is required for this run but not reachable: ${reachable.reason}`);
    // Vitest reads this file more than once per run; the line is said once.
    if (!process.env.MSOKO_POSTGRES_SKIP_SAID)
      console.warn(`PostgreSQL run skipped (${reachable.reason}): to run it, ${how}.`);
    process.env.MSOKO_POSTGRES_SKIP_SAID = "1";
    return [sqlite];
  }
  const postgresql: TestProjectInlineConfiguration = {
    extends: true,
    test: {
      name: "postgresql",
      env: { TEST_DATABASE: "postgresql" },
      // Pure domain logic touches no database; it runs once, in the SQLite project.
      exclude: ["test/domain/**"],
      globalSetup: ["test/support/postgres-global-setup.ts"],
    },
  };
  return only === "postgresql" ? [postgresql] : [sqlite, postgresql];
}

export default defineConfig(async () => ({
  test: {
    include: ["test/**/*.test.ts"],
    // Waits have no deadline of their own; a failing test prints what its waits still awaited.
    setupFiles: ["test/support/report-pending-waits.ts"],
    // Each file runs the real bot, server or browser on its own database.
    pool: "forks",
    // Vitest's default leaves one core free, which on a two-core machine runs every file in turn;
    // most files wait on I/O (HTTP to the fake Bot API, the database), so one worker per core is
    // faster.
    maxWorkers: Math.max(2, availableParallelism()),
    // Files share a worker's loaded modules (grammY, Prisma, the catalog): each file still builds its
    // own database, bot and server, and nothing in src keeps module-level state.
    isolate: false,
    testTimeout: 20_000,
    hookTimeout: 30_000,
    projects: await databaseProjects(),
  },
}));
