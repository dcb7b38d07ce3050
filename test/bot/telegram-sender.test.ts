import { Api } from "grammy";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createTelegramSender } from "../../src/bot/telegram-sender.ts";
import { TEST_TOKEN } from "../support/bot-harness.ts";
import { type FakeBotApi, startFakeBotApi } from "../support/fake-bot-api.ts";
import { createUser } from "../support/telegram-updates.ts";

let fake: FakeBotApi;
beforeEach(async () => {
  fake = await startFakeBotApi();
});
afterEach(() => fake.close());

const message = { text: "Приказ № 12 от 1 декабря 2026 г.", buttons: [] };
const sender = () => createTelegramSender(new Api(TEST_TOKEN, { apiRoot: fake.apiRoot }));
const recipient = { telegramId: 501n };

describe("the Telegram end of the outbox", () => {
  it("delivers and gives back Telegram's message_id", async () => {
    const result = await sender().send(recipient, message);
    const [delivered] = fake.messagesIn(501);
    expect(result).toEqual({ ok: true, messageId: String(delivered?.message_id) });
  });

  it("takes a person who blocked the bot as unreachable, for good", async () => {
    fake.blockBot(createUser({ id: 501 }));
    expect(await sender().send(recipient, message)).toMatchObject({
      ok: false,
      permanent: true,
      unreachable: true,
    });
    expect(await sender().send({ telegramId: null }, message)).toMatchObject({
      permanent: true,
      unreachable: true,
    });
  });

  it("gives up a request Telegram refuses (400) without calling the person unreachable", async () => {
    fake.failNext("sendMessage", {
      error_code: 400,
      description: "Bad Request: message is too long",
    });
    const result = await sender().send(recipient, message);
    expect(result).toMatchObject({
      ok: false,
      permanent: true,
      error: "Bad Request: message is too long",
    });
    expect(result.ok === false && result.permanent && result.unreachable).toBeFalsy();
  });

  it("waits as long as a 429 asks, and retries server errors later", async () => {
    fake.failNext("sendMessage", {
      error_code: 429,
      description: "Too Many Requests: retry after 7",
      parameters: { retry_after: 7 },
    });
    expect(await sender().send(recipient, message)).toEqual({
      ok: false,
      permanent: false,
      error: "Too Many Requests: retry after 7",
      retryAfterMs: 7000,
    });
    fake.failNext("sendMessage", { error_code: 502, description: "Bad Gateway" });
    expect(await sender().send(recipient, message)).toEqual({
      ok: false,
      permanent: false,
      error: "Bad Gateway",
    });
    expect(fake.messagesIn(501)).toEqual([]);
  });

  it("uploads a document once, then sends Telegram's copy, with a formatted caption", async () => {
    const pdf = { name: "Приказ 112.pdf", content: Buffer.from("%PDF-1.4 приказ") };
    const first = await sender().send(recipient, {
      text: "Приказ «О мониторинге»\n\n<b>Срочно</b>",
      html: true,
      buttons: [],
      document: pdf,
    });
    if (!first.ok) throw new Error(first.error);
    const upload = fake.callsOf("sendDocument")[0];
    expect(upload?.uploads.map((file) => [file.fileName, file.data.toString()])).toEqual([
      ["Приказ 112.pdf", "%PDF-1.4 приказ"],
    ]);
    expect(upload?.payload).toMatchObject({ parse_mode: "HTML" });
    expect(first.documentFileId).toEqual(expect.any(String));
    await sender().send(
      { telegramId: 502n },
      {
        text: "…",
        buttons: [],
        document: { name: pdf.name, messengerFileId: first.documentFileId },
      },
    );
    const again = fake.callsOf("sendDocument")[1];
    expect(again?.uploads).toEqual([]);
    expect(again?.payload.document).toBe(first.documentFileId);
  });

  it("edits a message it sent, and takes 'not modified' as done", async () => {
    const sent = await sender().send(recipient, message);
    if (!sent.ok || !sent.messageId) throw new Error("not sent");
    const edit = { text: "Доставлено 10 из 10", buttons: [] };
    expect(await sender().edit(recipient, sent.messageId, edit)).toMatchObject({ ok: true });
    expect(fake.messagesIn(501).at(-1)?.text).toBe("Доставлено 10 из 10");
    expect(await sender().edit(recipient, sent.messageId, edit)).toMatchObject({ ok: true });
  });

  it("asks for a paid broadcast only when configured to", async () => {
    await sender().send(recipient, message);
    const paid = createTelegramSender(new Api(TEST_TOKEN, { apiRoot: fake.apiRoot }), {
      paidBroadcast: true,
    });
    await paid.send(recipient, message);
    const [free, broadcast] = fake.callsOf("sendMessage");
    expect(free?.payload.allow_paid_broadcast).toBeUndefined();
    expect(broadcast?.payload.allow_paid_broadcast).toBe(true);
  });
});
