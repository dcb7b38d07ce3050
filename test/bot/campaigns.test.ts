import type { Message, User } from "grammy/types";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { encodeTaskButton } from "../../src/bot/callback-data/task.ts";
import { createCampaign, openCampaign } from "../../src/db/campaigns/campaigns.ts";
import { periodContaining, previousPeriodCode } from "../../src/domain/periods.ts";
import { type Harness, startHarness } from "../support/bot-harness.ts";
import { loadCatalog } from "../support/catalog.ts";
import type { CallRecord } from "../support/fake-bot-api.ts";
import { createMunicipality, createSchool, issueInvite } from "../support/fixtures.ts";
import { createUser, stickerMessage } from "../support/telegram-updates.ts";

let h: Harness;
beforeEach(async () => {
  h = await startHarness();
});
afterEach(async () => {
  await h.stop();
});

const ZONE = "Asia/Sakhalin";
/** A year safely ahead, so typed deadlines are in the future whenever the tests run. */
const NEXT = new Date().getUTCFullYear() + 1;

/**
 * The half-years the bot may have taken for "now" since `since` (its clock and the test's are read
 * at different moments): one, or two when a half-year boundary passed during the test.
 */
const halfYearsSince = (since: Date) => [
  ...new Set([
    periodContaining("half_year", since, ZONE),
    periodContaining("half_year", new Date(), ZONE),
  ]),
];

type Button = { text: string; callback_data?: string };
const buttonsOf = (message: { reply_markup?: unknown }): Button[] =>
  (
    (message.reply_markup as { inline_keyboard?: Button[][] } | undefined)?.inline_keyboard ?? []
  ).flat();

interface Outcome {
  /** Texts the bot sent or edited in this user's chat, in order. */
  texts: string[];
  /** The notice on the pressed button, if any. */
  toast?: string;
  calls: CallRecord[];
}

async function act(user: User, push: () => void): Promise<Outcome> {
  const mark = h.fake.mark();
  push();
  await h.fake.settle();
  const calls = h.fake.calls.filter((call) => call.index >= mark);
  return {
    calls,
    texts: calls
      .filter(
        (c) =>
          ["sendMessage", "editMessageText"].includes(c.method) && c.payload.chat_id === user.id,
      )
      .map((c) => String(c.payload.text)),
    toast: calls.find((c) => c.method === "answerCallbackQuery")?.payload.text as
      | string
      | undefined,
  };
}

const say = (user: User, text: string) => act(user, () => h.fake.sendText(user, text));

function latestWith(user: User, label: string | RegExp): { message: Message; button: Button } {
  const matches = (b: Button) =>
    typeof label === "string" ? b.text === label : label.test(b.text);
  const message = [...h.fake.messagesIn(user.id)].reverse().find((m) => buttonsOf(m).some(matches));
  const button = message && buttonsOf(message).find(matches);
  if (!message || !button) throw new Error(`no message with a button ${label}`);
  return { message, button };
}

function press(user: User, label: string | RegExp): Promise<Outcome> {
  const { message, button } = latestWith(user, label);
  return act(user, () => h.fake.pressButton(user, message, button.callback_data ?? ""));
}

/** The buttons of the bot's latest message that has any. */
function lastButtons(user: User): string[] {
  const message = [...h.fake.messagesIn(user.id)].reverse().find((m) => buttonsOf(m).length > 0);
  return message ? buttonsOf(message).map((b) => b.text) : [];
}

async function join(user: User, invite: Parameters<typeof issueInvite>[1]) {
  const { code } = await issueInvite(h.db.prisma, invite);
  await say(user, `/start ${code}`);
}

