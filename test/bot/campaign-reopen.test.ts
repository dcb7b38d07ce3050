import { afterEach, describe, expect, it } from "vitest";
import { closeCampaign } from "../../src/db/campaigns/campaigns.ts";
import { type Harness, startHarness } from "../support/bot-harness.ts";
import { chatAs } from "../support/chat.ts";
import { monitoringScene } from "../support/monitoring.ts";

let h: Harness;
afterEach(async () => {
  await h.stop();
});

describe("after a campaign closes", () => {
  it("a coordinator lets one school correct its report, and the school can open the form again", async () => {
    h = await startHarness();
    const scene = await monitoringScene(h, { allTypes: true });
    const deputy = chatAs(h, scene.people.deputy);
    const coordinator = chatAs(h, scene.people.coordinator);
    await closeCampaign(h.db.prisma, scene.campaign.id, { kind: "cli" });
    expect((await deputy.press("📝 Заполнить форму")).join()).toContain("Кампания закрыта");

    await coordinator.say("/campaigns");
    await coordinator.press("🗄 Архив кампаний");
    await coordinator.press(/🔓 Разрешить школе исправить отчёт/);
    const done = await coordinator.press(scene.school.name);
    expect(done.join()).toContain(`${scene.school.name} может исправить отчёт до`);

    await h.fake.waitForCall(
      "sendMessage",
      (c) =>
        c.payload.chat_id === scene.people.deputy.id &&
        String(c.payload.text).includes("внести изменения"),
    );
    await h.fake.settle();
    const reopened = await deputy.press(/Заполнить форму/);
    expect(reopened.at(-1)).toContain("Вопрос 1 из 11");
    expect(await h.db.prisma.auditEvent.count({ where: { action: "submission.reopened" } })).toBe(
      1,
    );
  });
});
