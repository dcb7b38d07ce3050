import { createHash, timingSafeEqual } from "node:crypto";
import { type Context, Hono } from "hono";
import type { pino } from "pino";
import { z } from "zod";
import type { ServerEnv } from "../env.ts";

export type WebhookHandler = (c: Context) => Promise<Response> | Response;

export const WEBHOOK_PATH = "/webhook/telegram";
const SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token";

/** The least an update must be; the bot's own filters judge the rest. */
const updateShape = z.looseObject({ update_id: z.number().int().nonnegative() });

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
  return new Hono<ServerEnv>().post(WEBHOOK_PATH, async (c) => {
    if (!secret || !sameSecret(c.req.header(SECRET_HEADER), secret)) {
      c.get("logger").warn({ msg: "webhook call with a wrong or missing secret token" });
      return c.json({ error: "unauthorized" }, 401);
    }
    // A body that is not an update is the caller's fault: 400, never a 500 from deep in grammY.
    // Hono caches the parsed body, so the handler reads it again at no cost. The body itself is
    // not logged: it may carry a person's message.
    const body = await c.req.json().catch(() => undefined);
    if (!updateShape.safeParse(body).success) {
      c.get("logger").warn({
        msg: "webhook call with a body that is not a Telegram update",
        contentLength: c.req.header("content-length"),
      });
      return c.json({ error: "bad update" }, 400);
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