/** Sakhalin (UTC+11) with four organisations, deputies in two schools and a director in a third. */
async function world(coordinatorFields: { directionCodes?: string[]; languageCode?: string } = {}) {
  const prisma = h.db.prisma;
  await loadCatalog(h.db);
  const municipality = await createMunicipality(prisma, {
    name: "Углегорский район",
    timezone: ZONE,
  });
  const m = municipality.id;
  const school1 = await createSchool(prisma, m, { name: "МБОУ СОШ № 1", lowResults: true });
  const school2 = await createSchool(prisma, m, {
    name: "МБОУ СОШ № 2",
    lowResults: true,
    unfavourableConditions: true,
  });
  const school10 = await createSchool(prisma, m, { name: "МБОУ СОШ № 10" });
  await createSchool(prisma, m, { name: "МБДОУ Детский сад № 5", type: "kindergarten" });
  const deputy1 = createUser({ id: 3101, firstName: "Ирина" });
  const deputy2 = createUser({ id: 3102, firstName: "Павел" });
  const director10 = createUser({ id: 3110, firstName: "Олег" });
  await join(deputy1, { role: "deputy", municipalityId: m, schoolId: school1.id });
  await join(deputy2, { role: "deputy", municipalityId: m, schoolId: school2.id });
  await join(director10, { role: "director", municipalityId: m, schoolId: school10.id });
  const coordinator = createUser({
    id: 3001,
    firstName: "Анна",
    languageCode: coordinatorFields.languageCode ?? "ru",
  });
  await join(coordinator, {
    role: "coordinator",
    municipalityId: m,
    ...(coordinatorFields.directionCodes
      ? { directionCodes: coordinatorFields.directionCodes }
      : {}),
  });
  return { municipality, school1, school2, school10, deputy1, deputy2, director10, coordinator };
}

const formId = async (code: string) =>
  (await h.db.prisma.form.findUniqueOrThrow({ where: { code } })).id;

/** A campaign opened at the command line for the schools with low results. */
async function openedCampaign(municipalityId: number, deadlineLocal: string) {
  const actor = { kind: "cli" } as const;
  const periodCode = periodContaining("half_year", new Date(), ZONE);
  const campaign = await createCampaign(
    h.db.prisma,
    {
      formId: await formId("low-results-schools"),
      periodCode,
      municipalityId,
      selection: { kind: "flag", flag: "lowResults" },
      deadlineLocal,
    },
    actor,
  );
  await openCampaign(h.db.prisma, campaign.id, actor);
  return campaign;
}

const taskTo = (user: User, campaignId: number, schoolId: number, after = 0) =>
  h.fake.waitForCall(
    "sendMessage",
    (c) =>
      c.payload.chat_id === user.id &&
      buttonsOf(c.payload).some((b) => b.callback_data === encodeTaskButton(campaignId, schoolId)),
    { after },
  );

