import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type Harness, startHarness } from "../support/bot-harness.ts";
import { createMunicipality, createSchool, issueInvite } from "../support/fixtures.ts";
import { createUser, groupTextMessage } from "../support/telegram-updates.ts";

const LINK = /https:\/\/t\.me\/(\w+)\?start=([A-Za-z0-9_-]{24})/g;

let h: Harness;
beforeEach(async () => {
  h = await startHarness();
});
afterEach(async () => {
  await h.stop();
});

/** Sends a text as the user and returns the text of every message the bot sent back. */
async function say(user: ReturnType<typeof createUser>, text: string): Promise<string[]> {
  const mark = h.fake.mark();
  h.fake.sendText(user, text);
  await h.fake.waitForCall("sendMessage", (call) => call.payload.chat_id === user.id, {
    after: mark,
  });
  await h.fake.settle();
  return h.fake
    .callsOf("sendMessage")
    .slice(0)
    .filter((call) => call.index >= mark && call.payload.chat_id === user.id)
    .map((call) => String(call.payload.text));
}

function buttonsOf(payload: {
  reply_markup?: unknown;
}): Array<{ text: string; callback_data?: string; web_app?: unknown }> {
  const markup = payload.reply_markup as
    | { inline_keyboard?: Array<Array<{ text: string; callback_data?: string }>> }
    | undefined;
  return markup?.inline_keyboard?.flat() ?? [];
}

async function press(
  user: ReturnType<typeof createUser>,
  buttonText: string | RegExp,
): Promise<string[]> {
  const message = [...h.fake.messagesIn(user.id)]
    .reverse()
    .find((m) =>
      buttonsOf(m).some((b) =>
        typeof buttonText === "string" ? b.text === buttonText : buttonText.test(b.text),
      ),
    );
  if (!message) throw new Error(`no message with a button ${buttonText}`);
  const button = buttonsOf(message).find((b) =>
    typeof buttonText === "string" ? b.text === buttonText : buttonText.test(b.text),
  );
  const mark = h.fake.mark();
  h.fake.pressButton(user, message, button?.callback_data ?? "");
  await h.fake.waitForCall("answerCallbackQuery", undefined, { after: mark });
  await h.fake.settle();
  return h.fake.calls
    .filter(
      (call) => call.index >= mark && ["sendMessage", "editMessageText"].includes(call.method),
    )
    .map((call) => String(call.payload.text));
}

async function coordinatorOnline() {
  const municipality = await createMunicipality(h.db.prisma, { name: "Ишимбайский район" });
  const schools = [
    await createSchool(h.db.prisma, municipality.id, { name: "МБОУ СОШ № 1", lowResults: true }),
    await createSchool(h.db.prisma, municipality.id, { name: "МБОУ Гимназия № 2" }),
    await createSchool(h.db.prisma, municipality.id, {
      name: "МАДОУ Детский сад № 5",
      type: "kindergarten",
    }),
  ];
  const invite = await issueInvite(h.db.prisma, {
    role: "coordinator",
    municipalityId: municipality.id,
  });
  const coordinator = createUser({
    id: 1001,
    firstName: "Анна",
    lastName: "Петрова",
    languageCode: "ru",
  });
  await say(coordinator, `/start ${invite.code}`);
  return { municipality, schools, coordinator };
}

