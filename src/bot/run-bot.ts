import { run, sequentialize } from "@grammyjs/runner";
import { Api, webhookCallback } from "grammy";
import type { Config } from "../config.ts";
import type { Logger } from "../logger.ts";
import { setDefaultCommands } from "./commands.ts";
import type { BotDeps } from "./context.ts";
import { type CreateBotOptions, createBot } from "./index.ts";
import { webhookUpdates } from "./middlewares/webhook-updates.ts";
import { createTelegramSender } from "./telegram-sender.ts";

/** How long a webhook call may take before Telegram gets its answer (see below). */
export const WEBHOOK_ANSWER_MS = 3000;

const ALLOWED_UPDATES = ["message", "callback_query", "my_chat_member"] as const;

export interface RunningBot {
  username: string;
  sender: ReturnType<typeof createTelegramSender>;
  /** For BOT_MODE=webhook: the handler the server mounts at /webhook/telegram. */
  webhook?: (c: import("hono").Context) => Promise<Response>;
  stop(): Promise<void>;
}

/**
 * Starts the bot: long polling through grammY's runner (updates of one chat stay in order,
 * different chats run concurrently), or a webhook registered at PUBLIC_URL.
 */
export async function startBot(
  token: string,
  deps: BotDeps,
  options: Pick<CreateBotOptions, "rateLimit" | "onUpdateDone"> & {
    /** How long a webhook call may take before it is answered (default WEBHOOK_ANSWER_MS). */
    webhookAnswerMs?: number;
  } = {},
): Promise<RunningBot> {
  const { config, logger } = deps;
  // Long polling reads updates in order, one process at a time: the runner's sequentializer keeps
  // a chat's updates in that order from the start. Webhook calls may reach several instances at
  // once: there each update is first recorded as taken and then waits for its chat's turn in the
  // database (updateTurns), so an update waiting here still counts as received for the others.
  const answerMs = options.webhookAnswerMs ?? WEBHOOK_ANSWER_MS;
  const inWebhook = webhookUpdates(logger, answerMs);
  const bot = createBot(token, deps, {
    ...options,
    before:
      config.BOT_MODE === "webhook"
        ? inWebhook.middleware
        : sequentialize((ctx: { chat?: { id: number } }) => ctx.chat?.id.toString()),
  });
  await bot.init();
  await setDefaultCommands(bot.api, deps.translate).catch((error) =>
    logger.warn({ msg: "could not set the default commands", err: error }),
  );
  // The outbox gets an Api of its own, without the retries of bot.api: a 429 must reach its pacer
  // (to hold the chat and slow every send), and a failure its back-off, not be waited out inside
  // one call that holds a place of the sends in flight.
  const outboxApi = new Api(token, { apiRoot: config.TELEGRAM_API_ROOT });
  const sender = createTelegramSender(outboxApi, { paidBroadcast: config.PAID_BROADCAST });
  const username = bot.botInfo.username;

  if (config.BOT_MODE === "webhook") {
    const url = webhookUrl(config);
    await bot.api.setWebhook(url, {
      secret_token: config.WEBHOOK_SECRET,
      allowed_updates: [...ALLOWED_UPDATES],
    });
    logger.info({ msg: "bot webhook set", username, url });
    // Telegram waits for the answer before sending the chat's next update, and retries a call it
    // gave up on: an update still busy after this (waiting for its chat's turn, say) is answered
    // and finishes in the background. Slow work (messages to many people) goes to the outbox.
    const handle = webhookCallback(bot, "hono", {
      secretToken: config.WEBHOOK_SECRET,
      onTimeout: "return",
      timeoutMilliseconds: answerMs,
    });
    return {
      username,
      sender,
      webhook: (c) => handle(c),
      // The server stops taking calls first (main.ts); updates answered early finish here.
      stop: () => inWebhook.settled(),
    };
  }

  await bot.api.deleteWebhook();
  const runner = run(bot, { runner: { fetch: { allowed_updates: [...ALLOWED_UPDATES] } } });
  logger.info({ msg: "bot polling", username });
  return {
    username,
    sender,
    async stop() {
      if (runner.isRunning()) await runner.stop();
    },
  };
}

function webhookUrl(config: Config): string {
  return `${(config.PUBLIC_URL ?? "").replace(/\/$/, "")}/webhook/telegram`;
}

export function logBotFatherHint(logger: Logger, hint: string): void {
  logger.warn({ msg: "BOT_TOKEN is not set: the bot is off; the server and the database run" });
  process.stderr.write(`\n${hint}\n\n`);
}