describe("a coordinator opens a campaign in the bot", () => {
  it("opens one for the schools with low results with a deadline typed in local time and tells their deputies", async () => {
    const { municipality, school1, school2, deputy1, deputy2, coordinator } = await world();
    const started = new Date();
    const list = await say(coordinator, "/campaigns");
    expect(list.texts.join("\n")).toContain("Кампаний мониторинга пока нет");

    const start = await press(coordinator, "➕ Новая кампания");
    expect(start.texts.join("\n")).toContain("Шаг 1 из 5. Выберите форму");
    expect(lastButtons(coordinator)).toHaveLength(11); // the catalog's ten forms and Cancel
    const period = await press(
      coordinator,
      "Направление 2 · Условия работы школы и программа развития",
    );
    expect(period.texts.join("\n")).toContain("За какой период собираем данные?");
    expect(lastButtons(coordinator).filter((b) => b.includes("полугодие"))).toHaveLength(2);
    await press(coordinator, /полугодие/);
    // The form is for general schools (the catalog says so): the kindergarten is not counted.
    expect(lastButtons(coordinator)).toEqual(
      expect.arrayContaining([
        "Все организации (3)",
        "С низкими результатами (2)",
        "В неблагоприятных социальных условиях (1)",
      ]),
    );
    expect((await press(coordinator, "С низкими результатами (2)")).texts).toEqual([
      "Выбрано организаций: 2.",
      expect.stringContaining(
        "по часам муниципалитета «Углегорский район» (Asia/Sakhalin, UTC+11)",
      ),
    ]);
    const closes = await say(coordinator, `15.12.${NEXT} 18:00`);
    expect(closes.texts.join("\n")).toContain(`Срок сдачи: 15 декабря ${NEXT}`);
    const card = (await press(coordinator, "🔒 Закрою вручную")).texts.join("\n");
    expect(card).toContain("Организации: школы с низкими результатами — 2");
    expect(card).toContain("• МБОУ СОШ № 1\n• МБОУ СОШ № 2");
    expect(card).toMatch(
      new RegExp(`Срок сдачи: 15 декабря ${NEXT} г\\. в 18:00 \\(Asia/Sakhalin, UTC\\+11\\)`),
    );
    expect(card).toContain("Закрытие приёма: вручную");

    const mark = h.fake.mark();
    const opened = await press(coordinator, "✅ Открыть кампанию");
    expect(opened.texts.join("\n")).toContain(
      "✅ Кампания открыта: Условия работы школы и программа развития",
    );
    expect(opened.texts.join("\n")).toContain("Организаций: 2. Задание получили: 2 человека.");
    expect(opened.texts.join("\n")).not.toContain("Никто не подключён");

    const campaign = await h.db.prisma.campaign.findFirstOrThrow({
      include: { period: true, targets: true },
    });
    expect(campaign.status).toBe("open");
    expect(campaign.municipalityId).toBe(municipality.id);
    expect(halfYearsSince(started)).toContain(campaign.period.code);
    // 18:00 in Sakhalin (UTC+11) is 07:00 UTC.
    expect(campaign.deadlineAt.toISOString()).toBe(`${NEXT}-12-15T07:00:00.000Z`);
    expect(campaign.closesAt).toBeNull();
    expect(campaign.targets.map((t) => t.schoolId).sort()).toEqual([school1.id, school2.id].sort());
    await taskTo(deputy1, campaign.id, school1.id, mark);
    await taskTo(deputy2, campaign.id, school2.id, mark);

    const after = await say(coordinator, "/campaigns");
    const text = after.texts.join("\n");
    expect(text).toContain("1. Условия работы школы и программа развития");
    expect(text).toContain("🟢 идёт сбор");
    expect(text).toContain(`🗓 Срок: 15 декабря ${NEXT} г. в 18:00`);
    expect(text).toContain("📊 сдали 0 из 2 · принято 0");
    expect(lastButtons(coordinator)).toEqual([
      "➕ Новая кампания",
      "1. 🔒 Закрыть",
      "1. 🕒 Перенести срок",
    ]);
  });

  it("picks schools by hand, reads a date alone as 18:00 and sets a closing time", async () => {
    const { school2, school10, coordinator } = await world();
    await say(coordinator, "/campaigns");
    await press(coordinator, "➕ Новая кампания");
    await press(coordinator, "Направление 3 · Выявление и поддержка талантов");
    await press(coordinator, /учебный год/);
    const pick = await press(coordinator, "✍️ Выбрать вручную");
    expect(pick.texts).toEqual(["Отметьте организации. Отмечено: 0 из 3."]);
    // "№ 2" before "№ 10": the order people read; the kindergarten does not answer this form.
    expect(lastButtons(coordinator).slice(0, 3)).toEqual([
      "▫️ МБОУ СОШ № 1",
      "▫️ МБОУ СОШ № 2",
      "▫️ МБОУ СОШ № 10",
    ]);
    expect(lastButtons(coordinator).join("\n")).not.toContain("Детский сад");
    expect((await press(coordinator, "✔️ Готово (0)")).texts).toEqual([
      "❗ Отметьте хотя бы одну организацию.",
      "Отметьте организации. Отмечено: 0 из 3.",
    ]);
    await press(coordinator, "▫️ МБОУ СОШ № 10");
    const ticked = await press(coordinator, "▫️ МБОУ СОШ № 2");
    expect(ticked.texts).toEqual(["Отметьте организации. Отмечено: 2 из 3."]);
    await press(coordinator, "✅ МБОУ СОШ № 10");
    await press(coordinator, "▫️ МБОУ СОШ № 10");
    expect((await press(coordinator, "✔️ Готово (2)")).texts[0]).toBe("Выбрано организаций: 2.");
    const closes = await say(coordinator, `10.03.${NEXT}`);
    expect(closes.texts.join("\n")).toContain(`Срок сдачи: 10 марта ${NEXT} г. в 18:00`);
    const card = (await say(coordinator, `12.03.${NEXT} 12:00`)).texts.join("\n");
    expect(card).toContain("Организации: выбраны вручную — 2\n• МБОУ СОШ № 2\n• МБОУ СОШ № 10");
    expect(card).toContain(`Закрытие приёма: 12 марта ${NEXT} г. в 12:00`);
    const opened = (await press(coordinator, "✅ Открыть кампанию")).texts.join("\n");
    expect(opened).toContain("Задание получили: 2 человека.");
    expect(opened).not.toContain("Никто не подключён");

    const campaign = await h.db.prisma.campaign.findFirstOrThrow({ include: { targets: true } });
    expect(campaign.deadlineAt.toISOString()).toBe(`${NEXT}-03-10T07:00:00.000Z`);
    expect(campaign.closesAt?.toISOString()).toBe(`${NEXT}-03-12T01:00:00.000Z`);
    expect(campaign.targets.map((t) => t.schoolId).sort()).toEqual(
      [school2.id, school10.id].sort(),
    );
  });

  it("warns about schools without anyone connected", async () => {
    const { coordinator } = await world();
    await press(coordinator, "📋 Кампании мониторинга");
    await press(coordinator, "➕ Новая кампания");
    await press(coordinator, /Самооценка руководителя/);
    await press(coordinator, /полугодие/);
    await press(coordinator, "По типу организации…");
    await press(coordinator, "дошкольная организация (1)");
    await say(coordinator, `20.05.${NEXT} 17:30`);
    await press(coordinator, "🔒 Закрою вручную");
    const opened = (await press(coordinator, "✅ Открыть кампанию")).texts.join("\n");
    expect(opened).toContain("Организаций: 1. Задание получили: 0 человек.");
    expect(opened).toContain(
      "⚠️ Никто не подключён к боту в организациях (1):\n• МБДОУ Детский сад № 5",
    );
  });
});

