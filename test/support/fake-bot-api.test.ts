import { autoRetry } from "@grammyjs/auto-retry";
import { run } from "@grammyjs/runner";
import { Bot, GrammyError, InlineKeyboard, InputFile, Keyboard } from "grammy";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type FakeBotApi, startFakeBotApi } from "./fake-bot-api.ts";
import { createUser, groupTextMessage, photoMessage, textMessage } from "./telegram-updates.ts";

const TOKEN = "123456:TEST-TOKEN-abcdefghijklmnopqrstuvwxyz";
const teacher = createUser({ id: 5001, firstName: "Ольга", username: "olga_teacher" });

let fake: FakeBotApi;
let bot: Bot;
let polling: Promise<void> | undefined;

beforeEach(async () => {
  fake = await startFakeBotApi({ token: TOKEN });
  bot = new Bot(TOKEN, { client: { apiRoot: fake.apiRoot } });
  polling = undefined;
});

afterEach(async () => {
  if (bot.isRunning()) await bot.stop();
  await polling;
  await fake.close();
});

/** A promise the test resolves when it chooses: `await gate.opened` in a handler, `gate.open()`. */
function opening() {
  let open: () => void = () => {};
  const opened = new Promise<void>((resolve) => {
    open = resolve;
  });
  return { opened, open };
}

/** Handlers must be registered before this: bot.start() freezes the middleware. */
function startPolling(): void {
  polling = bot.start();
}

const sentTo = (chatId: number) => (call: { payload: Record<string, unknown> }) =>
  call.payload.chat_id === chatId;

