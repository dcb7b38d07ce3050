import { afterEach, describe, expect, it } from "vitest";
import type { Harness } from "../support/bot-harness.ts";
import { buttonsOf } from "../support/chat.ts";
import {
  answerAll,
  careerGuidance,
  everyFollowUp,
  noFollowUps,
  summaryOf,
  summaryText,
} from "./form-walk.ts";

/** The guided form's question count and period, on the catalog's career guidance form. */

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

describe("the question count", () => {
  // The rule: a follow-up is counted until an answer rules it out. So the number goes up by one
  // with every question asked and the total never grows: it stays when the follow-ups open and
  // shrinks when an answer closes them.
  it("stays the same to the end when every follow-up opens", async () => {
    const { deputy } = await start();
    const seen = await answerAll(
      deputy,
      everyFollowUp(deputy, ["100", "90", "20", "19", "10", "8"]),
    );
    expect(seen.map((step) => step.index)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(new Set(seen.map((step) => step.total))).toEqual(new Set([12]));
    expect(deputy.lastText()).toContain("Проверьте ответы перед отправкой");
  });

  it("goes on by one and only ever shrinks when answers rule follow-ups out", async () => {
    const { deputy } = await start();
    const seen = await answerAll(deputy, noFollowUps(deputy));
    expect(seen.map((step) => step.index)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(seen.map((step) => step.total)).toEqual([12, 12, 12, 12, 12, 12, 11, 9, 9]);
    // The summary numbers the answers as the questions were numbered.
    expect(summaryText(deputy)).toContain("9. Комментарий для координатора");
  });
});

describe("changing an answer from the summary", () => {
  it("swaps the summary's buttons in place and leaves no buttons behind on it", async () => {
    const { deputy } = await start();
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
    const { deputy, opened } = await start();
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