describe("bad input in the campaign wizard", () => {
  it("explains text, stickers, commands and old buttons where a choice is due, and asks again", async () => {
    const { coordinator } = await world();
    await say(coordinator, "/campaigns");
    await press(coordinator, "➕ Новая кампания");
    const stale = latestWith(coordinator, "Направление 1 · Результаты оценочных процедур");

    const text = await say(coordinator, "мониторинг ВПР");
    expect(text.texts).toEqual([
      "❗ Выберите вариант кнопками под сообщением.",
      expect.stringContaining("Шаг 1 из 5. Выберите форму"),
    ]);
    const sticker = await act(coordinator, () => h.fake.pushUpdate(stickerMessage(coordinator)));
    expect(sticker.texts).toEqual([
      "Здесь нужен текст или кнопка под сообщением. Ответьте на шаг выше.",
      expect.stringContaining("Шаг 1 из 5"),
    ]);
    const command = await say(coordinator, "/start");
    expect(command.texts).toEqual([
      expect.stringContaining("Сейчас идёт настройка кампании"),
      expect.stringContaining("Шаг 1 из 5"),
    ]);
    const old = await act(coordinator, () =>
      h.fake.pressButton(coordinator, stale.message, stale.button.callback_data ?? ""),
    );
    expect(old.toast).toBe("Эта кнопка от прежнего сообщения. Ответьте на последний шаг.");
    expect(old.texts).toEqual([]);

    await press(coordinator, "Направление 1 · Результаты оценочных процедур");
    expect((await say(coordinator, "2025-26")).texts[0]).toBe(
      "❗ Выберите вариант кнопками под сообщением.",
    );
    await press(coordinator, /учебный год/);
    expect((await say(coordinator, "все")).texts[0]).toBe(
      "❗ Выберите вариант кнопками под сообщением.",
    );
    await press(coordinator, "По типу организации…");
    const empty = await press(coordinator, "организация дополнительного образования (0)");
    expect(empty.texts[0]).toBe(
      "❗ В этот выбор не попала ни одна организация. Выберите другой вариант.",
    );
    const back = await press(coordinator, "◀️ Назад");
    expect(back.texts.join("\n")).toContain("Шаг 3 из 5");
    await press(coordinator, "✖️ Отмена");
    expect(await h.db.prisma.campaign.count()).toBe(0);
  });

  it("refuses malformed, impossible and past dates, a closing before the deadline, and text at the confirmation", async () => {
    const { coordinator } = await world();
    await say(coordinator, "/campaigns");
    await press(coordinator, "➕ Новая кампания");
    await press(coordinator, "Направление 1 · Результаты оценочных процедур");
    await press(coordinator, /учебный год/);
    await press(coordinator, /^Все организации/);

    const again = expect.stringContaining("Шаг 4 из 5. Срок сдачи");
    expect((await say(coordinator, "к пятнице")).texts).toEqual([
      expect.stringContaining("❗ Не получилось прочитать дату"),
      again,
    ]);
    expect((await say(coordinator, `31.02.${NEXT} 18:00`)).texts).toEqual([
      expect.stringContaining("❗ Такой даты или времени не бывает"),
      again,
    ]);
    expect((await say(coordinator, `01.03.${NEXT} 25:00`)).texts[0]).toContain(
      "Такой даты или времени не бывает",
    );
    const past = await say(coordinator, "01.09.2025 18:00");
    expect(past.texts[0]).toMatch(
      /^❗ Этот момент уже прошёл: сейчас в муниципалитете \d\d\.\d\d\.\d{4} \d\d:\d\d/,
    );
    expect(past.texts[1]).toEqual(again);
    expect((await say(coordinator, "/help")).texts[0]).toContain("Сейчас идёт настройка кампании");

    await say(coordinator, `10.03.${NEXT} 18:00`);
    const early = await say(coordinator, `09.03.${NEXT} 10:00`);
    expect(early.texts).toEqual([
      `❗ Кампания не может закрыться раньше срока сдачи (10.03.${NEXT} 18:00). Укажите более позднее время или нажмите «🔒 Закрою вручную».`,
      expect.stringContaining("Шаг 5 из 5"),
    ]);
    await press(coordinator, "🔒 Закрою вручную");
    expect((await say(coordinator, "да")).texts).toEqual([
      "❗ Выберите вариант кнопками под сообщением.",
      expect.stringContaining("Проверьте кампанию перед открытием"),
    ]);
    await press(coordinator, "◀️ Назад");
    expect((await say(coordinator, "/cancel")).texts).toEqual(["Отменено — ничего не изменилось."]);
    expect(await h.db.prisma.campaign.count()).toBe(0);
    // The wizard is over: the chat is back to normal.
    expect((await say(coordinator, "/campaigns")).texts.join("\n")).toContain(
      "Кампаний мониторинга пока нет",
    );
  });

  it("does not offer a period that already has a campaign", async () => {
    const { municipality, coordinator } = await world();
    const existing = await openedCampaign(municipality.id, `${NEXT}-03-10 18:00`);
    await say(coordinator, "/campaigns");
    await press(coordinator, "➕ Новая кампания");
    await press(coordinator, "Направление 2 · Условия работы школы и программа развития");
    const taken = await press(coordinator, /— уже есть$/);
    expect(taken.texts[0]).toBe(
      `❗ Кампания по этой форме за этот период уже есть (#${existing.id}). Выберите другой период или найдите её в /campaigns.`,
    );
    const started = new Date();
    await press(coordinator, /полугодие \d{4} г\.$/);
    await press(coordinator, /^Все организации/);
    await say(coordinator, `10.04.${NEXT}`);
    await press(coordinator, "🔒 Закрою вручную");
    await press(coordinator, "✅ Открыть кампанию");
    const created = await h.db.prisma.campaign.findFirstOrThrow({
      where: { id: { not: existing.id } },
      include: { period: true },
    });
    // The half-year before the taken one (or, were a boundary to pass mid-test, a free one).
    const seen = halfYearsSince(started);
    expect([...seen.map(previousPeriodCode), ...seen]).toContain(created.period.code);
    expect(created.periodId).not.toBe(existing.periodId);
  });
});

