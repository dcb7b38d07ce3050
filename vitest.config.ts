import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // Each file runs the real bot, server or browser on its own database; two cores here.
    pool: "forks",
    testTimeout: 20_000,
    hookTimeout: 30_000,
  },
});
