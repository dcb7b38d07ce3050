import { autoRetry } from "@grammyjs/auto-retry";
import { conversations, createConversation } from "@grammyjs/conversations";
import { limit } from "@grammyjs/ratelimiter";
import { Bot, type BotConfig, type Middleware } from "grammy";
import type { BotContext, BotDeps } from "./context.ts";
import { CAMPAIGN_CONVERSATION, createCampaignConversation } from "./conversations/campaign.ts";
import { createFormConversation, FORM_CONVERSATION } from "./conversations/form.ts";
import { createOrderConversation, ORDER_CONVERSATION } from "./conversations/order-compose.ts";
import {
  createOrderReportConversation,
  ORDER_REPORT_CONVERSATION,
} from "./conversations/order-report.ts";
import {
  createOrderReportReturnConversation,
  ORDER_REPORT_RETURN_CONVERSATION,
} from "./conversations/order-report-return.ts";
import {
  createReviewReturnConversation,
  REVIEW_RETURN_CONVERSATION,
} from "./conversations/review-return.ts";
import {
  createConversationStorage,
  outdatedConversationNotice,
} from "./conversations/versioning.ts";
import { campaignReopenFeature } from "./features/campaign-reopen.ts";
import { campaignsFeature } from "./features/campaigns.ts";
import { groupChatsFeature } from "./features/group-chats.ts";
import { helpFeature } from "./features/help.ts";
import { invitesFeature } from "./features/invites.ts";
import { languageFeature } from "./features/language.ts";
import { membershipFeature } from "./features/membership.ts";
import { orderAckFeature } from "./features/order-ack.ts";
import { orderCardFeature } from "./features/order-card.ts";
import { orderReportsFeature } from "./features/order-reports.ts";
import { ordersFeature } from "./features/orders.ts";
import { reviewFeature } from "./features/review.ts";
import { startFeature } from "./features/start.ts";
import { tasksFeature } from "./features/tasks.ts";
import { unhandledFeature } from "./features/unhandled.ts";
import { createI18n } from "./i18n.ts";
import { mainMenu } from "./menus/main-menu.ts";
import { attachPerson } from "./middlewares/attach-person.ts";
import { updateTurns } from "./middlewares/update-turns.ts";

export type { BotContext, BotDeps } from "./context.ts";

/** Builds the bot with every feature; starting it (polling or webhook) is the caller's choice. */
export interface CreateBotOptions {
  botInfo?: BotConfig<BotContext>["botInfo"];
  /** Runs before everything else, e.g. the runner's per-chat sequentializer. */
  before?: Middleware<BotContext>;
  /** The flood limiter's window; tests widen it so a fast-typing test user is never dropped. */
  rateLimit?: RateLimit;
  /**
   * Called once the whole middleware chain is done with an update, whether it was handled,
   * dropped or failed; lets tests wait for the bot to finish instead of guessing with timers.
   */
  onUpdateDone?: (updateId: number) => void;
}

/** At most `limit` updates from one user within `timeFrameMs`; the rest are dropped. */
export interface RateLimit {
  timeFrameMs: number;
  limit: number;
}

// More than 30 updates in 3 s from one user is a flood; a person answering quickly, even
// tapping through yes/no questions, stays well under it.
export const DEFAULT_RATE_LIMIT: RateLimit = { timeFrameMs: 3000, limit: 30 };

/** Waits out Telegram's 429 (`retry_after` up to a minute) and retries server errors, thrice. */
function apiRetry() {
  return autoRetry({ maxRetryAttempts: 3, maxDelaySeconds: 60 });
}

export function createBot(token: string, deps: BotDeps, options: CreateBotOptions = {}) {
  const bot = new Bot<BotContext>(token, {
    client: { apiRoot: deps.config.TELEGRAM_API_ROOT },
    ...(options.botInfo ? { botInfo: options.botInfo } : {}),
  });
  bot.api.config.use(apiRetry());

  const onUpdateDone = options.onUpdateDone;
  if (onUpdateDone)
    bot.use(async (ctx, next) => {
      try {
        await next();
      } finally {
        onUpdateDone(ctx.update.update_id);
      }
    });
  if (options.before) bot.use(options.before);
  const rateLimit = options.rateLimit ?? DEFAULT_RATE_LIMIT;
  // In memory and first: a flood from one user is dropped before any database work.
  bot.use(
    limit({
      timeFrame: rateLimit.timeFrameMs,
      limit: rateLimit.limit,
      keyGenerator: (ctx) => ctx.from?.id.toString(),
    }),
  );
  // Then one statement decides whether this update was already handled (a re-delivery) and
  // takes its chat's turn: a chat's updates go one at a time, in order, across every instance.
  bot.use(updateTurns(deps));
  bot.use(attachPerson(deps));
  bot.use(createI18n());

  const features = bot.errorBoundary(async (error) => {
    const ctx = error.ctx;
    ctx.logger.error({ msg: "update failed", err: error.error });
    if (ctx.chat?.type === "private") await ctx.reply(ctx.t("error-generic")).catch(() => {});
  });
  features.use(groupChatsFeature);
  features.use(membershipFeature);
  // Guided conversations come before the menus and commands: inside a form, /start or a menu
  // button gets an explanation from the form instead of tearing it down.
  features.use(
    conversations({
      storage: createConversationStorage(deps.db.sql),
      // A conversation's context talks through an Api of its own, without bot.api's transformers:
      // the same retry is installed there, so a 429 inside a form is waited out, not an error.
      plugins: [
        (ctx, next) => {
          ctx.api.config.use(apiRetry());
          return next();
        },
      ],
    }),
  );
  features.use(createConversation(createFormConversation(deps), FORM_CONVERSATION));
  features.use(
    createConversation(createReviewReturnConversation(deps), REVIEW_RETURN_CONVERSATION),
  );
  features.use(createConversation(createCampaignConversation(deps), CAMPAIGN_CONVERSATION));
  features.use(createConversation(createOrderConversation(deps), ORDER_CONVERSATION));
  features.use(createConversation(createOrderReportConversation(deps), ORDER_REPORT_CONVERSATION));
  features.use(
    createConversation(createOrderReportReturnConversation(deps), ORDER_REPORT_RETURN_CONVERSATION),
  );
  features.use(outdatedConversationNotice());
  features.use(mainMenu);
  features.use(startFeature);
  features.use(helpFeature);
  features.use(languageFeature);
  features.use(invitesFeature);
  features.use(campaignsFeature);
  features.use(tasksFeature);
  features.use(ordersFeature);
  features.use(orderCardFeature);
  features.use(orderAckFeature);
  features.use(orderReportsFeature);
  features.use(reviewFeature);
  features.use(campaignReopenFeature);
  features.use(unhandledFeature);

  bot.catch((error) => deps.logger.error({ msg: "bot error outside features", err: error.error }));
  return bot;
}

export type MsokoBot = ReturnType<typeof createBot>;
