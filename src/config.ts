import { z } from "zod";

const TELEGRAM_API_ROOT = "https://api.telegram.org";

const timezone = z
  .string()
  .refine(isTimeZone, "an IANA time zone such as Europe/Moscow or Asia/Sakhalin");

const optional = (schema: z.ZodType<string>) =>
  z.preprocess((value) => (value === "" ? undefined : value), schema.optional());

const configSchema = z
  .object({
    BOT_TOKEN: optional(
      z
        .string()
        .regex(/^\d+:[A-Za-z0-9_-]{20,}$/, "a token from @BotFather such as 123456:ABC-DEF…"),
    ),
    BOT_USERNAME: optional(
      z
        .string()
        .regex(/^[A-Za-z][A-Za-z0-9_]{3,31}$/, "the bot's username without @, e.g. msoko_bot"),
    ),
    TELEGRAM_API_ROOT: z.url("a URL such as https://api.telegram.org").default(TELEGRAM_API_ROOT),
    DATABASE_URL: z
      .string()
      .regex(
        /^(file:.+|postgres(ql)?:\/\/.+)/,
        "a SQLite URL such as file:./data/msoko.db or a PostgreSQL URL such as postgresql://msoko@db.example.ru:5432/msoko",
      )
      .default("file:./data/msoko.db"),
    PORT: z.coerce
      .number("a port number between 1 and 65535")
      .int("a port number between 1 and 65535")
      .min(0, "a port number between 1 and 65535")
      .max(65535, "a port number between 1 and 65535")
      .default(3000),
    HOST: z.string().default("0.0.0.0"),
    PUBLIC_URL: optional(z.url("an https URL such as https://msoko.example.ru")),
    BOT_MODE: z.enum(["polling", "webhook"], "polling or webhook").default("polling"),
    WEBHOOK_SECRET: optional(
      z.string().regex(/^[A-Za-z0-9_-]{16,256}$/, "16–256 characters of A–Z, a–z, 0–9, _ and -"),
    ),
    DEFAULT_TIMEZONE: timezone.default("Europe/Moscow"),
    LOG_LEVEL: z
      .enum(
        ["fatal", "error", "warn", "info", "debug", "trace", "silent"],
        "one of fatal, error, warn, info, debug, trace, silent",
      )
      .default("info"),
    OUTBOX_CLAIM_SECONDS: z.coerce
      .number("a whole number of seconds between 1 and 3600")
      .int("a whole number of seconds between 1 and 3600")
      .min(1, "a whole number of seconds between 1 and 3600")
      .max(3600, "a whole number of seconds between 1 and 3600")
      .default(60),
    DELIVERY_PER_SECOND: z.coerce
      .number("a whole number of messages a second between 1 and 1000")
      .int("a whole number of messages a second between 1 and 1000")
      .min(1, "a whole number of messages a second between 1 and 1000")
      .max(1000, "a whole number of messages a second between 1 and 1000")
      .default(30),
    // Telegram's paid broadcasts (allow_paid_broadcast): up to 1,000 messages a second over the
    // free 30, each paid for in Stars from the bot's balance.
    PAID_BROADCAST: optional(z.enum(["true", "false"], "true or false"))
      .default("false")
      .transform((value) => value === "true"),
    INVITE_TTL_DAYS: z.coerce.number("a whole number of days").int().min(1).max(365).default(14),
  })
  .superRefine((env, ctx) => {
    if (env.DELIVERY_PER_SECOND > 30 && !env.PAID_BROADCAST)
      ctx.addIssue({
        code: "custom",
        path: ["DELIVERY_PER_SECOND"],
        message:
          "at most 30 messages a second, Telegram's free limit per bot; more needs PAID_BROADCAST=true",
      });
    if (env.BOT_MODE !== "webhook") return;
    if (!env.PUBLIC_URL)
      ctx.addIssue({
        code: "custom",
        path: ["PUBLIC_URL"],
        message: "the https URL Telegram will call (required when BOT_MODE=webhook)",
      });
    else if (!env.PUBLIC_URL.startsWith("https://"))
      ctx.addIssue({
        code: "custom",
        path: ["PUBLIC_URL"],
        message: "an https:// URL (Telegram calls webhooks over https only)",
      });
    if (!env.WEBHOOK_SECRET)
      ctx.addIssue({
        code: "custom",
        path: ["WEBHOOK_SECRET"],
        message: "16–256 characters of A–Z, a–z, 0–9, _ and - (required when BOT_MODE=webhook)",
      });
    if (!env.BOT_TOKEN)
      ctx.addIssue({
        code: "custom",
        path: ["BOT_TOKEN"],
        message: "a token from @BotFather (required when BOT_MODE=webhook)",
      });
  });

export type Config = z.infer<typeof configSchema>;

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((line) => `  ${line}`).join("\n")}`);
    this.name = "ConfigError";
  }
}

/**
 * Builds the configuration from an environment-like record. Pure, so tests pass their own input.
 * Each bad variable becomes one line naming it, what was expected and what was given.
 */
export function createConfig(env: Record<string, string | undefined>): Config {
  const result = configSchema.safeParse(env);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => {
    const name = String(issue.path[0] ?? "configuration");
    const given = env[name];
    const shown =
      // Secrets are never echoed; a database URL may carry a password.
      given === undefined || ["BOT_TOKEN", "WEBHOOK_SECRET", "DATABASE_URL"].includes(name)
        ? ""
        : ` (got "${given}")`;
    return `${name}: expected ${issue.message}${shown}`;
  });
  throw new ConfigError(problems);
}

/** Reads `.env` (if present) under the real environment, which wins. The only reader of process.env. */
export function loadConfig(envFile = ".env"): Config {
  try {
    process.loadEnvFile(envFile);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
  }
  return createConfig(process.env);
}

function isTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat("en", { timeZone: value });
    return value.includes("/") || value === "UTC";
  } catch {
    return false;
  }
}
