import { afterEach, describe, expect, it } from "vitest";
import { type Harness, startHarness } from "../support/bot-harness.ts";
import { buttonsOf, chatAs } from "../support/chat.ts";
import { monitoringScene } from "../support/monitoring.ts";

let h: Harness;
afterEach(async () => {
  await h.stop();
});

async function deputyAtForm(options: Parameters<typeof monitoringScene>[1] = { allTypes: true }) {
  h = await startHarness();
  const scene = await monitoringScene(h, options);
  const deputy = chatAs(h, scene.people.deputy);
  await deputy.press("📝 Заполнить форму");
  return { ...scene, deputy };
}

const answersOf = async (submissionId?: number) => {
  const rows = await h.db.prisma.answer.findMany({
    where: submissionId ? { submissionId } : {},
    include: { question: true },
    orderBy: { question: { position: "asc" } },
  });
  return Object.fromEntries(
    rows.map((row) => [row.question.code, row.value === null ? null : JSON.parse(row.value)]),
  );
};

describe("the guided form", () => {
  it("waits out Telegram's 429 inside the form and asks the next question all the same", async () => {
    const { deputy } = await deputyAtForm();
    expect(deputy.lastText()).toContain("Вопрос 1 из 11");
    // Telegram refuses the next question once, asking for a second's wait.
    h.fake.failNext("sendMessage", {
      error_code: 429,
      description: "Too Many Requests: retry after 1",
      parameters: { retry_after: 1 },
    });
    await deputy.say("120");
    expect(deputy.lastText()).toContain("Вопрос 2 из 11");
    expect(h.fake.callsOf("sendMessage").filter((call) => call.failed)).toHaveLength(1);
    // The conversation knows where it is: the next answer goes to question 2.
    await deputy.say("70");
    expect(await answersOf()).toEqual({ students: 120, girls: 70 });
  });

  it("walks a deputy through every question type, saves each answer at once and submits", async () => {
    const { deputy, people } = await deputyAtForm();
    expect(deputy.lastText()).toContain("Вопрос 1 из 11");
    await deputy.say("120");
    expect(await answersOf()).toEqual({ students: 120 });
    await deputy.say("70");
    await deputy.say("50");
    await deputy.say("4,25");
    await deputy.say("93,5 %");
    await deputy.press("Да");
    expect(deputy.lastText()).toContain("Приложите программу развития");
    await deputy.send({
      message: {
        message_id: 0,
        date: 0,
        chat: { id: people.deputy.id, type: "private", first_name: "Ольга" },
        from: people.deputy,
        document: {
          file_id: "DOC1",
          file_unique_id: "u1",
          file_name: "programma.pdf",
          mime_type: "application/pdf",
          file_size: 120_000,
        },
      },
    });
    await deputy.press("В две смены");
    await deputy.press(/Робототехника/);
    await deputy.press(/Шахматы/);
    await deputy.press("✔️ Готово");
    await deputy.say("15.03.2026");
    const summary = await deputy.press("⏭ Пропустить");
    expect(summary.join("\n")).toContain("Проверьте ответы перед отправкой");
    expect(await answersOf()).toEqual({
      students: 120,
      girls: 70,
      boys: 50,
      avg_score: 4.25,
      attendance: 93.5,
      has_program: true,
      program_file: {
        fileId: "DOC1",
        fileName: "programma.pdf",
        size: 120_000,
        mimeType: "application/pdf",
      },
      shift: "two",
      clubs: ["robotics", "chess"],
      audit_date: "2026-03-15",
      comment: null,
    });
    const done = await deputy.press("✅ Отправить координатору");
    expect(done.join("\n")).toContain(
      "Отчёт «МБОУ СОШ № 1 г. Углегорска» по форме «Проверка всех типов вопросов» (2025/26 учебный год) отправлен координатору (версия 1)",
    );
    const submission = await h.db.prisma.submission.findFirstOrThrow();
    expect(submission).toMatchObject({ status: "submitted", version: 1, late: false });
    await h.fake.waitForCall(
      "sendMessage",
      (c) =>
        c.payload.chat_id === people.coordinator.id &&
        String(c.payload.text).includes("Отчёт на проверку"),
    );
  });

  it("keeps what it stores between messages as small after many answers as after the first", async () => {
    const { deputy, people } = await deputyAtForm();
    const stored = async () =>
      (
        await h.db.prisma.keyValue.findUniqueOrThrow({
          where: { key: `conversation:${people.deputy.id}` },
        })
      ).value.length;
    await deputy.say("120");
    const afterFirst = await stored();
    await deputy.say("70");
    await deputy.say("50");
    await deputy.say("4,25");
    await deputy.say("93,5 %");
    await deputy.press("Да");
    expect(deputy.lastText()).toContain("Приложите программу развития");
    const afterSixth = await stored();
    // Each answer adds its own ~150 bytes; replaying every message since the start would add
    // the update, the reply and the saved result of each step (over 1 KB apiece).
    expect(afterSixth - afterFirst).toBeLessThan(5 * 300);
    for (const wrong of ["программа", "-5", "🙂", "/start", "ещё раз текст"])
      await deputy.say(wrong);
    expect(deputy.lastText()).toContain("Приложите программу развития");
    // Mistyped values are answered and forgotten: they leave nothing behind.
    expect(Math.abs((await stored()) - afterSixth)).toBeLessThan(300);
  });

  it("never overwrites an answer when its stored place in the form is behind the saved answers", async () => {
    const { deputy, people } = await deputyAtForm();
    const key = `conversation:${people.deputy.id}`;
    await deputy.say("120");
    const behind = (await h.db.prisma.keyValue.findUniqueOrThrow({ where: { key } })).value;
    await deputy.say("70");
    expect(deputy.lastText()).toContain("Вопрос 3 из");
    // As if the process died after saving the answer but before storing where the form stands.
    await h.db.prisma.keyValue.update({ where: { key }, data: { value: behind } });
    const reply = await deputy.say("50");
    expect(reply.join("\n")).toContain("уже ответили");
    expect(await answersOf()).toEqual({ students: 120, girls: 70 });
    expect(deputy.lastText()).toContain("Вопрос 3 из");
    await deputy.say("50");
    expect(await answersOf()).toEqual({ students: 120, girls: 70, boys: 50 });
  });

  it("opens the form of a task button pressed in the middle of a form, keeping the answers", async () => {
    const { deputy } = await deputyAtForm();
    const notification = deputy
      .messages()
      .find((message) => buttonsOf(message).some((b) => b.text === "📝 Заполнить форму"));
    if (!notification) throw new Error("no notification with the form's button");
    await deputy.say("120");
    await deputy.say("70");
    const reply = await deputy.pressOn(notification, "📝 Заполнить форму");
    expect(reply.join("\n")).not.toContain("прежнего сообщения");
    expect(deputy.lastText()).toContain("Вопрос 3 из");
    expect(await answersOf()).toEqual({ students: 120, girls: 70 });
    await deputy.say("50");
    expect(await answersOf()).toEqual({ students: 120, girls: 70, boys: 50 });
  });

  it("resumes at the first unanswered question after the bot restarts", async () => {
    const { deputy } = await deputyAtForm();
    await deputy.say("120");
    await deputy.say("70");
    await h.restart();
    // The conversation state survived in the database: the next answer goes to question 3.
    const replies = await deputy.say("50");
    expect(replies.at(-1)).toContain("Вопрос 4 из 11");
    expect(await answersOf()).toMatchObject({ students: 120, girls: 70, boys: 50 });
  });

  it("picks the form up again from My tasks after Save and exit", async () => {
    const { deputy } = await deputyAtForm();
    await deputy.say("120");
    expect((await deputy.press("💾 Сохранить и выйти")).join()).toContain("Ответы сохранены");
    await deputy.say("/tasks");
    expect(deputy.lastText()).toContain("🟡 черновик");
    const replies = await deputy.press(/Продолжить заполнение/);
    expect(replies.at(-1)).toContain("Вопрос 2 из 11");
  });
});