describe("fake Bot API with a long-polling grammY bot", () => {
  it("delivers /start with its deep-link payload and records the reply", async () => {
    bot.command("start", (ctx) => ctx.reply(`Код приглашения: ${ctx.match}`));
    startPolling();

    const mark = fake.mark();
    fake.sendText(teacher, "/start INV-42");
    const call = await fake.waitForCall("sendMessage", sentTo(teacher.id), { after: mark });

    expect(call.payload.text).toBe("Код приглашения: INV-42");
    expect(fake.messagesIn(teacher.id).map((m) => m.text)).toEqual(["Код приглашения: INV-42"]);
    expect(fake.callsOf("getMe")).toHaveLength(1);
  });

  it("runs the callback handler on a button press and shows the edited message", async () => {
    bot.command("start", (ctx) =>
      ctx.reply("Выберите школу", {
        reply_markup: new InlineKeyboard().text("Школа №1", "school:1"),
      }),
    );
    bot.callbackQuery("school:1", async (ctx) => {
      await ctx.answerCallbackQuery({ text: "Готово" });
      await ctx.editMessageText("Выбрана школа №1");
    });
    startPolling();

    fake.sendText(teacher, "/start");
    await fake.waitForCall("sendMessage");
    fake.pressButton(teacher, "school:1");
    await fake.settle();

    expect(fake.lastCall("answerCallbackQuery")?.failed).toBe(false);
    const [message] = fake.messagesIn(teacher.id);
    expect(message?.text).toBe("Выбрана школа №1");
    expect(message?.reply_markup).toBeUndefined();
    expect(message?.edit_date).toBeTypeOf("number");
  });

  it("lets auto-retry wait out an injected 429 and then delivers the message", async () => {
    bot.api.config.use(autoRetry());
    bot.command("start", (ctx) => ctx.reply("Напоминание о мониторинге"));
    fake.failNext("sendMessage", {
      error_code: 429,
      description: "Too Many Requests: retry after 1",
      parameters: { retry_after: 1 },
    });
    startPolling();

    fake.sendText(teacher, "/start");
    const delivered = await fake.waitForCall("sendMessage", (call) => !call.failed);

    const [rejected] = fake.callsOf("sendMessage");
    expect(rejected).toMatchObject({ failed: true, injected: true, error: { error_code: 429 } });
    expect(delivered.at - (rejected?.at ?? 0)).toBeGreaterThanOrEqual(900);
    expect(fake.messagesIn(teacher.id)).toHaveLength(1);
  });

  it("surfaces an injected 403 to the handler as a GrammyError", async () => {
    let caught: unknown;
    bot.command("start", async (ctx) => {
      try {
        await ctx.reply("Здравствуйте");
      } catch (error) {
        caught = error;
      }
    });
    fake.failNext("sendMessage", {
      error_code: 403,
      description: "Forbidden: bot was blocked by the user",
    });
    startPolling();

    fake.sendText(teacher, "/start");
    await fake.settle();

    expect(caught).toBeInstanceOf(GrammyError);
    expect(caught).toMatchObject({
      error_code: 403,
      description: "Forbidden: bot was blocked by the user",
    });
    expect(fake.messagesIn(teacher.id)).toEqual([]);
  });

  it("records a multipart sendDocument with the file's name, size and the other fields", async () => {
    bot.command("plan", (ctx) =>
      ctx.replyWithDocument(new InputFile(Buffer.from("x"), "plan.pdf"), {
        caption: "План мероприятий",
        reply_markup: new InlineKeyboard().text("Принято", "ack"),
      }),
    );
    startPolling();

    fake.sendText(teacher, "/plan");
    const call = await fake.waitForCall("sendDocument");

    expect(call.payload).toMatchObject({
      chat_id: teacher.id,
      caption: "План мероприятий",
      reply_markup: { inline_keyboard: [[{ text: "Принято", callback_data: "ack" }]] },
      document: { fileName: "plan.pdf", size: 1 },
    });
    expect(call.uploads.map((file) => file.data.toString())).toEqual(["x"]);
    const [message] = fake.messagesIn(teacher.id);
    expect(message?.document).toMatchObject({
      file_name: "plan.pdf",
      mime_type: "application/pdf",
      file_size: 1,
    });
  });

  it("settles only after the bot has handled every pushed update", async () => {
    const gate = opening();
    bot.on("message:text", async (ctx) => {
      await ctx.reply("Принято");
      await gate.opened;
      await ctx.reply("Ответ сохранён");
    });
    startPolling();

    fake.sendText(teacher, "12");
    fake.pushUpdate(groupTextMessage(teacher, -100123, "в группе"));
    // The handler is parked between its two replies when settle() starts.
    await fake.waitForCall("sendMessage", sentTo(teacher.id));
    const settled = fake.settle();
    gate.open();
    await settled;

    expect(fake.messagesIn(teacher.id).map((m) => m.text)).toEqual(["Принято", "Ответ сохранён"]);
    expect(fake.messagesIn(-100123)).toHaveLength(2);
    expect(fake.messagesIn(teacher.id, { includeUser: true })).toHaveLength(3);
  });

  it("settles after slow handlers under @grammyjs/runner once the bot reports updates handled", async () => {
    // The runner confirms an update with its next getUpdates while the handler still runs.
    const handled = fake.trackHandling();
    bot.use(async (ctx, next) => {
      try {
        await next();
      } finally {
        handled(ctx.update.update_id);
      }
    });
    const gate = opening();
    bot.on("message:text", async (ctx) => {
      await ctx.reply("Проверяю отчёт…");
      await gate.opened;
      await ctx.reply("Отчёт принят");
    });
    const runner = run(bot);
    try {
      fake.sendText(teacher, "отчёт");
      await fake.waitForCall("sendMessage");
      const settled = fake.settle();
      gate.open();
      await settled;
      expect(fake.messagesIn(teacher.id).map((m) => m.text)).toEqual([
        "Проверяю отчёт…",
        "Отчёт принят",
      ]);
    } finally {
      await runner.stop();
    }
  });

  it("numbers user and bot messages in one sequence per chat", async () => {
    bot.on("message:photo", (ctx) =>
      ctx.reply("Фото получено", { reply_parameters: { message_id: ctx.msg.message_id } }),
    );
    startPolling();

    const update = fake.pushUpdate(photoMessage(teacher, { caption: "Акт проверки" }));
    const call = await fake.waitForCall("sendMessage");

    expect(update.message?.message_id).toBe(1);
    expect(call.result).toMatchObject({
      message_id: 2,
      reply_to_message: { message_id: 1, caption: "Акт проверки" },
    });
  });
});

