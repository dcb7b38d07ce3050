import { logBotFatherHint, type RunningBot, startBot } from "./bot/run-bot.ts";
import { ConfigError, loadConfig } from "./config.ts";
import { DEFAULT_CATALOG_PATH, loadCatalogFile } from "./db/catalog/catalog-file.ts";
import { importCatalog, isCatalogEmpty } from "./db/catalog/catalog-import.ts";
import { createDatabase, databaseKind, sqlitePath } from "./db/client.ts";
import { acquireInstanceLock, type InstanceLock, InstanceLockedError } from "./db/instance-lock.ts";
import { createTranslator, DEFAULT_LANGUAGE } from "./i18n/translator.ts";
import { startJobs } from "./jobs/index.ts";
import { newInstanceId } from "./jobs/instance.ts";
import { createLogger } from "./logger.ts";
import { createServer, startServer } from "./server/index.ts";

/** Composition root: config → logger → database → bot → server → jobs, and a clean shutdown. */
async function main(): Promise<void> {
  let config: ReturnType<typeof loadConfig>;
  try {
    config = loadConfig();
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    process.stderr.write(`${error.message}\nSee .env.example for every variable.\n`);
    process.exit(1);
  }
  const logger = createLogger(config.LOG_LEVEL);
  const translate = createTranslator();

  // One process per SQLite file; on PostgreSQL any number of instances share the database.
  let lock: InstanceLock | undefined;
  try {
    if (databaseKind(config.DATABASE_URL) === "sqlite")
      lock = acquireInstanceLock(sqlitePath(config.DATABASE_URL));
  } catch (error) {
    if (!(error instanceof InstanceLockedError)) throw error;
    const pid = error.pid === undefined ? "none" : String(error.pid);
    const line = translate(DEFAULT_LANGUAGE, "main-another-instance", {
      location: error.location,
      pid,
    });
    process.stderr.write(`${line}\n`);
    process.exit(1);
  }
  const db = createDatabase(config.DATABASE_URL);
  const migrations = await db.migrate();
  const instanceId = newInstanceId();
  logger.info({
    msg: "database ready",
    instance: instanceId,
    location: db.location,
    migrationsApplied: migrations.applied,
  });
  // Instances starting together on one PostgreSQL database import the catalog once.
  await db.sql.withLock("catalog-first-import", async () => {
    if (!(await isCatalogEmpty(db.prisma))) return;
    const report = await importCatalog(db.prisma, loadCatalogFile(DEFAULT_CATALOG_PATH), {
      kind: "system",
    });
    logger.info({
      msg: "catalog imported on first start",
      indicators: report.indicators,
      forms: report.forms,
    });
  });

  let bot: RunningBot | undefined;
  const deps = { config, logger, db, translate };
  if (config.BOT_TOKEN) bot = await startBot(config.BOT_TOKEN, deps);
  else logBotFatherHint(logger, translate(DEFAULT_LANGUAGE, "main-no-token"));

  const app = createServer({ ...deps, ...(bot?.webhook ? { webhook: bot.webhook } : {}) });
  const server = await startServer(app, { port: config.PORT, host: config.HOST });
  logger.info({ msg: "server listening", port: server.port });
  const jobs = startJobs({
    ...deps,
    instanceId,
    sender: bot?.sender,
    outboxLeaseMs: config.OUTBOX_CLAIM_SECONDS * 1000,
    deliveryPerSecond: config.DELIVERY_PER_SECOND,
  });

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ msg: "shutting down", signal });
    // Stop taking new work first (webhook calls, polling), let in-flight work finish — updates
    // a webhook call already answered included — then close the database.
    await server.close();
    await bot?.stop();
    await jobs.stop();
    await db.close();
    lock?.release();
    logger.info({ msg: "stopped" });
    process.exit(0);
  };
  process.once("SIGINT", () => void shutdown("SIGINT"));
  process.once("SIGTERM", () => void shutdown("SIGTERM"));
}

await main();
