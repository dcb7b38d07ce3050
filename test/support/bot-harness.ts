import type { RateLimit } from "../../src/bot/index.ts";
import { type RunningBot, startBot } from "../../src/bot/run-bot.ts";
import { type Config, createConfig } from "../../src/config.ts";
import { createTranslator } from "../../src/i18n/translator.ts";
import { startJobs } from "../../src/jobs/index.ts";
import { PROGRESS_EVERY_MS } from "../../src/jobs/order-progress.ts";
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
  /**
   * Stops the in-process bot and worker but keeps the fake Bot API and the database, so other
   * processes (app instances) can take over from the state the test built. `stop()` still ends all.
   */
  stopBot(): Promise<void>;
  stop(): Promise<void>;
}

export interface HarnessOptions {
  /** The flood limiter; by default so wide that a test typing as fast as it can is never dropped. */
  rateLimit?: RateLimit;
}

// The limiter's memory resets every window; a long one never resets in the middle of a test.
const NO_FLOOD_LIMIT: RateLimit = { timeFrameMs: 60 * 60_000, limit: 1_000_000 };

/** A clock at least PROGRESS_EVERY_MS past its previous reading, and never behind the real one. */
function progressClock(): () => Date {
  let last = 0;
  return () => {
    last = Math.max(Date.now(), last + PROGRESS_EVERY_MS);
    return new Date(last);
  };
}

/**
 * The real bot, polling a fake Bot API over HTTP, on a SQLite file of its own, with the worker
 * running — everything `npm start` runs, minus the web server. `fake.settle()` waits until the bot
 * has handled every pushed update and the worker has sent every message due.
 */
export async function startHarness(
  env: Record<string, string> = {},
  options: HarnessOptions = {},
): Promise<Harness> {
  const fake = await startFakeBotApi();
  const db = await createTestDatabase();
  const config = createConfig({
    BOT_TOKEN: TEST_TOKEN,
    TELEGRAM_API_ROOT: fake.apiRoot,
    DATABASE_URL: db.url,
    LOG_LEVEL: "silent",
    ...env,
  });
  const logger = createLogger("silent");
  const translate = createTranslator();
  const updateDone = fake.trackHandling();
  const start = async () => {
    const bot = await startBot(
      TEST_TOKEN,
      { config, logger, db, translate },
      { rateLimit: options.rateLimit ?? NO_FLOOD_LIMIT, onUpdateDone: updateDone },
    );
    // settle() drains the outbox on demand; the worker's own nap only matters to retries.
    const jobs = startJobs({
      db,
      logger,
      translate,
      sender: bot.sender,
      outboxIdleMs: 100,
      // Progress rounds run as a settle step, never on a timer in the middle of a test; its clock
      // moves on by the edits' spacing each round, so each shows what changed since the last.
      orderProgress: { intervalMs: 24 * 3_600_000, now: progressClock() },
    });
    return { bot, jobs };
  };
  let running = await start();
  fake.addSettleStep("the worker to send every message due", () => running.jobs.drainOutbox());
  fake.addSettleStep("the progress of orders going out", () => running.jobs.orderProgressRound());
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
    async stopBot() {
      await running.bot.stop();
      await running.jobs.stop();
    },
    async stop() {
      await harness.stopBot();
      await fake.close();
      await db.destroy();
    },
  };
  return harness;
}
