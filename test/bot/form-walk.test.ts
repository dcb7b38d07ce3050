import type { Message } from "grammy/types";
import { afterEach, describe, expect, it } from "vitest";
import { ensurePeriod } from "../../src/db/catalog/periods.ts";
import { acceptSubmission } from "../../src/db/reviews/reviews.ts";
import { type Harness, startHarness } from "../support/bot-harness.ts";
import { buttonsOf, chatAs } from "../support/chat.ts";
import { monitoringScene } from "../support/monitoring.ts";

/**
 * A deputy walking the catalog's career guidance form: twelve questions, three of them follow-ups
 * (graduates enrolled if there are 11th-graders; two on students with disabilities if any).
 */

let h: Harness;
afterEach(async () => {
  await h.stop();
});

type Scene = Awaited<ReturnType<typeof monitoringScene>>;
type Chat = ReturnType<typeof chatAs>;

async function careerGuidance(prepare?: (scene: Scene) => Promise<void>) {
  h = await startHarness();
  const scene = await monitoringScene(h, { formCode: "career-guidance" });
  await prepare?.(scene);
  const deputy = chatAs(h, scene.people.deputy);
  const opened = await deputy.press("📝 Заполнить форму");
  return { ...scene, deputy, opened };
}

/** The school's accepted report of 2024/25 with these values, as last period's to compare with. */
async function lastYear(scene: Scene, values: Record<string, number>) {
  const prisma = h.db.prisma;
  const period = await ensurePeriod(prisma, "2024-25");
  const campaign = await prisma.campaign.create({
    data: {
      formId: scene.form.id,
      periodId: period.id,
      municipalityId: scene.municipality.id,
      status: "closed",
      deadlineAt: new Date("2025-06-01T07:00:00Z"),
    },
  });
  const submission = await prisma.submission.create({
    data: { campaignId: campaign.id, schoolId: scene.school.id, status: "accepted", version: 1 },
  });
  for (const [code, value] of Object.entries(values)) {
    const question = await prisma.formQuestion.findFirstOrThrow({
      where: { formId: scene.form.id, code },
    });
    await prisma.answer.create({
      data: { submissionId: submission.id, questionId: question.id, value: JSON.stringify(value) },
    });
  }
}

const HEADER = /^(?:Вопрос|Question) (\d+) (?:из|of) (\d+)/;

/** "Вопрос 7 из 12" of the question on screen. */
function place(deputy: Chat): { index: number; total: number } {
  const match = HEADER.exec(deputy.lastText());
  if (!match) throw new Error(`no question on screen: ${deputy.lastText()}`);
  return { index: Number(match[1]), total: Number(match[2]) };
}

/** Answers question after question, noting the place shown before each answer. */
async function answerAll(deputy: Chat, steps: Array<() => Promise<unknown>>) {
  const seen = [place(deputy)];
  for (const [number, step] of steps.entries()) {
    await step();
    if (number < steps.length - 1) seen.push(place(deputy));
  }
  return seen;
}

const say = (deputy: Chat, text: string) => () => deputy.say(text);
const press = (deputy: Chat, label: string | RegExp) => () => deputy.press(label);
const formats = (deputy: Chat) => async () => {
  await deputy.press(/Профессиональные пробы/);
  await deputy.press("✔️ Готово");
};

/** Every follow-up opened: graduates of grade 11, students with disabilities. */
const everyFollowUp = (deputy: Chat, numbers = ["400", "380", "60", "58", "38", "30"]) => [
  say(deputy, numbers[0] ?? ""),
  say(deputy, numbers[1] ?? ""),
  formats(deputy),
  say(deputy, numbers[2] ?? ""),
  say(deputy, numbers[3] ?? ""),
  say(deputy, numbers[4] ?? ""),
  say(deputy, numbers[5] ?? ""),
  press(deputy, "Да"),
  say(deputy, "4"),
  say(deputy, "4"),
  press(deputy, "Да"),
  press(deputy, "⏭ Пропустить"),
];

