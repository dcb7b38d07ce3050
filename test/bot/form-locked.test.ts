import type { Message } from "grammy/types";
import { afterEach, describe, expect, it } from "vitest";
import { acceptSubmission } from "../../src/db/reviews/reviews.ts";
import { type Harness, startHarness } from "../support/bot-harness.ts";
import { buttonsOf, chatAs } from "../support/chat.ts";
import { monitoringScene } from "../support/monitoring.ts";
import { answerAll, careerGuidance, noFollowUps, summaryOf } from "./form-walk.ts";

/** A report that can no longer change, and buttons of messages the form has moved past. */

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

describe("a report that can no longer change", () => {
  it("answers a button of an old summary once, with the reason, and takes its buttons away", async () => {
    const { deputy, campaign } = await start();
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
    const { deputy } = await start();
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