describe("fake Bot API answering the grammY client directly", () => {
  it("refuses an edit that changes nothing, and edits of unknown messages, as Telegram does", async () => {
    const keyboard = new InlineKeyboard().text("Да", "yes");
    const sent = await bot.api.sendMessage(teacher.id, "Подтвердите", { reply_markup: keyboard });

    const unchanged = bot.api.editMessageText(teacher.id, sent.message_id, "Подтвердите", {
      reply_markup: keyboard,
    });
    await expect(unchanged).rejects.toMatchObject({
      error_code: 400,
      description: expect.stringContaining("message is not modified"),
    });
    await expect(bot.api.editMessageText(teacher.id, 999, "Новый текст")).rejects.toMatchObject({
      description: "Bad Request: message to edit not found",
    });

    await bot.api.editMessageReplyMarkup(teacher.id, sent.message_id, {
      reply_markup: new InlineKeyboard(),
    });
    expect(fake.messagesIn(teacher.id)[0]?.reply_markup).toBeUndefined();
  });

  it("forgets deleted messages and tracks the reply keyboard under the input field", async () => {
    const first = await bot.api.sendMessage(teacher.id, "Поделитесь телефоном", {
      reply_markup: new Keyboard().requestContact("Отправить номер").resized(),
    });
    await bot.api.sendMessage(teacher.id, "Спасибо", { reply_markup: { remove_keyboard: true } });
    expect(fake.replyKeyboardIn(teacher.id)).toBeUndefined();

    await bot.api.deleteMessage(teacher.id, first.message_id);
    expect(fake.messagesIn(teacher.id).map((m) => m.text)).toEqual(["Спасибо"]);
    await expect(bot.api.deleteMessage(teacher.id, first.message_id)).rejects.toMatchObject({
      description: "Bad Request: message to delete not found",
    });
  });

  it("returns the commands set per scope and language from getMyCommands", async () => {
    const everyone = [{ command: "start", description: "Начать" }];
    const english = [{ command: "start", description: "Start" }];
    const coordinator = [...everyone, { command: "invite", description: "Пригласить" }];
    await bot.api.setMyCommands(everyone, { scope: { type: "all_private_chats" } });
    await bot.api.setMyCommands(english, {
      scope: { type: "all_private_chats" },
      language_code: "en",
    });
    await bot.api.setMyCommands(coordinator, { scope: { type: "chat", chat_id: teacher.id } });

    expect(await bot.api.getMyCommands({ scope: { type: "all_private_chats" } })).toEqual(everyone);
    expect(
      await bot.api.getMyCommands({ scope: { type: "all_private_chats" }, language_code: "en" }),
    ).toEqual(english);
    expect(await bot.api.getMyCommands({ scope: { type: "chat", chat_id: teacher.id } })).toEqual(
      coordinator,
    );
    expect(await bot.api.getMyCommands()).toEqual([]);

    await bot.api.deleteMyCommands({ scope: { type: "chat", chat_id: teacher.id } });
    expect(await bot.api.getMyCommands({ scope: { type: "chat", chat_id: teacher.id } })).toEqual(
      [],
    );
    await expect(
      bot.api.setMyCommands([{ command: "Start", description: "x" }]),
    ).rejects.toMatchObject({
      description: "Bad Request: BOT_COMMAND_INVALID",
    });
  });

  it("answers sends to a user who blocked the bot with Telegram's 403", async () => {
    fake.blockBot(teacher);
    await expect(bot.api.sendMessage(teacher.id, "Напоминание")).rejects.toMatchObject({
      error_code: 403,
      description: "Forbidden: bot was blocked by the user",
    });

    fake.unblockBot(teacher);
    await expect(bot.api.sendMessage(teacher.id, "Напоминание")).resolves.toMatchObject({
      text: "Напоминание",
    });
  });

  it("rejects callback data over 64 bytes, which Cyrillic reaches at 33 letters", async () => {
    const data = "школа".repeat(7);
    const send = bot.api.sendMessage(teacher.id, "Выбор", {
      reply_markup: new InlineKeyboard().text("Да", data),
    });
    await expect(send).rejects.toMatchObject({ description: "Bad Request: BUTTON_DATA_INVALID" });
  });

  it("hands a document the user sent to getFile and the download URL", async () => {
    fake.sendDocument(teacher, { fileName: "отчёт.xlsx", content: Buffer.from("PK-report") });
    const [update] = await bot.api.getUpdates({ timeout: 0 });
    const document = update?.message?.document;
    expect(document?.mime_type).toBe(
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    );

    const file = await bot.api.getFile(document?.file_id ?? "");
    const download = await fetch(`${fake.apiRoot}/file/bot${TOKEN}/${file.file_path}`);
    expect(await download.text()).toBe("PK-report");
  });

  it("confirms updates below the offset, honours limit, and wakes a waiting poll on push", async () => {
    const first = fake.pushUpdate(textMessage(teacher, "один"));
    fake.pushUpdate(textMessage(teacher, "два"));
    expect(await bot.api.getUpdates({ limit: 1 })).toHaveLength(1);
    expect(await bot.api.getUpdates({ offset: first.update_id + 2 })).toEqual([]);

    // Were the push not to wake it, the poll would hold for 30 s and the test time out.
    const poll = bot.api.getUpdates({ timeout: 30 });
    await fake.waitForLongPoll();
    fake.sendText(teacher, "три");
    const updates = await poll;

    expect(updates.map((u) => u.message?.text)).toEqual(["три"]);
  });

  it("holds an answer back with delayNext and records injected failures as calls", async () => {
    fake.delayNext("sendMessage", 200);
    const started = Date.now();
    await bot.api.sendMessage(teacher.id, "Медленно");
    expect(Date.now() - started).toBeGreaterThanOrEqual(190);

    fake.failNext(
      "sendMessage",
      { error_code: 400, description: "Bad Request: chat not found" },
      2,
    );
    await expect(bot.api.sendMessage(teacher.id, "a")).rejects.toBeInstanceOf(GrammyError);
    await expect(bot.api.sendMessage(teacher.id, "b")).rejects.toBeInstanceOf(GrammyError);
    await expect(bot.api.sendMessage(teacher.id, "c")).resolves.toMatchObject({ text: "c" });
    expect(fake.callsOf("sendMessage").map((call) => call.failed)).toEqual([
      false,
      true,
      true,
      false,
    ]);
  });

  it("answers 401 Unauthorized to a different token", async () => {
    const stranger = new Bot("999:SOMEONE-ELSE", { client: { apiRoot: fake.apiRoot } });
    await expect(stranger.api.getMe()).rejects.toMatchObject({
      error_code: 401,
      description: "Unauthorized",
    });
    await expect(bot.api.getMe()).resolves.toMatchObject({
      id: 123456,
      username: "msoko_test_bot",
    });
  });

  it("parses urlencoded bodies and converts numeric fields", async () => {
    const response = await fetch(`${fake.apiRoot}/bot${TOKEN}/sendMessage`, {
      method: "POST",
      body: new URLSearchParams({ chat_id: String(teacher.id), text: "форма" }),
    });
    expect(await response.json()).toMatchObject({
      ok: true,
      result: { text: "форма", chat: { id: teacher.id } },
    });
    expect(fake.lastCall("sendMessage")?.payload.chat_id).toBe(teacher.id);
  });

  it("explains a waitForCall timeout with the last calls it did receive", async () => {
    await bot.api.sendMessage(teacher.id, "Только текст");
    await expect(fake.waitForCall("sendPhoto", undefined, { timeoutMs: 100 })).rejects.toThrow(
      /waitForCall\("sendPhoto"\) timed out after 100 ms[\s\S]*sendMessage/,
    );
  });

  it("refuses to press a button that is not on screen", async () => {
    await bot.api.sendMessage(teacher.id, "Меню", {
      reply_markup: new InlineKeyboard().text("Профиль", "profile"),
    });
    expect(() => fake.pressButton(teacher, "settings")).toThrow(
      /no message of the bot in chat 5001 has a button/,
    );
    expect(() => fake.pressButton(teacher, (m) => m.text === "Меню", "settings")).toThrow(
      /"profile"/,
    );
  });

  it("explains a settle timeout when nobody fetches the pushed updates", async () => {
    fake.sendText(teacher, "Есть кто?");
    await expect(fake.settle({ timeoutMs: 100 })).rejects.toThrow(
      /1 pushed update\(s\) not yet confirmed by getUpdates/,
    );
  });

  it("answers a pending long poll at once when closed", async () => {
    const poll = bot.api.getUpdates({ timeout: 30 });
    await fake.waitForLongPoll();

    await fake.close();

    // An answer, not a cut connection; and not after the poll's 30 s, which would time the test out.
    await expect(poll).resolves.toEqual([]);
  });

  it("settles only after every extra step, such as a worker sending its outbox", async () => {
    const gate = opening();
    const outbox = ["Напоминание из очереди"];
    fake.addSettleStep("the outbox", async () => {
      await gate.opened;
      for (const text of outbox.splice(0)) await bot.api.sendMessage(teacher.id, text);
    });
    const settled = fake.settle();
    gate.open();
    await settled;
    expect(fake.messagesIn(teacher.id).map((m) => m.text)).toEqual(["Напоминание из очереди"]);
  });

  it("explains a settle timeout by the step it still waits for", async () => {
    fake.addSettleStep("the worker to send every message due", () => new Promise(() => {}));
    await expect(fake.settle({ timeoutMs: 100 })).rejects.toThrow(
      /still waiting for the worker to send every message due/,
    );
  });
});
