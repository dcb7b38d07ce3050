import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { resolveBotUsername } from "../../src/cli/bot-username.ts";
import { type FakeBotApi, startFakeBotApi } from "../support/fake-bot-api.ts";

const TOKEN = "123456:TEST-TOKEN-abcdefghijklmnopqrstuvwxyz";

describe("resolveBotUsername", () => {
  let fake: FakeBotApi;
  beforeAll(async () => {
    fake = await startFakeBotApi({ token: TOKEN, username: "msoko_cli_bot" });
  });
  afterAll(async () => {
    await fake.close();
  });

  it("takes BOT_USERNAME without asking Telegram", async () => {
    const config = { BOT_USERNAME: "given_bot", BOT_TOKEN: TOKEN, TELEGRAM_API_ROOT: fake.apiRoot };
    fake.clearCalls();

    expect(await resolveBotUsername(config)).toBe("given_bot");
    expect(fake.callsOf("getMe")).toHaveLength(0);
  });

  it("asks the Bot API's getMe when only the token is known", async () => {
    const config = { BOT_USERNAME: undefined, BOT_TOKEN: TOKEN, TELEGRAM_API_ROOT: fake.apiRoot };

    expect(await resolveBotUsername(config)).toBe("msoko_cli_bot");
  });

  it("says Telegram refused a wrong token and how to fix it", async () => {
    const config = {
      BOT_USERNAME: undefined,
      BOT_TOKEN: "654321:WRONG-TOKEN",
      TELEGRAM_API_ROOT: fake.apiRoot,
    };

    await expect(resolveBotUsername(config)).rejects.toThrow(
      /^Telegram refused getMe: Unauthorized\. Check BOT_TOKEN, or set BOT_USERNAME\.$/,
    );
  });

  it("names the variables to set when neither is given", async () => {
    const config = {
      BOT_USERNAME: undefined,
      BOT_TOKEN: undefined,
      TELEGRAM_API_ROOT: fake.apiRoot,
    };

    await expect(resolveBotUsername(config)).rejects.toThrow(/set BOT_TOKEN .* or BOT_USERNAME/);
  });

  it("explains an unreachable API without printing the token", async () => {
    const config = {
      BOT_USERNAME: undefined,
      BOT_TOKEN: TOKEN,
      TELEGRAM_API_ROOT: "http://127.0.0.1:1",
    };

    const error = await resolveBotUsername(config).catch((caught: Error) => caught);
    expect(String(error)).toMatch(/Could not ask http:\/\/127\.0\.0\.1:1\/bot<token>\/getMe/);
    expect(String(error)).not.toContain(TOKEN);
  });
});
