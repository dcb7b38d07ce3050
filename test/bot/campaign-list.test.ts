import { afterEach, describe, expect, it } from "vitest";
import { closeCampaign, createCampaign, openCampaign } from "../../src/db/campaigns/campaigns.ts";
import { type Harness, startHarness } from "../support/bot-harness.ts";
import { loadCatalog } from "../support/catalog.ts";
import { chatAs } from "../support/chat.ts";
import { createMunicipality, createSchool, issueInvite } from "../support/fixtures.ts";
import { createUser } from "../support/telegram-updates.ts";

let h: Harness;
afterEach(async () => {
  await h.stop();
});

const DAY = 86_400_000;
/** A year safely ahead, so deadlines are in the future whenever the tests run. */
const NEXT = new Date().getUTCFullYear() + 1;

async function scene() {
  h = await startHarness();
  const prisma = h.db.prisma;
  await loadCatalog(h.db);
  const municipality = await createMunicipality(prisma, {
    name: "Углегорский район",
    timezone: "Asia/Sakhalin",
  });
  const school = await createSchool(prisma, municipality.id, { name: "МБОУ СОШ № 1" });
  const coordinator = chatAs(h, createUser({ id: 7101, firstName: "Анна", languageCode: "ru" }));
  const { code } = await issueInvite(prisma, {
    role: "coordinator",
    municipalityId: municipality.id,
  });
  await coordinator.say(`/start ${code}`);

  /** An open campaign of the teachers' form for a school year; closed `closedDaysAgo` ago if given. */
  async function campaign(periodCode: string, closedDaysAgo?: number) {
    const form = await prisma.form.findUniqueOrThrow({ where: { code: "teacher-development" } });
    const actor = { kind: "cli" } as const;
    const created = await createCampaign(
      prisma,
      {
        formId: form.id,
        periodCode,
        municipalityId: municipality.id,
        selection: { kind: "all" },
        deadlineLocal: `${NEXT}-03-10 18:00`,
      },
      actor,
    );
    await openCampaign(prisma, created.id, actor);
    if (closedDaysAgo !== undefined)
      await closeCampaign(prisma, created.id, actor, new Date(Date.now() - closedDaysAgo * DAY));
    return created;
  }
  return { prisma, school, coordinator, campaign };
}

describe("/campaigns", () => {
  it("lists running and recently closed campaigns, a new campaign first, and keeps older ones in the archive", async () => {
    const { coordinator, campaign } = await scene();
    await campaign("2025-26");
    await campaign("2024-25", 2);
    await campaign("2023-24", 45);

    const [list] = await coordinator.say("/campaigns");
    expect(list).toContain(
      "1. Повышение квалификации педагогов — 2025/26 учебный год · 🟢 идёт сбор",
    );
    expect(list).toContain(
      "2. Повышение квалификации педагогов — 2024/25 учебный год · 🔒 закрыта",
    );
    expect(list).toContain("🔒 Закрыта: ");
    expect(list).not.toContain("2023/24");
    expect(list).toContain("Все закрытые кампании — в «🗄 Архив кампаний»");
    expect(coordinator.buttons()).toEqual([
      "➕ Новая кампания",
      "1. 🔒 Закрыть",
      "1. 🕒 Перенести срок",
      "🗄 Архив кампаний",
    ]);

    const [archive = ""] = await coordinator.press("🗄 Архив кампаний");
    expect(archive).toContain("🗄 Архив кампаний: закрытые, последние закрытые первыми (1–2 из 2).");
    expect(archive.indexOf("2024/25")).toBeLessThan(archive.indexOf("2023/24"));
    expect(coordinator.buttons()).toEqual([
      "1. 🔓 Разрешить школе исправить отчёт",
      "2. 🔓 Разрешить школе исправить отчёт",
    ]);
  });

  it("lets a school correct its report from the archive", async () => {
    const { coordinator, campaign, school } = await scene();
    await campaign("2023-24", 45);
    const [list] = await coordinator.say("/campaigns");
    expect(list).toContain("Идущих кампаний нет, и за последние 30 дней ни одна не закрывалась.");
    expect(coordinator.buttons()).toEqual(["➕ Новая кампания", "🗄 Архив кампаний"]);
    await coordinator.press("🗄 Архив кампаний");
    await coordinator.press("1. 🔓 Разрешить школе исправить отчёт");
    const done = await coordinator.press(school.name);
    expect(done.join("\n")).toContain(`${school.name} может исправить отчёт до`);
  });

  it("says why a school cannot be let to correct its report when the campaign left the coordinator's directions", async () => {
    const { prisma, coordinator, campaign, school } = await scene();
    await campaign("2023-24", 45);
    await coordinator.say("/campaigns");
    await coordinator.press("🗄 Архив кампаний");
    await coordinator.press("1. 🔓 Разрешить школе исправить отчёт");
    await prisma.roleAssignment.updateMany({
      where: { role: "coordinator" },
      data: { directionCodes: "student-preparation" },
    });
    expect(await coordinator.press(school.name)).toEqual([
      "Эта кампания вне вашей зоны ответственности: она относится к другому муниципалитету или направлению.",
    ]);
  });

  it("turns the archive's pages in the same message", async () => {
    const { coordinator, campaign } = await scene();
    for (const [index, code] of [
      "2019-20",
      "2020-21",
      "2021-22",
      "2022-23",
      "2023-24",
      "2024-25",
    ].entries())
      await campaign(code, 100 - index);
    await coordinator.say("/campaigns");
    const [first] = await coordinator.press("🗄 Архив кампаний");
    expect(first).toContain("(1–5 из 6)");
    expect(first).toContain("2024/25");
    expect(first).not.toContain("2019/20");
    const archive = coordinator.last();
    expect(await coordinator.press("▶️")).toEqual([]);
    expect(coordinator.last()?.message_id).toBe(archive?.message_id);
    expect(coordinator.lastText()).toContain("(6–6 из 6)");
    expect(coordinator.lastText()).toContain(
      "6. Повышение квалификации педагогов — 2019/20 учебный год",
    );
    expect(coordinator.buttons()).toEqual(["6. 🔓 Разрешить школе исправить отчёт", "◀️"]);
  });

  it("shows no archive button while nothing has closed", async () => {
    const { coordinator } = await scene();
    const [list] = await coordinator.say("/campaigns");
    expect(list).toContain("Кампаний мониторинга пока нет");
    expect(coordinator.buttons()).toEqual(["➕ Новая кампания"]);
  });
});
