import { type RunningBot, startBot } from "../../src/bot/run-bot.ts";
import { type Config, createConfig } from "../../src/config.ts";
import { createTranslator } from "../../src/i18n/translator.ts";
import { startJobs } from "../../src/jobs/index.ts";
import { createLogger } from "../../src/logger.ts";
import { createTestDatabase, type TestDatabase } from "./database.ts";
import { type FakeBotApi, startFakeBotApi } from "./fake-bot-api.ts";

export const TEST_TOKEN = "123456:TEST-TOKEN-abcdefghijklmnopqrstuvwxyz";

export interface Harness {
  fake: FakeBotApi;
  db: TestDatabase;
  config: Config;
  bot: RunningBot;
  /** Stops the bot and the worker and starts new ones on the same database, as a deploy does. */
  restart(): Promise<void>;
  stop(): Promise<void>;
}

/**
 * The real bot, polling a fake Bot API over HTTP, on a SQLite file of its own, with the worker
 * running — everything `npm start` runs, minus the web server.
 */
export async function startHarness(env: Record<string, string> = {}): Promise<Harness> {
  const fake = await startFakeBotApi();
  const db = createTestDatabase();
  const config = createConfig({
    BOT_TOKEN: TEST_TOKEN,
    TELEGRAM_API_ROOT: fake.apiRoot,
    DATABASE_URL: db.url,
    LOG_LEVEL: "silent",
    ...env,
  });
  const logger = createLogger("silent");
  const translate = createTranslator();
  const start = async () => {
    const bot = await startBot(TEST_TOKEN, { config, logger, db, translate });
    const jobs = startJobs({ db, logger, translate, sender: bot.sender, outboxIdleMs: 20 });
    return { bot, jobs };
  };
  let running = await start();
  fake.trackBusy(() => running.bot.isBusy());
  const harness: Harness = {
    fake,
    db,
    config,
    bot: running.bot,
    async restart() {
      await running.bot.stop();
      await running.jobs.stop();
      running = await start();
      harness.bot = running.bot;
    },
    async stop() {
      await running.bot.stop();
      await running.jobs.stop();
      await fake.close();
      await db.destroy();
    },
  };
  return harness;
}
