import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { createDatabase } from "../src/db/client.ts";
import { TEST_TOKEN } from "./support/bot-harness.ts";
import { testDatabaseKind } from "./support/database.ts";
import { type FakeBotApi, startFakeBotApi } from "./support/fake-bot-api.ts";
import { dropSchema, newSchemaName, schemaUrl } from "./support/postgres-admin.ts";
import { freePort, runCli, type SpawnedApp, spawnApp, waitForHttp } from "./support/spawn-app.ts";
import { createUser } from "./support/telegram-updates.ts";

const cleanups: Array<() => unknown> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), "msoko-main-"));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** An empty database of this run's kind, for `npm start` to migrate and fill. */
function emptyDatabaseUrl(dir: string): string {
  if (testDatabaseKind() === "sqlite") return `file:${join(dir, "msoko.db")}`;
  const schema = newSchemaName();
  cleanups.push(() => dropSchema(schema));
  return schemaUrl(schema);
}

const onSqlite = testDatabaseKind() === "sqlite";

function started(app: SpawnedApp): SpawnedApp {
  cleanups.push(() => app.stop("SIGKILL"));
  return app;
}

describe("npm start", () => {
  it.runIf(onSqlite)(
    "with no configuration serves /healthz on SQLite, explains how to get a token and stops cleanly",
    async () => {
      const dir = tempDir();
      const port = await freePort();
      const app = started(
        spawnApp({ PORT: String(port), DATABASE_URL: `file:${join(dir, "msoko.db")}` }),
      );
      const response = await waitForHttp(`http://127.0.0.1:${port}/healthz`, app);
      expect(response.status).toBe(200);
      expect(await response.json()).toMatchObject({ status: "ok", database: "ok" });
      expect(app.stderr()).toContain("@BotFather");
      expect(app.stderr()).toContain("/newbot");

      // The catalog was loaded on first start.
      const db = createDatabase(`file:${join(dir, "msoko.db")}`);
      expect(await db.prisma.direction.count()).toBe(9);
      await db.close();

      expect(await app.stop("SIGTERM")).toBe(0);
      expect(app.stdout()).toContain('"msg":"stopped"');
    },
    90_000,
  );

  it.runIf(onSqlite)(
    "refuses a bad variable with one line naming it",
    async () => {
      const app = started(spawnApp({ PORT: "http", DATABASE_URL: "file::memory:" }));
      expect(await app.exited).toBe(1);
      expect(app.stderr()).toContain(
        'PORT: expected a port number between 1 and 65535 (got "http")',
      );
    },
    90_000,
  );

  it("with a token runs the bot: a CLI invite brings a coordinator in", async () => {
    const fake: FakeBotApi = await startFakeBotApi();
    cleanups.push(() => fake.close());
    const dir = tempDir();
    const port = await freePort();
    const env = {
      PORT: String(port),
      DATABASE_URL: emptyDatabaseUrl(dir),
      BOT_TOKEN: TEST_TOKEN,
      TELEGRAM_API_ROOT: fake.apiRoot,
    };
    const app = started(spawnApp(env));
    await waitForHttp(`http://127.0.0.1:${port}/healthz`, app);
    await fake.waitForLongPoll();

    const db = createDatabase(env.DATABASE_URL);
    cleanups.push(() => db.close());
    await db.prisma.municipality.create({
      data: { code: "ishimbay", name: "Ишимбайский район", timezone: "Asia/Yekaterinburg" },
    });
    const cli = await runCli(["invite", "--role", "coordinator", "--municipality", "ishimbay"], {
      ...env,
      CWD: dir,
    });
    expect(cli.code, cli.stderr).toBe(0);
    const code = /start=([A-Za-z0-9_-]{24})/.exec(cli.stdout)?.[1];
    expect(code).toBeDefined();

    const coordinator = createUser({ id: 777, firstName: "Анна" });
    const mark = fake.mark();
    fake.sendText(coordinator, `/start ${code}`);
    const welcome = await fake.waitForCall(
      "sendMessage",
      (c) => c.payload.chat_id === coordinator.id,
      { after: mark },
    );
    expect(String(welcome.payload.text)).toContain("Вы подключены к МСОКО: Координатор");

    expect(await app.stop("SIGTERM")).toBe(0);
  }, 90_000);
});
