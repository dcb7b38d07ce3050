import type { Message } from "grammy/types";
import { afterEach, describe, expect, it } from "vitest";
import { formatLocalDateTime } from "../../src/bot/format.ts";
import { type Harness, startHarness } from "../support/bot-harness.ts";
import { buttonsOf, chatAs } from "../support/chat.ts";
import { monitoringScene } from "../support/monitoring.ts";

let h: Harness;
afterEach(async () => {
  await h.stop();
});

type Chat = ReturnType<typeof chatAs>;

/** The school's report, sent for review (made in the database: the form itself is not the point). */
async function submittedReport(scene: Awaited<ReturnType<typeof monitoringScene>>) {
  return h.db.prisma.submission.create({
    data: {
      campaignId: scene.campaign.id,
      schoolId: scene.school.id,
      status: "submitted",
      version: 1,
      submittedAt: new Date(),
    },
  });
}

/** Opens the report's card from /review and returns the card's message (the one with buttons). */
async function openCard(coordinator: Chat): Promise<Message> {
  await coordinator.say("/review");
  await coordinator.press(/^1\. /);
  const card = coordinator.last();
  if (!card || buttonsOf(card).length === 0) throw new Error("the card has no buttons");
  return card;
}

/** The message as the chat shows it now (after any edits). */
const current = (chat: Chat, message: Message) =>
  chat.messages().find((m) => m.message_id === message.message_id);

const decidedAt = async (submissionId: number, decision: "accept" | "return") => {
  const review = await h.db.prisma.review.findFirstOrThrow({ where: { submissionId, decision } });
  return formatLocalDateTime(review.createdAt, "Asia/Sakhalin", "ru");
};

describe("a review card after a decision", () => {
  it("shows the acceptance in place of its buttons, and an older copy's button says when it was accepted", async () => {
    h = await startHarness();
    const scene = await monitoringScene(h);
    const coordinator = chatAs(h, scene.people.coordinator);
    const report = await submittedReport(scene);
    const older = await openCard(coordinator);
    const card = await openCard(coordinator);

    expect(await coordinator.pressOn(card, "✅ Принять")).toEqual([]);
    const decided = current(coordinator, card);
    expect(decided?.text).toContain(
      "📄 МБОУ СОШ № 1 г. Углегорска — Результаты оценочных процедур, 2025/26 учебный год",
    );
    expect(decided?.text).toContain(
      "✅ Отчёт «МБОУ СОШ № 1 г. Углегорска» принят, школа получила уведомление.",
    );
    expect(buttonsOf(decided)).toEqual([]);

    const refused = await coordinator.pressOn(older, "↩️ Вернуть на доработку");
    expect(refused).toEqual([`Этот отчёт уже принят ${await decidedAt(report.id, "accept")}.`]);
    expect(buttonsOf(current(coordinator, older))).toEqual([]);
  });

  it("shows the return on the card it began on, and an older copy's button says when it was returned", async () => {
    h = await startHarness();
    const scene = await monitoringScene(h);
    const coordinator = chatAs(h, scene.people.coordinator);
    const report = await submittedReport(scene);
    const older = await openCard(coordinator);
    const card = await openCard(coordinator);

    await coordinator.pressOn(card, "↩️ Вернуть на доработку");
    await coordinator.say("Проверьте численность обучающихся.");
    const done = await coordinator.press("✔️ Готово");
    expect(done.join("\n")).toContain("Отчёт возвращён на доработку (отмечено вопросов: 0)");
    const decided = current(coordinator, card);
    expect(decided?.text).toContain("↩️ Возвращён на доработку (отмечено вопросов: 0).");
    expect(buttonsOf(decided)).toEqual([]);

    const refused = await coordinator.pressOn(older, "✅ Принять");
    expect(refused).toEqual([
      `Этот отчёт уже возвращён на доработку ${await decidedAt(report.id, "return")}.`,
    ]);
    expect(
      (await h.db.prisma.submission.findUniqueOrThrow({ where: { id: report.id } })).status,
    ).toBe("returned");
  });

  it("opens a decided report from an old queue as a card without buttons that says when it was decided", async () => {
    h = await startHarness();
    const scene = await monitoringScene(h);
    const coordinator = chatAs(h, scene.people.coordinator);
    const report = await submittedReport(scene);
    await coordinator.say("/review");
    const queue = coordinator.last();
    if (!queue) throw new Error("no queue");
    const card = await openCard(coordinator);
    await coordinator.pressOn(card, "✅ Принять");

    const [again = ""] = await coordinator.pressOn(queue, /^1\. /);
    expect(again).toContain("📄 МБОУ СОШ № 1 г. Углегорска");
    expect(again).toContain(`Этот отчёт уже принят ${await decidedAt(report.id, "accept")}.`);
    expect(buttonsOf(coordinator.last())).toEqual([]);
  });

  it("says the school is changing a report it had sent", async () => {
    h = await startHarness();
    const scene = await monitoringScene(h);
    const coordinator = chatAs(h, scene.people.coordinator);
    const report = await submittedReport(scene);
    const card = await openCard(coordinator);
    // The deputy changes an answer after sending: the report is a draft again.
    await h.db.prisma.submission.update({ where: { id: report.id }, data: { status: "draft" } });

    expect(await coordinator.pressOn(card, "✅ Принять")).toEqual([
      "Школа изменяет этот отчёт после отправки и ещё не отправила его снова.",
    ]);
    expect(buttonsOf(current(coordinator, card))).toEqual([]);
  });

  it("says a report is outside the coordinator's responsibility once their directions change", async () => {
    h = await startHarness();
    const scene = await monitoringScene(h);
    const coordinator = chatAs(h, scene.people.coordinator);
    await submittedReport(scene);
    const card = await openCard(coordinator);
    const person = await h.db.prisma.person.findFirstOrThrow({
      where: { telegramId: BigInt(scene.people.coordinator.id) },
    });
    await h.db.prisma.roleAssignment.updateMany({
      where: { personId: person.id, role: "coordinator" },
      data: { directionCodes: "teacher-development" },
    });

    expect(await coordinator.pressOn(card, "✅ Принять")).toEqual([
      "Этот отчёт вне вашей зоны ответственности: он относится к другому муниципалитету или направлению.",
    ]);
    expect(buttonsOf(current(coordinator, card))).toEqual([]);
  });
});