describe("bad input never loses the draft", () => {
  const chat = (id: number) => ({ id, type: "private" as const, first_name: "Ольга" });
  type Chat = ReturnType<typeof chatAs>;
  /** Answers the questions before the one a case is about. */
  const upTo = (count: number) => async (deputy: Chat) => {
    for (const text of ["120", "70", "50", "4", "90"].slice(0, count)) await deputy.say(text);
  };
  const toComment = async (deputy: Chat) => {
    await upTo(5)(deputy);
    await deputy.press("Нет");
    await deputy.press("В одну смену");
    await deputy.press(/Шахматы/);
    await deputy.press("✔️ Готово");
    await deputy.say("01.02.2026");
  };
  const cases: Array<[string, (deputy: Chat) => Promise<void>, () => object, RegExp]> = [
    ["text where a number is due", upTo(0), () => ({ text: "сто двадцать" }), /число/],
    ["a negative number", upTo(0), () => ({ text: "-5" }), /отрицательн/i],
    ["a value above the maximum", upTo(0), () => ({ text: "100000" }), /5[\s  ]000/],
    ["a part larger than its total", upTo(1), () => ({ text: "500" }), /больше, чем 120/],
    ["5,000 characters of text", toComment, () => ({ text: "а".repeat(5000) }), /200/],
    ["emoji where a number is due", upTo(0), () => ({ text: "👍👍" }), /./],
    [
      "a sticker",
      upTo(0),
      () => ({
        sticker: {
          file_id: "s",
          file_unique_id: "s",
          type: "regular",
          width: 1,
          height: 1,
          is_animated: false,
          is_video: false,
        },
      }),
      /стикер/i,
    ],
    [
      "a voice message",
      upTo(0),
      () => ({ voice: { file_id: "v", file_unique_id: "v", duration: 2 } }),
      /голос/i,
    ],
    [
      "a location",
      upTo(0),
      () => ({ location: { latitude: 49, longitude: 142 } }),
      /местоположени|геопозиц/i,
    ],
    [
      "/start in the middle of the form",
      upTo(2),
      () => ({ text: "/start", entities: [{ type: "bot_command", offset: 0, length: 6 }] }),
      /заполнение формы/,
    ],
    [
      "/help in the middle of the form",
      upTo(2),
      () => ({ text: "/help", entities: [{ type: "bot_command", offset: 0, length: 5 }] }),
      /заполнение формы/,
    ],
  ];

  it.each(cases)(
    "%s gets a clear message and the same question again",
    async (_name, reach, message, expected) => {
      const { deputy, people } = await deputyAtForm();
      await reach(deputy);
      const question = deputy.lastText();
      const saved = await answersOf();
      const replies = await deputy.send({
        message: {
          message_id: 0,
          date: 0,
          chat: chat(people.deputy.id),
          from: people.deputy,
          ...message(),
        },
      });
      expect(replies.join("\n")).toMatch(expected);
      expect(replies.at(-1)).toBe(question);
      expect(await answersOf()).toEqual(saved);
    },
  );

  it("refuses a file of the wrong type and one too big", async () => {
    const { deputy, people } = await deputyAtForm();
    for (const text of ["120", "70", "50", "4", "90"]) await deputy.say(text);
    await deputy.press("Да");
    const doc = (file_name: string, mime_type: string, file_size: number) => ({
      message: {
        message_id: 0,
        date: 0,
        chat: chat(people.deputy.id),
        from: people.deputy,
        document: { file_id: "d", file_unique_id: "d", file_name, mime_type, file_size },
      },
    });
    expect((await deputy.send(doc("photo.exe", "application/octet-stream", 1000))).join()).toMatch(
      /pdf/,
    );
    expect((await deputy.send(doc("big.pdf", "application/pdf", 50 * 1024 * 1024))).join()).toMatch(
      /5 МБ|5 MB/,
    );
    expect(deputy.lastText()).toContain("Приложите программу развития");
    expect(await answersOf()).not.toHaveProperty("program_file");
  });

  it("answers a button from an old message without touching the current question", async () => {
    const { deputy } = await deputyAtForm();
    for (const text of ["120", "70", "50", "4", "90"]) await deputy.say(text);
    const yesNo = deputy.last();
    await deputy.press("Нет");
    expect(deputy.lastText()).toContain("В сколько смен");
    if (!yesNo) throw new Error("no yes/no message");
    await deputy.pressOn(yesNo, "Да");
    expect(h.fake.lastCall("answerCallbackQuery")?.payload.text).toContain("прежнего сообщения");
    expect((await answersOf()).has_program).toBe(false);
    // Its buttons no longer apply and are taken away.
    expect(buttonsOf(deputy.messages().find((m) => m.message_id === yesNo.message_id))).toEqual([]);
  });
});