describe("a coordinator scoped to directions", () => {
  it("sees only the forms and campaigns of their directions, in English", async () => {
    const { municipality, coordinator } = await world({
      directionCodes: ["talent-support", "career-guidance"],
      languageCode: "en",
    });
    // The menu names the directions the way the catalog does, not by their codes.
    const menu = h.fake
      .messagesIn(coordinator.id)
      .map((message) => message.text ?? "")
      .find((text) => text.includes("directions:"));
    expect(menu).toContain(
      "(directions: 3. Identification, support and development of children's abilities and talents; 4. Self-determination and career guidance of students)",
    );
    await openedCampaign(municipality.id, `${NEXT}-03-10 18:00`);
    const list = await say(coordinator, "/campaigns");
    expect(list.texts.join("\n")).toContain("There are no monitoring campaigns yet");
    const start = await press(coordinator, "➕ New campaign");
    expect(start.texts.join("\n")).toContain("Step 1 of 5. Choose the form");
    expect(lastButtons(coordinator)).toEqual([
      "Direction 3 · Identifying and supporting talent",
      "Direction 4 · Career guidance and graduate placement",
      "✖️ Cancel",
    ]);
    await press(coordinator, "✖️ Cancel");

    const everything = createUser({ id: 3002, firstName: "Вера" });
    await join(everything, { role: "coordinator", municipalityId: municipality.id });
    expect((await say(everything, "/campaigns")).texts.join("\n")).toContain(
      "Условия работы школы и программа развития",
    );
  });
});

