import { Writable } from "node:stream";
import type { Context } from "hono";
import { afterEach, describe, expect, it, vi } from "vitest";
import { createLogger } from "../../src/logger.ts";
import { createTestServer, TEST_WEBHOOK_SECRET, type TestServer } from "./server-fixture.ts";

const update = JSON.stringify({ update_id: 1, message: { message_id: 1, text: "/start" } });

describe("POST /webhook/telegram", () => {
  let server: TestServer | undefined;
  afterEach(async () => {
    await server?.db.destroy();
    server = undefined;
  });

  const withWebhook = async () => {
    const handler = vi.fn((c: Context) => c.json({ handled: true }));
    server = await createTestServer({ WEBHOOK_SECRET: TEST_WEBHOOK_SECRET }, { webhook: handler });
    return { server, handler };
  };

  const post = (target: TestServer, secret?: string) =>
    target.app.request("/webhook/telegram", {
      method: "POST",
      body: update,
      headers: {
        "Content-Type": "application/json",
        ...(secret === undefined ? {} : { "X-Telegram-Bot-Api-Secret-Token": secret }),
      },
    });

  it("does not exist when the bot runs without a webhook", async () => {
    server = await createTestServer({ WEBHOOK_SECRET: TEST_WEBHOOK_SECRET });
    const response = await post(server, TEST_WEBHOOK_SECRET);
    expect(response.status).toBe(404);
  });

  it("answers 401 to a missing or wrong secret without calling the bot", async () => {
    const { server, handler } = await withWebhook();
    for (const secret of [undefined, "", "wrong-secret-0123456789", `${TEST_WEBHOOK_SECRET}x`]) {
      const response = await post(server, secret);
      expect(response.status).toBe(401);
    }
    expect(handler).not.toHaveBeenCalled();
  });

  it("passes the update to the bot when the secret matches", async () => {
    const { server, handler } = await withWebhook();
    const response = await post(server, TEST_WEBHOOK_SECRET);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ handled: true });
    expect(handler).toHaveBeenCalledTimes(1);
  });

  it("answers 400 to a body that is not an update and logs it without the body", async () => {
    const lines: string[] = [];
    const destination = new Writable({
      write(chunk, _encoding, done) {
        lines.push(String(chunk));
        done();
      },
    });
    const handler = vi.fn((c: Context) => c.json({ handled: true }));
    server = await createTestServer(
      { WEBHOOK_SECRET: TEST_WEBHOOK_SECRET },
      { webhook: handler, logger: createLogger("info", { destination }) },
    );
    for (const body of ["{", "", "null", "[]", "{}", '{"update_id":"1"}', '{"update_id":-1}']) {
      const response = await server.app.request("/webhook/telegram", {
        method: "POST",
        body,
        headers: {
          "Content-Type": "application/json",
          "X-Telegram-Bot-Api-Secret-Token": TEST_WEBHOOK_SECRET,
        },
      });
      expect(response.status, `body ${JSON.stringify(body)}`).toBe(400);
      expect(await response.json()).toEqual({ error: "bad update" });
    }
    expect(handler).not.toHaveBeenCalled();
    const warnings = lines.filter((line) => line.includes("not a Telegram update"));
    expect(warnings).toHaveLength(7);
    expect(warnings.join("")).not.toContain("update_id");
  });

  it("refuses every call when WEBHOOK_SECRET is not configured", async () => {
    const handler = vi.fn((c: Context) => c.json({ handled: true }));
    server = await createTestServer({}, { webhook: handler });
    expect((await post(server, "")).status).toBe(401);
    expect((await post(server, "anything-at-all-123")).status).toBe(401);
    expect(handler).not.toHaveBeenCalled();
  });
});
