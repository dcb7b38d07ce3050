import { createHmac, timingSafeEqual } from "node:crypto";
import type { MiddlewareHandler } from "hono";
import { z } from "zod";
import { findPersonByTelegramId } from "../../db/people/people.ts";
import type { AuthEnv, ServerDeps } from "../env.ts";
import { apiError } from "../errors.ts";

/** Telegram's own advice: initData is a login, not a session, so it should not live for long. */
export const DEFAULT_INIT_DATA_MAX_AGE_SECONDS = 24 * 60 * 60;

const telegramUserSchema = z.object({
  id: z.int().positive(),
  first_name: z.string(),
  last_name: z.string().optional(),
  username: z.string().optional(),
  language_code: z.string().optional(),
});

export type TelegramUser = z.infer<typeof telegramUserSchema>;

export interface InitData {
  user: TelegramUser;
  authDate: Date;
  /** Every field as received, `hash` included, for callers that need e.g. `start_param`. */
  fields: Record<string, string>;
}

export type InitDataFailure = "malformed" | "bad_signature" | "expired" | "no_user";

export type InitDataResult = { ok: true; data: InitData } | { ok: false; reason: InitDataFailure };

/**
 * Checks Mini App initData exactly as https://core.telegram.org/bots/webapps#validating-data-received-via-the-mini-app
 * documents it: secret_key = HMAC_SHA256(key "WebAppData", bot token); hash = hex
 * HMAC_SHA256(key secret_key, every field but `hash`, sorted, as key=value joined by "\n").
 * Pure: the clock is a parameter.
 */
export function validateInitData(
  initData: string,
  botToken: string,
  now: Date,
  options: { maxAgeSeconds?: number } = {},
): InitDataResult {
  const fields: Record<string, string> = {};
  for (const [key, value] of new URLSearchParams(initData)) {
    // A repeated key would make "the" value ambiguous between us and the signer.
    if (Object.hasOwn(fields, key)) return { ok: false, reason: "malformed" };
    fields[key] = value;
  }
  const hash = fields.hash;
  if (!hash || !/^[0-9a-f]{64}$/i.test(hash)) return { ok: false, reason: "malformed" };

  const dataCheckString = Object.keys(fields)
    .filter((key) => key !== "hash")
    .sort()
    .map((key) => `${key}=${fields[key]}`)
    .join("\n");
  const secretKey = createHmac("sha256", "WebAppData").update(botToken).digest();
  const expected = createHmac("sha256", secretKey).update(dataCheckString).digest();
  if (!timingSafeEqual(expected, Buffer.from(hash, "hex"))) {
    return { ok: false, reason: "bad_signature" };
  }

  const authSeconds = Number(fields.auth_date);
  if (!Number.isInteger(authSeconds) || authSeconds <= 0) return { ok: false, reason: "malformed" };
  const maxAgeSeconds = options.maxAgeSeconds ?? DEFAULT_INIT_DATA_MAX_AGE_SECONDS;
  if (now.getTime() - authSeconds * 1000 > maxAgeSeconds * 1000) {
    return { ok: false, reason: "expired" };
  }

  const user = parseUser(fields.user);
  if (!user) return { ok: false, reason: "no_user" };
  return { ok: true, data: { user, authDate: new Date(authSeconds * 1000), fields } };
}

function parseUser(raw: string | undefined): TelegramUser | null {
  if (!raw) return null;
  try {
    const parsed = telegramUserSchema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export interface TelegramAuthOptions {
  maxAgeSeconds?: number;
  /** Injectable clock, for tests of expiry. */
  now?: () => Date;
}

/**
 * Accepts `Authorization: tma <initData>`, verifies it against BOT_TOKEN and puts the verified
 * Telegram user and our `Person` with active roles on the context. Everything downstream reads
 * identity from here, never from the request body or query.
 */
export function createTelegramAuth(
  deps: Pick<ServerDeps, "config" | "db" | "translate">,
  options: TelegramAuthOptions = {},
): MiddlewareHandler<AuthEnv> {
  const now = options.now ?? (() => new Date());
  return async (c, next) => {
    const botToken = deps.config.BOT_TOKEN;
    if (!botToken) return apiError(c, deps.translate, 503, "bot_token_missing");

    const header = c.req.header("Authorization") ?? "";
    const match = /^tma (.+)$/s.exec(header);
    if (!match?.[1]) return apiError(c, deps.translate, 401, "missing_init_data");

    const result = validateInitData(match[1], botToken, now(), options);
    if (!result.ok) {
      // The reason helps an operator spot a token mix-up; the initData itself is never logged.
      c.get("logger").info({ msg: "mini-app sign-in rejected", reason: result.reason });
      const code = result.reason === "expired" ? "expired_init_data" : "invalid_init_data";
      return apiError(c, deps.translate, 401, code);
    }

    const telegramUserId = BigInt(result.data.user.id);
    const person = await findPersonByTelegramId(deps.db, telegramUserId);
    if (!person) return apiError(c, deps.translate, 403, "not_registered");

    c.set("telegramUserId", telegramUserId);
    c.set("telegramUser", result.data.user);
    c.set("person", person);
    await next();
  };
}
