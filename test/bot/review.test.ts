import { afterEach, describe, expect, it } from "vitest";
import { versionHistory } from "../../src/db/reviews/reviews.ts";
import { type Harness, startHarness } from "../support/bot-harness.ts";
import { chatAs } from "../support/chat.ts";
import { monitoringScene } from "../support/monitoring.ts";

let h: Harness;
afterEach(async () => {
  await h.stop();
});

type Chat = ReturnType<typeof chatAs>;

async function fillAndSubmit(deputy: Chat) {
  await deputy.press("📝 Заполнить форму");
  for (const text of ["120", "70", "50", "4,25", "90"]) await deputy.say(text);
  await deputy.press("Нет");
  await deputy.press("В одну смену");
  await deputy.press(/Шахматы/);
  await deputy.press("✔️ Готово");
  await deputy.say("01.02.2026");
  await deputy.press("⏭ Пропустить");
  await deputy.press("✅ Отправить координатору");
}

/** Waits until the worker has delivered a message containing `text` to this person. */
const delivered = (chat: Chat, text: string) =>
  h.fake
    .waitForCall(
      "sendMessage",
      (c) => c.payload.chat_id === chat.user.id && String(c.payload.text).includes(text),
    )
    .then(() => h.fake.settle());

describe("review", () => {
  it("returns marked questions with reasons; the school fixes exactly those and the coordinator sees the change", async () => {
    h = await startHarness();
    const scene = await monitoringScene(h, { allTypes: true });
    const deputy = chatAs(h, scene.people.deputy);
    const director = chatAs(h, scene.people.director);
    const coordinator = chatAs(h, scene.people.coordinator);
    await fillAndSubmit(deputy);
    await delivered(coordinator, "Отчёт на проверку");

    await coordinator.press("🔍 Открыть отчёт");
    expect(coordinator.lastText()).toContain("Средний балл ОГЭ по математике? — 4,25");
    await coordinator.press("↩️ Вернуть на доработку");
    await coordinator.say("Проверьте средний балл: в отчёте ОГЭ указано другое значение.");
    await coordinator.press(/4\. Средний балл/);
    await coordinator.press("✔️ Готово");
    const done = await coordinator.say("Должно быть 4,3 по протоколу");
    expect(done.join()).toContain("Отчёт возвращён на доработку (отмечено вопросов: 1)");

    await delivered(deputy, "на доработку");
    await delivered(director, "на доработку");
    const reopened = await deputy.press("✏️ Исправить отчёт");
    expect(reopened.join("\n")).toContain("Проверьте средний балл");
    expect(deputy.lastText()).toContain("Средний балл ОГЭ");
    expect(deputy.lastText()).toContain("Замечание координатора: Должно быть 4,3 по протоколу");
    const summary = await deputy.say("4,3");
    expect(summary.join("\n")).toContain("Проверьте ответы перед отправкой");
    expect((await deputy.press("✅ Отправить координатору")).join()).toContain("версия 2");

    await delivered(coordinator, "Отчёт на проверку");
    await coordinator.say("/review");
    await coordinator.press(/^1\. /);
    expect(coordinator.lastText()).toContain("Средний балл ОГЭ по математике?: 4,25 → 4,3");
    await coordinator.press("✅ Принять");
    // The card itself shows the decision; its buttons are gone.
    expect(coordinator.lastText()).toContain("принят, школа получила уведомление");
    await delivered(deputy, "принят координатором");
    await delivered(director, "принят координатором");

    const submission = await h.db.prisma.submission.findFirstOrThrow();
    expect(submission.status).toBe("accepted");
    const history = await versionHistory(h.db.prisma, submission.id);
    expect(history.map((version) => version.version)).toEqual([1, 2]);
    const actions = (
      await h.db.prisma.auditEvent.findMany({ where: { entityType: "Submission" } })
    ).map((a) => a.action);
    expect(actions).toEqual(
      expect.arrayContaining([
        "submission.submitted",
        "submission.returned",
        "submission.accepted",
      ]),
    );
  });

  it("accepts every submission without warnings in one step", async () => {
    h = await startHarness();
    const scene = await monitoringScene(h, { allTypes: true });
    const deputy = chatAs(h, scene.people.deputy);
    const coordinator = chatAs(h, scene.people.coordinator);
    await fillAndSubmit(deputy);
    await delivered(coordinator, "Отчёт на проверку");
    await coordinator.say("/review");
    const accepted = await coordinator.press(/Принять все без предупреждений \(1\)/);
    expect(accepted.join()).toContain("Принято отчётов без предупреждений: 1");
    expect((await h.db.prisma.submission.findFirstOrThrow()).status).toBe("accepted");
  });

  it("lets a coordinator switch to a daily digest instead of a message per report", async () => {
    h = await startHarness();
    const scene = await monitoringScene(h, { allTypes: true });
    const coordinator = chatAs(h, scene.people.coordinator);
    await coordinator.say("/review");
    expect(coordinator.lastText()).toContain("Отчётов, ожидающих проверки, нет");
    const switched = await coordinator.press("🔕 Присылать сводкой");
    expect(switched.join()).toContain("будут приходить сводкой");
    const person = await h.db.prisma.person.findFirstOrThrow({
      where: { telegramId: BigInt(scene.people.coordinator.id) },
    });
    expect(person.reviewMode).toBe("digest");
    expect(
      await h.db.prisma.auditEvent.count({ where: { action: "person.review_mode_changed" } }),
    ).toBe(1);
  });
});
