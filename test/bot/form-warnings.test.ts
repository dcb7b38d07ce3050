import { afterEach, describe, expect, it } from "vitest";
import { type Harness, startHarness } from "../support/bot-harness.ts";
import { buttonsOf, chatAs } from "../support/chat.ts";
import { monitoringScene } from "../support/monitoring.ts";
import {
  answerAll,
  careerGuidance,
  everyFollowUp,
  lastYear,
  press,
  say,
  summaryOf,
  summaryText,
} from "./form-walk.ts";

/** Values far from last period's: named, explained one by one or with one reason for all. */

let h: Harness;
afterEach(async () => {
  await h.stop();
});

/** Starts the bot with the career guidance campaign; the deputy is at the first question. */
async function start(prepare?: Parameters<typeof careerGuidance>[0]) {
  const walk = await careerGuidance(prepare);
  h = walk.h;
  return walk;
}

describe("warnings before submitting", () => {
  const previous = {
    students_grades_6_11: 100,
    students_career_events: 90,
    graduates_9_total: 20,
    graduates_9_continuing: 19,
    graduates_11_total: 10,
  };

  it("name the buttons as they read and join their sentences cleanly", async () => {
    const { deputy } = await start((harness, scene) => lastYear(harness, scene, previous));
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
    const { deputy } = await start((harness, scene) => lastYear(harness, scene, previous));
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
    const { deputy } = await start((harness, scene) =>
      lastYear(harness, scene, { graduates_9_total: 20, graduates_9_continuing: 19 }),
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
    await lastYear(h, scene, { graduates_9_total: 20, graduates_9_continuing: 19 });
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
