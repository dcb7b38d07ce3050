import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { testDatabaseKind } from "./support/database.ts";
import { freePort, runCli, type SpawnedApp, spawnApp, waitForHttp } from "./support/spawn-app.ts";

const cleanups: Array<() => unknown> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

function started(app: SpawnedApp): SpawnedApp {
  cleanups.push(() => app.stop("SIGKILL"));
  return app;
}

/** `npm start` on `databaseUrl`, answering /healthz. */
async function serving(databaseUrl: string): Promise<SpawnedApp> {
  const port = await freePort();
  const app = started(spawnApp({ PORT: String(port), DATABASE_URL: databaseUrl }));
  expect((await waitForHttp(`http://127.0.0.1:${port}/healthz`, app)).status).toBe(200);
  return app;
}

describe.runIf(testDatabaseKind() === "sqlite")("one instance per SQLite file", () => {
  it("refuses a second instance in one line, lets the CLI work, and starts again after a kill -9", async () => {
    const dir = mkdtempSync(join(tmpdir(), "msoko-single-"));
    cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
    const file = join(dir, "msoko.db");
    const url = `file:${file}`;
    const first = await serving(url);

    const second = started(spawnApp({ PORT: String(await freePort()), DATABASE_URL: url }));
    // "close", not "exit": by then everything it printed has arrived.
    const closed = new Promise((resolve) => second.child.once("close", resolve));
    expect(await closed).toBe(1);
    const lines = second.stderr().trim().split("\n");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(file);
    expect(lines[0]).toContain(`(pid ${first.child.pid})`);
    expect(lines[0]).toContain("PostgreSQL (DATABASE_URL=postgresql://…)");

    // Administrator commands share the database with the running server.
    const cli = await runCli(["migrate"], { DATABASE_URL: url });
    expect(cli.code).toBe(0);

    // A killed instance leaves no lock behind: the operating system drops it with the process.
    expect(await first.stop("SIGKILL")).toBe(null);
    const third = await serving(url);
    expect(await third.stop("SIGTERM")).toBe(0);
  }, 90_000);
});