describe("two people of one school", () => {
  it("share one draft, see who touched it last, and never overwrite each other silently", async () => {
    h = await startHarness();
    const scene = await monitoringScene(h, { allTypes: true, secondDeputy: true });
    const first = chatAs(h, scene.people.deputy);
    const second = chatAs(h, scene.people.deputy2 ?? scene.people.deputy);
    await first.press("📝 Заполнить форму");
    await first.say("120");
    const opened = await second.press("📝 Заполнить форму");
    expect(opened.join("\n")).toContain("Последним черновик редактировал(а): Ольга Зам");
    expect(second.lastText()).toContain("Вопрос 2 из 11");
    await second.say("70");
    // The first person still has question 2 on screen and answers it too: refused, not overwritten.
    const clash = await first.say("60");
    expect(clash.join("\n")).toContain("Пётр Второй только что изменил(а) этот ответ");
    expect((await answersOf()).girls).toBe(70);
    expect(await h.db.prisma.submission.count()).toBe(1);
  });
});

describe("the guided form in English", () => {
  it("asks and validates in the deputy's language", async () => {
    h = await startHarness();
    const scene = await monitoringScene(h, { allTypes: true, language: "en" });
    const deputy = chatAs(h, scene.people.deputy);
    await deputy.press("📝 Fill in the form");
    expect(deputy.lastText()).toContain("Question 1 of 11");
    expect(deputy.lastText()).toContain("EN Сколько обучающихся?");
    const refused = await deputy.say("many");
    expect(refused[0]).toMatch(/number/i);
    // Thousands grouped the English way.
    await deputy.say("1,200");
    expect((await answersOf()).students).toBe(1200);
    expect(deputy.buttons()).toContain("💾 Save and exit");
    expect((await deputy.press("💾 Save and exit")).join()).toContain("Your answers are saved");
  });
});