describe("onboarding by invite", () => {
  it("tells a stranger how to get an invite, in Russian by default and in English for English apps", async () => {
    const [ru] = await say(createUser({ id: 1, firstName: "Иван" }), "/start");
    expect(ru).toContain("ссылке-приглашению");
    const [en] = await say(createUser({ id: 2, firstName: "John", languageCode: "en" }), "/start");
    expect(en).toContain("personal invite link");
  });

  it("binds a coordinator from a CLI invite and shows the coordinator's menu and commands", async () => {
    const { coordinator } = await coordinatorOnline();
    const sent = h.fake.callsOf("sendMessage").filter((c) => c.payload.chat_id === coordinator.id);
    expect(sent.map((c) => c.payload.text).join("\n")).toContain("Добро пожаловать, Анна Петрова!");
    const menu = sent.at(-1);
    expect(String(menu?.payload.text)).toContain("Координатор — Ишимбайский район");
    expect(buttonsOf(menu?.payload ?? {}).map((b) => b.text)).toContain("👥 Пригласить участников");
    const commands = h.fake
      .callsOf("setMyCommands")
      .find(
        (c) => (c.payload.scope as { chat_id?: number } | undefined)?.chat_id === coordinator.id,
      );
    expect(
      ((commands?.payload.commands ?? []) as Array<{ command: string }>).map((c) => c.command),
    ).toContain("invite");
    const audit = await h.db.prisma.auditEvent.findMany({
      where: { action: { in: ["role.granted", "invite.redeemed"] } },
    });
    expect(audit.map((a) => a.action).sort()).toEqual(["invite.redeemed", "role.granted"]);
  });

  it("lets a coordinator invite one school's director, who lands in the director's menu", async () => {
    const { coordinator } = await coordinatorOnline();
    await press(coordinator, "👥 Пригласить участников");
    await press(coordinator, "Директоров школ");
    const [linkMessage] = await press(coordinator, "МБОУ СОШ № 1");
    const [, username, code] = [...(linkMessage ?? "").matchAll(LINK)][0] ?? [];
    expect(username).toBe("msoko_test_bot");

    const director = createUser({ id: 2002, firstName: "Олег", lastName: "Смирнов" });
    const replies = await say(director, `/start ${code}`);
    expect(replies.join("\n")).toContain("Вы подключены к МСОКО: Директор");
    expect(replies.at(-1)).toContain("Директор — МБОУ СОШ № 1");
    const menuButtons = buttonsOf(h.fake.messagesIn(director.id).at(-1) ?? {}).map((b) => b.text);
    expect(menuButtons).toContain("🏫 Моя организация");
    expect(menuButtons).not.toContain("👥 Пригласить участников");

    // The coordinator hears about it through the outbox.
    await h.fake.waitForCall(
      "sendMessage",
      (c) =>
        c.payload.chat_id === coordinator.id &&
        String(c.payload.text).includes("Олег Смирнов принял(а) приглашение"),
    );
  });

  it("creates links for every school at once", async () => {
    const { coordinator } = await coordinatorOnline();
    await h.fake.sendText(coordinator, "/invite");
    await h.fake.settle();
    await press(coordinator, "Заместителей директоров");
    const replies = await press(coordinator, /Для всех организаций \(3\)/);
    const links = [...replies.join("\n").matchAll(LINK)];
    expect(links).toHaveLength(3);
    expect(replies.join("\n")).toContain("МАДОУ Детский сад № 5");
    expect(await h.db.prisma.invite.count({ where: { role: "deputy" } })).toBe(3);
  });

  it("onboards a deputy and a viewer in English", async () => {
    const municipality = await createMunicipality(h.db.prisma, {
      name: "Uglegorsk district",
      timezone: "Asia/Sakhalin",
    });
    const school = await createSchool(h.db.prisma, municipality.id, { name: "School No 3" });
    const deputyInvite = await issueInvite(h.db.prisma, {
      role: "deputy",
      municipalityId: municipality.id,
      schoolId: school.id,
    });
    const viewerInvite = await issueInvite(h.db.prisma, {
      role: "viewer",
      municipalityId: municipality.id,
    });

    const deputy = createUser({ id: 3003, firstName: "Mary", languageCode: "en" });
    const deputyReplies = await say(deputy, `/start ${deputyInvite.code}`);
    expect(deputyReplies.join("\n")).toContain("You are connected to MSOKO: Deputy director");
    expect(deputyReplies.at(-1)).toContain("Deputy director — School No 3");

    const viewer = createUser({ id: 4004, firstName: "Peter", languageCode: "en" });
    const viewerReplies = await say(viewer, `/start ${viewerInvite.code}`);
    expect(viewerReplies.at(-1)).toContain("Viewer — Uglegorsk district");
    const help = await say(viewer, "/help");
    expect(help.join("\n")).toContain("As a viewer");
  });
});

