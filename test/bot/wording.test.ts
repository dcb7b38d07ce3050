import { afterEach, describe, expect, it } from "vitest";
import { type Harness, startHarness } from "../support/bot-harness.ts";
import { chatAs } from "../support/chat.ts";
import { monitoringScene } from "../support/monitoring.ts";

let h: Harness;
afterEach(async () => {
  await h.stop();
});

type Chat = ReturnType<typeof chatAs>;

/** Waits until the worker has delivered a message containing `text` to this person; returns it. */
async function delivered(chat: Chat, text: string): Promise<string> {
  const call = await h.fake.waitForCall(
    "sendMessage",
    (c) => c.payload.chat_id === chat.user.id && String(c.payload.text).includes(text),
  );
  await h.fake.settle();
  return String(call.payload.text);
}

describe("periods are named one way in every message", () => {
  it("the task, the task list and the review queue and card all say «2025/26 учебный год»", async () => {
    h = await startHarness();
    const scene = await monitoringScene(h);
    const deputy = chatAs(h, scene.people.deputy);
    const coordinator = chatAs(h, scene.people.coordinator);
    expect(await delivered(deputy, "Новая задача")).toContain("Период: 2025/26 учебный год");
    const [tasks] = await deputy.say("/tasks");
    expect(tasks).toContain(
      "Результаты оценочных процедур — МБОУ СОШ № 1 г. Углегорска, 2025/26 учебный год",
    );

    await h.db.prisma.submission.create({
      data: {
        campaignId: scene.campaign.id,
        schoolId: scene.school.id,
        status: "submitted",
        version: 1,
        submittedAt: new Date(),
      },
    });
    const [queue] = await coordinator.say("/review");
    expect(queue).toContain("Результаты оценочных процедур, 2025/26 учебный год (версия 1)");
    const card = await coordinator.press(/^1\. /);
    expect(card.join("\n")).toContain("Результаты оценочных процедур, 2025/26 учебный год");
    for (const chat of [deputy, coordinator])
      for (const message of chat.messages()) expect(message.text ?? "").not.toContain("2025-26");
  });

  it("says «2025/26 school year» to an English reader", async () => {
    h = await startHarness();
    const scene = await monitoringScene(h, { language: "en" });
    const deputy = chatAs(h, scene.people.deputy);
    expect(await delivered(deputy, "New monitoring task")).toContain("Period: 2025/26 school year");
  });
});

describe("school names after a noun are quoted", () => {
  it("the school hears «Отчёт «…» по форме … принят» and «Координатор вернул отчёт «…»»", async () => {
    h = await startHarness();
    const scene = await monitoringScene(h);
    // The director hears of every decision on the school's report.
    const director = chatAs(h, scene.people.director);
    const coordinator = chatAs(h, scene.people.coordinator);
    const submit = () =>
      h.db.prisma.submission.upsert({
        where: {
          campaignId_schoolId: { campaignId: scene.campaign.id, schoolId: scene.school.id },
        },
        create: {
          campaignId: scene.campaign.id,
          schoolId: scene.school.id,
          status: "submitted",
          version: 1,
          submittedAt: new Date(),
        },
        update: { status: "submitted", version: 2 },
      });

    await submit();
    await coordinator.say("/review");
    await coordinator.press(/^1\. /);
    await coordinator.press("↩️ Вернуть на доработку");
    await coordinator.say("Уточните число обучающихся.");
    await coordinator.press("✔️ Готово");
    expect(await delivered(director, "вернул")).toContain(
      "↩️ Координатор вернул отчёт «МБОУ СОШ № 1 г. Углегорска» по форме «Результаты оценочных процедур» (2025/26 учебный год) на доработку.",
    );

    await submit();
    await coordinator.say("/review");
    await coordinator.press(/^1\. /);
    await coordinator.press("✅ Принять");
    expect(await delivered(director, "принят")).toBe(
      "✅ Отчёт «МБОУ СОШ № 1 г. Углегорска» по форме «Результаты оценочных процедур» (2025/26 учебный год) принят координатором. Спасибо за работу!",
    );
  });
});
