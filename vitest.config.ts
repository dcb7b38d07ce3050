import { availableParallelism } from "node:os";
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // Waits have no deadline of their own; a failing test prints what its waits still awaited.
    setupFiles: ["test/support/report-pending-waits.ts"],
    // Each file runs the real bot, server or browser on its own database.
    pool: "forks",
    // Vitest's default leaves one core free, which on a two-core machine runs every file in turn;
    // most files wait on I/O (HTTP to the fake Bot API, SQLite), so one worker per core is faster.
    maxWorkers: Math.max(2, availableParallelism()),
    // Files share a worker's loaded modules (grammY, Prisma, the catalog): each file still builds its
    // own database, bot and server, and nothing in src keeps module-level state.
    isolate: false,
    testTimeout: 20_000,
    hookTimeout: 30_000,
  },
});
