import { describe, expect, it } from "vitest";
import { ConfigError, createConfig } from "../src/config.ts";

function problemsOf(env: Record<string, string>): string[] {
  try {
    createConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  return [];
}

describe("configuration", () => {
  it("starts with no configuration at all: SQLite under ./data, polling, Moscow time", () => {
    const config = createConfig({});
    expect(config).toMatchObject({
      DATABASE_URL: "file:./data/msoko.db",
      BOT_MODE: "polling",
      PORT: 3000,
      DEFAULT_TIMEZONE: "Europe/Moscow",
      TELEGRAM_API_ROOT: "https://api.telegram.org",
      LOG_LEVEL: "info",
    });
    expect(config.BOT_TOKEN).toBeUndefined();
  });

  it("treats empty values from .env as unset", () => {
    expect(createConfig({ BOT_TOKEN: "", PUBLIC_URL: "" }).BOT_TOKEN).toBeUndefined();
  });

  it.each([
    [{ BOT_TOKEN: "not-a-token" }, "BOT_TOKEN: expected a token from @BotFather"],
    [
      { TELEGRAM_API_ROOT: "api.telegram" },
      'TELEGRAM_API_ROOT: expected a URL such as https://api.telegram.org (got "api.telegram")',
    ],
    [
      { DATABASE_URL: "mysql://localhost/msoko" },
      "DATABASE_URL: expected a SQLite URL such as file:./data/msoko.db",
    ],
    [{ PORT: "http" }, 'PORT: expected a port number between 1 and 65535 (got "http")'],
    [{ PORT: "70000" }, 'PORT: expected a port number between 1 and 65535 (got "70000")'],
    [
      { PUBLIC_URL: "msoko.ru" },
      "PUBLIC_URL: expected an https URL such as https://msoko.example.ru",
    ],
    [{ BOT_MODE: "hook" }, 'BOT_MODE: expected polling or webhook (got "hook")'],
    [
      { WEBHOOK_SECRET: "short" },
      "WEBHOOK_SECRET: expected 16–256 characters of A–Z, a–z, 0–9, _ and -",
    ],
    [
      { DEFAULT_TIMEZONE: "Moscow" },
      'DEFAULT_TIMEZONE: expected an IANA time zone such as Europe/Moscow or Asia/Sakhalin (got "Moscow")',
    ],
    [
      { LOG_LEVEL: "loud" },
      'LOG_LEVEL: expected one of fatal, error, warn, info, debug, trace, silent (got "loud")',
    ],
    [{ BOT_USERNAME: "@msoko" }, "BOT_USERNAME: expected the bot's username without @"],
    [{ INVITE_TTL_DAYS: "0" }, "INVITE_TTL_DAYS"],
  ])("stops on %o with one line naming the variable", (env, line) => {
    const problems = problemsOf(env);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain(line);
  });

  it("sends at Telegram's free 30 a second unless paid broadcasts are turned on", () => {
    expect(createConfig({})).toMatchObject({ DELIVERY_PER_SECOND: 30, PAID_BROADCAST: false });
    expect(() => createConfig({ DELIVERY_PER_SECOND: "300" })).toThrow(
      /DELIVERY_PER_SECOND: expected at most 30 messages a second.*PAID_BROADCAST=true/,
    );
    expect(createConfig({ DELIVERY_PER_SECOND: "300", PAID_BROADCAST: "true" })).toMatchObject({
      DELIVERY_PER_SECOND: 300,
      PAID_BROADCAST: true,
    });
    expect(() => createConfig({ PAID_BROADCAST: "yes" })).toThrow(
      /PAID_BROADCAST: expected true or false/,
    );
  });

  it("never echoes secrets in its messages", () => {
    const [line] = problemsOf({ BOT_TOKEN: "secret-value" });
    expect(line).not.toContain("secret-value");
  });

  it("asks for what webhook mode needs, each on its own line", () => {
    expect(problemsOf({ BOT_MODE: "webhook" })).toEqual([
      "PUBLIC_URL: expected the https URL Telegram will call (required when BOT_MODE=webhook)",
      "WEBHOOK_SECRET: expected 16–256 characters of A–Z, a–z, 0–9, _ and - (required when BOT_MODE=webhook)",
      "BOT_TOKEN: expected a token from @BotFather (required when BOT_MODE=webhook)",
    ]);
    expect(
      problemsOf({
        BOT_MODE: "webhook",
        PUBLIC_URL: "http://msoko.example.ru",
        WEBHOOK_SECRET: "a-long-enough-secret",
        BOT_TOKEN: "123456:ABCDEFGHIJKLMNOPQRSTUVWXYZ",
      }),
    ).toEqual([
      'PUBLIC_URL: expected an https:// URL (Telegram calls webhooks over https only) (got "http://msoko.example.ru")',
    ]);
  });

  it("accepts a complete webhook configuration", () => {
    const config = createConfig({
      BOT_MODE: "webhook",
      PUBLIC_URL: "https://msoko.example.ru",
      WEBHOOK_SECRET: "a-long-enough-secret",
      BOT_TOKEN: "123456:ABCDEFGHIJKLMNOPQRSTUVWXYZ",
      DEFAULT_TIMEZONE: "Asia/Sakhalin",
      PORT: "8080",
    });
    expect(config.PORT).toBe(8080);
    expect(config.DEFAULT_TIMEZONE).toBe("Asia/Sakhalin");
  });
});
