import { createHash, timingSafeEqual } from "node:crypto";
import { type Context, Hono } from "hono";
import type { pino } from "pino";
import type { ServerEnv } from "../env.ts";

export type WebhookHandler = (c: Context) => Promise<Response> | Response;

export const WEBHOOK_PATH = "/webhook/telegram";
const SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token";

/**
 * `POST /webhook/telegram`. grammY's webhookCallback checks the secret too; checking here first
 * keeps forged updates away from the bot entirely, and works even if the handler is swapped.
 */
export function createWebhookRoutes(
  handler: WebhookHandler,
  secret: string | undefined,
  logger: pino.Logger,
): Hono<ServerEnv> {
  if (!secret) {
    logger.error({ msg: "webhook mounted without WEBHOOK_SECRET: every call will be refused" });
  }
  return new Hono<ServerEnv>().post(WEBHOOK_PATH, (c) => {
    if (!secret || !sameSecret(c.req.header(SECRET_HEADER), secret)) {
      c.get("logger").warn({ msg: "webhook call with a wrong or missing secret token" });
      return c.json({ error: "unauthorized" }, 401);
    }
    return handler(c);
  });
}

/** Constant time whatever the lengths: compare digests, which always have the same length. */
function sameSecret(given: string | undefined, expected: string): boolean {
  if (given === undefined) return false;
  const digest = (value: string) => createHash("sha256").update(value).digest();
  return timingSafeEqual(digest(given), digest(expected));
}