/** No grade 11, no students with disabilities: three follow-ups never asked. */
const noFollowUps = (deputy: Chat) => [
  say(deputy, "100"),
  say(deputy, "90"),
  formats(deputy),
  say(deputy, "20"),
  say(deputy, "19"),
  say(deputy, "0"),
  press(deputy, "Нет"),
  press(deputy, "Нет"),
  press(deputy, "⏭ Пропустить"),
];

/** The whole text of the newest summary, however many messages it took. */
const summaryText = (deputy: Chat): string => {
  const messages = deputy.messages();
  const start = messages.findLastIndex((m) => m.text?.startsWith("📋 Проверьте ответы"));
  return messages
    .slice(start)
    .map((m) => m.text ?? "")
    .join("\n");
};

const summaryOf = (deputy: Chat): Message => {
  const summary = [...deputy.messages()]
    .reverse()
    .find((message) => buttonsOf(message).some((b) => b.text === "✅ Отправить координатору"));
  if (!summary) throw new Error(`no summary; last message: ${deputy.lastText()}`);
  return summary;
};

describe("the question count", () => {
  // The rule: a follow-up is counted until an answer rules it out. So the number goes up by one
  // with every question asked and the total never grows: it stays when the follow-ups open and
  // shrinks when an answer closes them.
  it("stays the same to the end when every follow-up opens", async () => {
    const { deputy } = await careerGuidance();
    const seen = await answerAll(
      deputy,
      everyFollowUp(deputy, ["100", "90", "20", "19", "10", "8"]),
    );
    expect(seen.map((step) => step.index)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(new Set(seen.map((step) => step.total))).toEqual(new Set([12]));
    expect(deputy.lastText()).toContain("Проверьте ответы перед отправкой");
  });

  it("goes on by one and only ever shrinks when answers rule follow-ups out", async () => {
    const { deputy } = await careerGuidance();
    const seen = await answerAll(deputy, noFollowUps(deputy));
    expect(seen.map((step) => step.index)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(seen.map((step) => step.total)).toEqual([12, 12, 12, 12, 12, 12, 11, 9, 9]);
    // The summary numbers the answers as the questions were numbered.
    expect(summaryText(deputy)).toContain("9. Комментарий для координатора");
  });
});

describe("warnings before submitting", () => {
  const previous = {
    students_grades_6_11: 100,
    students_career_events: 90,
    graduates_9_total: 20,
    graduates_9_continuing: 19,
    graduates_11_total: 10,
  };

  it("name the buttons as they read and join their sentences cleanly", async () => {
    const { deputy } = await careerGuidance((scene) => lastYear(scene, previous));
    await answerAll(deputy, everyFollowUp(deputy));
    const summary = summaryOf(deputy);
    const text = summaryText(deputy);
    expect(text).toContain(
      "⚠️ Сколько выпускников 11 классов в этом году? Если 11 класса нет, укажите 0.\nЗначение 38 более чем в 2 раза выше, чем в прошлом периоде (10).",
    );
    expect(text).toContain("Значений без пояснения: 5.");
    const buttons = buttonsOf(summary).map((b) => b.text);
    const named = [...text.matchAll(/«(✍️[^»]+)»/g)].map((match) => match[1]);
    expect(named).toEqual(["✍️ Пояснить каждое по очереди", "✍️ Одно пояснение для всех"]);
    for (const label of named) expect(buttons).toContain(label);
    for (const message of deputy.messages())
      expect(message.text ?? "").not.toMatch(/\.\s*[.:;,]|[:;,]\s*[.:;,]|\.»\./);
  });

  it("take one explanation for all of them, saved with each answer", async () => {
    const { deputy } = await careerGuidance((scene) => lastYear(scene, previous));
    await answerAll(deputy, everyFollowUp(deputy));
    // Submitting first: the bot names the two ways to explain, and nothing is sent yet.
    const early = await deputy.press("✅ Отправить координатору");
    expect(early).toEqual([
      "✍️ Значений без пояснения: 5. Нажмите «✍️ Пояснить каждое по очереди» или, если причина у всех одна, «✍️ Одно пояснение для всех».",
    ]);
    const ask = await deputy.press("✍️ Одно пояснение для всех");
    expect(ask.join("\n")).toContain("Одно пояснение для всех отклонений (5):");
    expect(ask.join("\n")).toContain("⚠️ Сколько из них продолжили обучение");
    const reason = "В этом году к школе присоединили филиал";
    const reviewed = await deputy.say(reason);
    // No further question: the summary comes back with the reason under each warning.
    expect(reviewed.join("\n").split(`✍️ Пояснение: ${reason}`)).toHaveLength(6);
    expect(buttonsOf(summaryOf(deputy)).map((b) => b.text)).not.toContain(
      "✍️ Одно пояснение для всех",
    );

    const rows = await h.db.prisma.answer.findMany({
      where: { warningReason: { not: null } },
      include: { question: true },
    });
    expect(Object.fromEntries(rows.map((row) => [row.question.code, row.warningReason]))).toEqual(
      Object.fromEntries(Object.keys(previous).map((code) => [code, reason])),
    );
    const audit = await h.db.prisma.auditEvent.findMany({
      where: { action: "answer.warning_explained" },
    });
    expect(audit).toHaveLength(5);

    const done = await deputy.press("✅ Отправить координатору");
    expect(done.join("\n")).toContain("отправлен координатору (версия 1)");
    const submission = await h.db.prisma.submission.findFirstOrThrow({
      where: { status: "submitted" },
    });
    expect(submission.version).toBe(1);
  });

  it("are explained one by one when the deputy prefers", async () => {
    const { deputy } = await careerGuidance((scene) =>
      lastYear(scene, { graduates_9_total: 20, graduates_9_continuing: 19 }),
    );
    await answerAll(deputy, everyFollowUp(deputy, ["100", "90", "60", "58", "10", "8"]));
    const first = await deputy.press("✍️ Пояснить каждое по очереди");
    expect(first.join("\n")).toContain("⚠️ Сколько выпускников 9 классов в этом году?");
    const second = await deputy.say("Открыт новый корпус");
    expect(second.join("\n")).toContain("⚠️ Сколько из них продолжили обучение");
    await deputy.say("Все выпускники из нового корпуса");
    const rows = await h.db.prisma.answer.findMany({
      where: { warningReason: { not: null } },
      include: { question: true },
      orderBy: { question: { position: "asc" } },
    });
    expect(rows.map((row) => [row.question.code, row.warningReason])).toEqual([
      ["graduates_9_total", "Открыт новый корпус"],
      ["graduates_9_continuing", "Все выпускники из нового корпуса"],
    ]);
  });
});

describe("in English", () => {
  it("counts, warns and explains in the deputy's language, naming the buttons as they read", async () => {
    h = await startHarness();
    const scene = await monitoringScene(h, { formCode: "career-guidance", language: "en" });
    await lastYear(scene, { graduates_9_total: 20, graduates_9_continuing: 19 });
    const deputy = chatAs(h, scene.people.deputy);
    await deputy.press("📝 Fill in the form");
    const seen = await answerAll(deputy, [
      say(deputy, "100"),
      say(deputy, "90"),
      async () => {
        await deputy.press(/Job tasters/);
        await deputy.press("✔️ Done");
      },
      say(deputy, "60"),
      say(deputy, "58"),
      say(deputy, "0"),
      press(deputy, "No"),
      press(deputy, "No"),
      press(deputy, "⏭ Skip"),
    ]);
    expect(seen.map((step) => `${step.index}/${step.total}`)).toEqual([
      "1/12",
      "2/12",
      "3/12",
      "4/12",
      "5/12",
      "6/12",
      "7/11",
      "8/9",
      "9/9",
    ]);
    const messages = deputy.messages();
    const start = messages.findLastIndex((m) => m.text?.startsWith("📋 Check your answers"));
    const text = messages
      .slice(start)
      .map((m) => m.text ?? "")
      .join("\n");
    expect(text).toContain("2025/26 school year");
    expect(text).toContain(
      "⚠️ How many grade 9 graduates are there this year?\nThe value 60 has risen more than 2-fold from last period's (20).",
    );
    const named = [...text.matchAll(/"(✍️[^"]+)"/g)].map((match) => match[1]);
    expect(named).toEqual(["✍️ Explain each in turn", "✍️ One explanation for all"]);
    const buttons = buttonsOf(messages.at(-1)).map((b) => b.text);
    for (const label of named) expect(buttons).toContain(label);

    await deputy.press("✍️ One explanation for all");
    await deputy.say("A second building opened");
    const done = await deputy.press("✅ Submit to the coordinator");
    expect(done.join("\n")).toContain(
      "(2025/26 school year) was sent to the coordinator (version 1)",
    );
  });
});

describe("a report that can no longer change", () => {
  it("answers a button of an old summary once, with the reason, and takes its buttons away", async () => {
    const { deputy, campaign } = await careerGuidance();
    const notification = deputy
      .messages()
      .find((message) => buttonsOf(message).some((b) => b.text === "📝 Заполнить форму"));
    if (!notification) throw new Error("no notification with the form's button");
    await answerAll(deputy, noFollowUps(deputy));
    const oldSummary = summaryOf(deputy);
    // The form opened again from the notification: a second summary; the first keeps its buttons.
    await deputy.pressOn(notification, "📝 Заполнить форму");
    const summary = summaryOf(deputy);
    expect(summary.message_id).not.toBe(oldSummary.message_id);
    const done = await deputy.press("✅ Отправить координатору");
    expect(done).toEqual([
      "✅ Отчёт «МБОУ СОШ № 1 г. Углегорска» по форме «Профориентация и распределение выпускников» (2025/26 учебный год) отправлен координатору (версия 1). Когда его проверят, я сообщу.",
    ]);
    const shown = (message: Message) =>
      deputy.messages().find((m) => m.message_id === message.message_id);
    expect(buttonsOf(shown(summary))).toEqual([]);

    const submission = await h.db.prisma.submission.findFirstOrThrow({
      where: { campaignId: campaign.id },
    });
    const coordinator = await h.db.prisma.roleAssignment.findFirstOrThrow({
      where: { role: "coordinator" },
    });
    const mark = h.fake.mark();
    await acceptSubmission(h.db.prisma, submission.id, coordinator.personId, new Date());
    await h.fake.waitForCall(
      "sendMessage",
      (c) => c.payload.chat_id === deputy.user.id && String(c.payload.text).includes("принят"),
      { after: mark },
    );
    await h.fake.settle();

    const replies = await deputy.pressOn(oldSummary, "✅ Отправить координатору");
    // One answer, the reason that holds, with its date on the municipality's clock (Sakhalin).
    expect(replies).toHaveLength(1);
    expect(replies[0]).toMatch(
      /^Этот отчёт уже принят координатором \d{1,2} [а-я]+ 20\d\d г\. в \d\d:\d\d, изменить его нельзя\.$/,
    );
    expect(buttonsOf(shown(oldSummary))).toEqual([]);
  });
});

describe("a report accepted while a summary stands open", () => {
  it("is refused once, with the reason, when the other deputy then presses Submit", async () => {
    h = await startHarness();
    const scene = await monitoringScene(h, { formCode: "career-guidance", secondDeputy: true });
    const first = chatAs(h, scene.people.deputy);
    const second = chatAs(h, scene.people.deputy2 ?? scene.people.deputy);
    await first.press("📝 Заполнить форму");
    await answerAll(first, noFollowUps(first));
    // The colleague opens the same draft at its summary and sends it; the coordinator accepts.
    await second.press("📝 Заполнить форму");
    await second.press("✅ Отправить координатору");
    const submission = await h.db.prisma.submission.findFirstOrThrow();
    const coordinator = await h.db.prisma.roleAssignment.findFirstOrThrow({
      where: { role: "coordinator" },
    });
    const mark = h.fake.mark();
    await acceptSubmission(h.db.prisma, submission.id, coordinator.personId, new Date());
    await h.fake.waitForCall(
      "sendMessage",
      // The submitter hears of the decision.
      (c) => c.payload.chat_id === second.user.id && String(c.payload.text).includes("принят"),
      { after: mark },
    );
    await h.fake.settle();

    const replies = await first.press("✅ Отправить координатору");
    expect(replies).toHaveLength(1);
    expect(replies[0]).toMatch(/^Этот отчёт уже принят координатором .+, изменить его нельзя\.$/);
    expect(await h.db.prisma.submission.findFirstOrThrow()).toMatchObject({
      status: "accepted",
      version: 1,
    });
  });
});

describe("a button of a form left earlier", () => {
  it("picks the form up where it stopped and takes the old message's buttons away", async () => {
    const { deputy } = await careerGuidance();
    await deputy.say("100");
    const second = deputy.last();
    if (!second) throw new Error("no question on screen");
    await deputy.press("💾 Сохранить и выйти");
    const replies = await deputy.pressOn(second, "💾 Сохранить и выйти");
    // One greeting that says the form goes on, then the question it stopped at.
    expect(replies).toHaveLength(2);
    expect(replies[0]).toContain("Продолжаем заполнение с того места, где вы остановились.");
    expect(replies[1]).toMatch(/^Вопрос 2 из 12/);
    expect(buttonsOf(deputy.messages().find((m) => m.message_id === second.message_id))).toEqual(
      [],
    );
  });
});

describe("changing an answer from the summary", () => {
  it("swaps the summary's buttons in place and leaves no buttons behind on it", async () => {
    const { deputy } = await careerGuidance();
    await answerAll(deputy, noFollowUps(deputy));
    const summary = summaryOf(deputy);
    const count = deputy.messages().length;
    const shown = () => deputy.messages().find((m) => m.message_id === summary.message_id);
    expect(await deputy.press("✏️ Изменить ответ")).toEqual([]);
    expect(buttonsOf(shown()).map((b) => b.text)).toContain(
      "6. Сколько выпускников 11 классов в этом году? Если 11 класса нет, укажите 0.".slice(0, 60),
    );
    await deputy.press("◀️ Назад");
    expect(buttonsOf(shown()).map((b) => b.text)).toContain("✅ Отправить координатору");
    expect(deputy.messages()).toHaveLength(count);

    await deputy.press("✏️ Изменить ответ");
    const asked = await deputy.press(/^6\. Сколько выпускников 11 классов/);
    expect(asked.at(-1)).toMatch(/^Вопрос 6 из 9/);
    expect(buttonsOf(shown())).toEqual([]);
    // 11th-graders after all: their follow-up comes next, then the summary again.
    const next = await deputy.say("12");
    expect(next.at(-1)).toMatch(/^Вопрос 7 из 10/);
    await deputy.say("9");
    expect(summaryText(deputy)).toContain(
      "7. Сколько из них поступили в вузы или организации СПО? — 9",
    );
  });
});

describe("the period", () => {
  it("is written in words in the greeting, the summary and the confirmation", async () => {
    const { deputy, opened } = await careerGuidance();
    expect(opened.join("\n")).toContain("МБОУ СОШ № 1 г. Углегорска, 2025/26 учебный год.");
    await answerAll(deputy, noFollowUps(deputy));
    expect(summaryText(deputy)).toContain(
      "Профориентация и распределение выпускников — МБОУ СОШ № 1 г. Углегорска, 2025/26 учебный год",
    );
    const done = await deputy.press("✅ Отправить координатору");
    expect(done.join("\n")).toContain("(2025/26 учебный год) отправлен координатору");
    for (const message of deputy.messages()) expect(message.text ?? "").not.toContain("2025-26");
  });
});