describe("invites that cannot be used", () => {
  it("refuses a used-up invite to a second person but greets the first one again", async () => {
    const municipality = await createMunicipality(h.db.prisma);
    const school = await createSchool(h.db.prisma, municipality.id, { name: "СОШ № 7" });
    const invite = await issueInvite(h.db.prisma, {
      role: "director",
      municipalityId: municipality.id,
      schoolId: school.id,
    });
    const first = createUser({ id: 5001, firstName: "Первый" });
    await say(first, `/start ${invite.code}`);
    const again = await say(first, `/start ${invite.code}`);
    expect(again[0]).toContain("Это приглашение вы уже приняли");
    const second = await say(
      createUser({ id: 5002, firstName: "Второй" }),
      `/start ${invite.code}`,
    );
    expect(second).toEqual([expect.stringContaining("уже подключилось столько человек")]);
    expect(await h.db.prisma.roleAssignment.count()).toBe(1);
  });

  it("refuses an expired invite", async () => {
    const municipality = await createMunicipality(h.db.prisma);
    const invite = await issueInvite(
      h.db.prisma,
      { role: "viewer", municipalityId: municipality.id, ttlDays: 1 },
      new Date(Date.now() - 2 * 86_400_000),
    );
    const replies = await say(
      createUser({ id: 6001, firstName: "Поздний" }),
      `/start ${invite.code}`,
    );
    expect(replies).toEqual([
      expect.stringContaining("Срок действия этой ссылки-приглашения истёк"),
    ]);
  });

  it("refuses an invite the coordinator revoked from the bot", async () => {
    const { coordinator, schools } = await coordinatorOnline();
    const invite = await issueInvite(h.db.prisma, {
      role: "director",
      municipalityId: schools[0]?.municipalityId ?? 0,
      schoolId: schools[0]?.id,
    });
    await press(coordinator, "🎟 Действующие приглашения");
    const revoked = await press(coordinator, `❌ Отозвать #${invite.id}`);
    expect(revoked.join("\n")).toContain(`Приглашение #${invite.id} отозвано`);
    const replies = await say(
      createUser({ id: 7001, firstName: "Опоздавший" }),
      `/start ${invite.code}`,
    );
    expect(replies).toEqual([expect.stringContaining("отозвана координатором")]);
    const audit = await h.db.prisma.auditEvent.findFirst({ where: { action: "invite.revoked" } });
    expect(audit?.entityId).toBe(String(invite.id));
  });

  it("answers a wrong or mangled code clearly", async () => {
    const user = createUser({ id: 8001, firstName: "Ошибка" });
    expect(await say(user, "/start AAAAAAAAAAAAAAAAAAAAAAAA")).toEqual([
      expect.stringContaining("не найдена"),
    ]);
    expect(await say(user, "/start abc")).toEqual([
      expect.stringContaining("Не удалось распознать ссылку"),
    ]);
  });
});

describe("everyday chat", () => {
  it("switches the language with /lang and keeps it", async () => {
    const { coordinator } = await coordinatorOnline();
    await say(coordinator, "/lang");
    const changed = await press(coordinator, "🇬🇧 English");
    expect(changed.join("\n")).toContain("the interface language is English");
    const menu = await say(coordinator, "/menu");
    expect(menu.at(-1)).toContain("Coordinator — Ишимбайский район");
    expect(
      (await h.db.prisma.person.findFirst({ where: { telegramId: BigInt(coordinator.id) } }))
        ?.language,
    ).toBe("en");
  });

  it("answers commands in a group with a hint and ignores other group talk", async () => {
    const user = createUser({ id: 9001, firstName: "Группа" });
    const mark = h.fake.mark();
    h.fake.pushUpdate(groupTextMessage(user, -100123, "/start"));
    await h.fake.waitForCall("sendMessage", undefined, { after: mark });
    h.fake.pushUpdate(groupTextMessage(user, -100123, "всем привет"));
    await h.fake.settle();
    const sent = h.fake.calls.filter((c) => c.index >= mark && c.method === "sendMessage");
    expect(sent).toHaveLength(1);
    expect(String(sent[0]?.payload.text)).toContain("только в личных сообщениях");
  });

  it("notes when a person blocks the bot and when they come back", async () => {
    const { coordinator } = await coordinatorOnline();
    const person = () =>
      h.db.prisma.person.findFirstOrThrow({ where: { telegramId: BigInt(coordinator.id) } });
    h.fake.blockBot(coordinator);
    await h.fake.settle();
    expect((await person()).blockedAt).not.toBeNull();
    h.fake.unblockBot(coordinator);
    await h.fake.settle();
    expect((await person()).blockedAt).toBeNull();
    const actions = await h.db.prisma.auditEvent.findMany({
      where: { action: { startsWith: "person." } },
    });
    expect(actions.map((a) => a.action)).toEqual([
      "person.registered",
      "person.blocked_bot",
      "person.unblocked_bot",
    ]);
  });

  it("tells a stranger who writes anything to use an invite", async () => {
    expect(await say(createUser({ id: 9101, firstName: "Кто-то" }), "Здравствуйте")).toEqual([
      expect.stringContaining("откройте ссылку-приглашение"),
    ]);
  });
});
