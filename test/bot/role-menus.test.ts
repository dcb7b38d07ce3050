import { afterEach, describe, expect, it } from "vitest";
import type { Role } from "../../src/domain/roles.ts";
import { type Harness, startHarness } from "../support/bot-harness.ts";
import { createMunicipality, createSchool, issueInvite } from "../support/fixtures.ts";
import { createUser } from "../support/telegram-updates.ts";

let h: Harness | undefined;
afterEach(async () => {
  await h?.stop();
  h = undefined;
});

const EXPECTED = {
  ru: {
    coordinator: {
      role: "Координатор — Ишимбайский район",
      buttons: ["👥 Пригласить участников", "🎟 Действующие приглашения"],
    },
    director: { role: "Директор — МБОУ СОШ № 4", buttons: ["🏫 Моя организация"] },
    deputy: { role: "Заместитель директора — МБОУ СОШ № 4", buttons: ["🏫 Моя организация"] },
    viewer: { role: "Наблюдатель — Ишимбайский район", buttons: ["🏫 Моя организация"] },
    app: "📊 Открыть мини-приложение",
  },
  en: {
    coordinator: {
      role: "Coordinator — Ишимбайский район",
      buttons: ["👥 Invite people", "🎟 Open invites"],
    },
    director: { role: "Director — МБОУ СОШ № 4", buttons: ["🏫 My organisation"] },
    deputy: { role: "Deputy director — МБОУ СОШ № 4", buttons: ["🏫 My organisation"] },
    viewer: { role: "Viewer — Ишимбайский район", buttons: ["🏫 My organisation"] },
    app: "📊 Open the mini-app",
  },
} as const;

describe.each(["ru", "en"] as const)("every role lands in its own menu (%s)", (language) => {
  it.each(["coordinator", "director", "deputy", "viewer"] as const)("%s", async (role: Role) => {
    h = await startHarness({ PUBLIC_URL: "https://msoko.example.ru" });
    const municipality = await createMunicipality(h.db.prisma, { name: "Ишимбайский район" });
    const school = await createSchool(h.db.prisma, municipality.id, { name: "МБОУ СОШ № 4" });
    const atSchool = role === "director" || role === "deputy";
    const invite = await issueInvite(h.db.prisma, {
      role,
      municipalityId: municipality.id,
      ...(atSchool ? { schoolId: school.id } : {}),
    });
    const user = createUser({ id: 42, firstName: "Тест", languageCode: language });
    const mark = h.fake.mark();
    h.fake.sendText(user, `/start ${invite.code}`);
    await h.fake.waitForCall(
      "sendMessage",
      (c) => Boolean((c.payload.reply_markup as object | undefined) ?? false),
      { after: mark },
    );
    await h.fake.settle();

    const menu = h.fake.messagesIn(user.id).at(-1);
    expect(menu?.text).toContain(EXPECTED[language][role].role);
    const buttons = menu?.reply_markup?.inline_keyboard.flat() ?? [];
    const labels = buttons.map((b) => b.text);
    for (const label of EXPECTED[language][role].buttons) expect(labels).toContain(label);
    if (role !== "coordinator")
      expect(labels).not.toContain(EXPECTED[language].coordinator.buttons[0]);
    const app = buttons.find((b) => b.text === EXPECTED[language].app);
    expect(app && "web_app" in app ? app.web_app.url : null).toBe("https://msoko.example.ru/app/");

    const commands = h.fake.lastCall("setMyCommands")?.payload.commands as Array<{
      command: string;
      description: string;
    }>;
    expect(commands.some((c) => c.command === "invite")).toBe(role === "coordinator");
    expect(commands.find((c) => c.command === "help")?.description).toBe(
      language === "ru" ? "Справка" : "Help",
    );
  });
});

describe("the default command list", () => {
  it("is set for private chats in Russian and, for English apps, in English", async () => {
    h = await startHarness();
    const calls = h.fake.callsOf("setMyCommands").map((c) => c.payload);
    expect(calls).toEqual([
      expect.objectContaining({ scope: { type: "all_private_chats" } }),
      expect.objectContaining({ scope: { type: "all_private_chats" }, language_code: "en" }),
    ]);
    expect(((calls[0]?.commands ?? []) as Array<{ description: string }>)[0]?.description).toBe(
      "Начать работу",
    );
  });

  it("offers no mini-app button without an https PUBLIC_URL", async () => {
    h = await startHarness();
    const municipality = await createMunicipality(h.db.prisma);
    const invite = await issueInvite(h.db.prisma, {
      role: "viewer",
      municipalityId: municipality.id,
    });
    const user = createUser({ id: 43, firstName: "Без" });
    h.fake.sendText(user, `/start ${invite.code}`);
    await h.fake.settle();
    const labels = h.fake
      .messagesIn(user.id)
      .at(-1)
      ?.reply_markup?.inline_keyboard.flat()
      .map((b) => b.text);
    expect(labels).not.toContain("📊 Открыть мини-приложение");
  });
});