describe("closing a campaign and moving its deadline", () => {
  it("moves the deadline, telling the schools, and closes the campaign after asking", async () => {
    const { municipality, school1, school2, deputy1, deputy2, coordinator } = await world();
    const campaign = await openedCampaign(municipality.id, `${NEXT}-03-10 18:00`);
    await taskTo(deputy1, campaign.id, school1.id);
    await h.db.prisma.submission.create({
      data: {
        campaignId: campaign.id,
        schoolId: school2.id,
        status: "submitted",
        submittedAt: new Date(),
      },
    });
    const list = (await say(coordinator, "/campaigns")).texts.join("\n");
    expect(list).toContain(`🗓 Срок: 10 марта ${NEXT} г. в 18:00`);
    expect(list).toContain("📊 сдали 1 из 2 · принято 0");

    const ask = await press(coordinator, "1. 🕒 Перенести срок");
    expect(ask.texts.join("\n")).toContain(`Сейчас срок: 10 марта ${NEXT} г. в 18:00`);
    expect((await say(coordinator, "01.01.2020")).texts[0]).toContain("Этот момент уже прошёл");
    expect((await say(coordinator, `10.03.${NEXT} 18:00`)).texts[0]).toBe(
      "❗ Это и есть текущий срок. Укажите другой.",
    );
    const mark = h.fake.mark();
    const moved = await say(coordinator, `17.03.${NEXT} 12:00`);
    expect(moved.texts).toEqual([
      `✅ Срок перенесён на 17 марта ${NEXT} г. в 12:00. Сообщили: 2 людям.`,
    ]);
    expect(
      (
        await h.db.prisma.campaign.findUniqueOrThrow({ where: { id: campaign.id } })
      ).deadlineAt.toISOString(),
    ).toBe(`${NEXT}-03-17T01:00:00.000Z`);
    await taskTo(deputy1, campaign.id, school1.id, mark);
    await taskTo(deputy2, campaign.id, school2.id, mark);

    await say(coordinator, "/campaigns");
    const question = await press(coordinator, "1. 🔒 Закрыть");
    expect(question.texts[0]).toContain(
      "Закрыть кампанию «Условия работы школы и программа развития»",
    );
    expect(question.texts[0]).toContain("Не сдали отчёт: 1.");
    expect((await press(coordinator, "Не закрывать")).texts).toEqual([
      "Хорошо, кампания остаётся открытой.",
    ]);
    expect(
      (await h.db.prisma.campaign.findUniqueOrThrow({ where: { id: campaign.id } })).status,
    ).toBe("open");

    await press(coordinator, "1. 🔒 Закрыть");
    const closed = await press(coordinator, "🔒 Да, закрыть");
    expect(closed.texts.at(-1)).toContain(
      "🔒 Кампания закрыта: Условия работы школы и программа развития",
    );
    // The one school that had not reported hears that the form closed.
    expect(closed.texts.at(-1)).toContain("Тем, кто не отправил отчёт, сообщено о закрытии");
    expect(
      (await h.db.prisma.campaign.findUniqueOrThrow({ where: { id: campaign.id } })).status,
    ).toBe("closed");
    const after = (await say(coordinator, "/campaigns")).texts.join("\n");
    expect(after).toContain("🔒 закрыта");
    // A closed campaign carries no buttons on the list; reopening lives in the archive.
    expect(lastButtons(coordinator)).toEqual(["➕ Новая кампания", "🗄 Архив кампаний"]);
  });

  it("opens a draft made at the command line from the list", async () => {
    const { municipality, school1, deputy1, coordinator } = await world();
    const draft = await createCampaign(
      h.db.prisma,
      {
        formId: await formId("low-results-schools"),
        periodCode: periodContaining("half_year", new Date(), ZONE),
        municipalityId: municipality.id,
        selection: { kind: "flag", flag: "lowResults" },
        deadlineLocal: `${NEXT}-04-01 18:00`,
      },
      { kind: "cli" },
    );
    expect((await say(coordinator, "/campaigns")).texts.join("\n")).toContain("⚪ черновик");
    expect(lastButtons(coordinator)).toEqual([
      "➕ Новая кампания",
      "1. ▶️ Открыть",
      "1. 🕒 Перенести срок",
    ]);
    const mark = h.fake.mark();
    const opened = await press(coordinator, "1. ▶️ Открыть");
    expect(opened.texts.join("\n")).toContain("Организаций: 2. Задание получили: 2 человека.");
    await taskTo(deputy1, draft.id, school1.id, mark);
    expect((await h.db.prisma.campaign.findUniqueOrThrow({ where: { id: draft.id } })).status).toBe(
      "open",
    );
  });

  it("moves an automatic closing along when the new deadline is later", async () => {
    const { municipality, coordinator } = await world();
    const actor = { kind: "cli" } as const;
    const campaign = await createCampaign(
      h.db.prisma,
      {
        formId: await formId("talent-support"),
        periodCode: periodContaining("school_year", new Date(), ZONE),
        municipalityId: municipality.id,
        selection: { kind: "all" },
        deadlineLocal: `${NEXT}-03-10 18:00`,
        closesAtLocal: `${NEXT}-03-12 18:00`,
      },
      actor,
    );
    await openCampaign(h.db.prisma, campaign.id, actor);
    await say(coordinator, "/campaigns");
    expect(h.fake.messagesIn(coordinator.id).at(-1)?.text).toContain(
      `🔒 Закроется автоматически: 12 марта ${NEXT} г. в 18:00`,
    );
    await press(coordinator, "1. 🕒 Перенести срок");
    const moved = await say(coordinator, `20.03.${NEXT} 18:00`);
    expect(moved.texts[0]).toContain("Сообщили: 3 людям.");
    expect(moved.texts[0]).toContain("теперь кампания закроется в момент нового срока");
    const stored = await h.db.prisma.campaign.findUniqueOrThrow({ where: { id: campaign.id } });
    expect(stored.closesAt?.toISOString()).toBe(`${NEXT}-03-20T07:00:00.000Z`);
  });
});
