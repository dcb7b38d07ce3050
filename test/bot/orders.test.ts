import type { Message, MessageEntity, User } from "grammy/types";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { sendOrder } from "../../src/db/orders/orders.ts";
import { type Harness, startHarness } from "../support/bot-harness.ts";
import { inlineButtonsOf, outcomes } from "../support/chat-outcome.ts";
import { createMunicipality, createSchool, issueInvite } from "../support/fixtures.ts";
import { createUser, stickerMessage, textMessage } from "../support/telegram-updates.ts";

let h: Harness;
beforeEach(async () => {
  h = await startHarness();
});
afterEach(async () => {
  await h.stop();
});

const ZONE = "Asia/Sakhalin";
const NEXT = new Date().getUTCFullYear() + 1;
const PDF = Buffer.from("%PDF-1.4 приказ");

const { act, say, press, sentTo } = outcomes(() => h);
const buttonsOf = inlineButtonsOf;

/** A text with formatting, as Telegram delivers it: entities beside the plain text. */
const sayFormatted = (user: User, text: string, entities: MessageEntity[]) =>
  act(user, () => {
    const draft = textMessage(user, text);
    if (draft.message) draft.message.entities = entities;
    h.fake.pushUpdate(draft);
  });

const sendFile = (user: User, fileName: string, content = PDF) =>
  act(user, () => h.fake.sendDocument(user, { fileName, content }));

async function join(user: User, invite: Parameters<typeof issueInvite>[1]) {
  const { code } = await issueInvite(h.db.prisma, invite);
  await say(user, `/start ${code}`);
}

/**
 * Sakhalin with three schools: № 1 with a director and a deputy, kindergarten № 5 with a
 * director, № 3 with nobody registered; and a coordinator.
 */
async function world() {
  const prisma = h.db.prisma;
  const municipality = await createMunicipality(prisma, {
    name: "Углегорский район",
    timezone: ZONE,
  });
  const m = municipality.id;
  const school1 = await createSchool(prisma, m, { name: "МБОУ СОШ № 1", lowResults: true });
  const school3 = await createSchool(prisma, m, { name: "МБОУ СОШ № 3" });
  const kindergarten = await createSchool(prisma, m, {
    name: "МБДОУ Детский сад № 5",
    type: "kindergarten",
  });
  const director1 = createUser({ id: 4101, firstName: "Олег", lastName: "Петров" });
  const deputy1 = createUser({ id: 4102, firstName: "Ирина", lastName: "Соколова" });
  const director5 = createUser({ id: 4105, firstName: "Нина", lastName: "Орлова" });
  const coordinator = createUser({ id: 4001, firstName: "Анна", lastName: "Белова" });
  await join(director1, { role: "director", municipalityId: m, schoolId: school1.id });
  await join(deputy1, { role: "deputy", municipalityId: m, schoolId: school1.id });
  await join(director5, { role: "director", municipalityId: m, schoolId: kindergarten.id });
  await join(coordinator, { role: "coordinator", municipalityId: m });
  return {
    municipality,
    school1,
    school3,
    kindergarten,
    director1,
    deputy1,
    director5,
    coordinator,
  };
}

/** Every school, both roles, acknowledgement, no report; then the follow-up's answer. */
async function toEveryone(coordinator: User, followUp: string) {
  await press(coordinator, "Все организации");
  await press(coordinator, "Директорам и заместителям");
  await press(coordinator, "Да, требуется");
  await press(coordinator, "Без отчёта");
  return press(coordinator, followUp);
}

/** The coordinator walks the composer up to the audience: an order with a number, text, PDF. */
async function composeUpToAudience(coordinator: User, document: string | null = "prikaz-125.pdf") {
  await say(coordinator, "/orders");
  await press(coordinator, "✏️ Создать");
  await press(coordinator, "Приказ");
  await say(coordinator, "125-од");
  await say(coordinator, "О проведении ВПР");
  await sayFormatted(coordinator, "Провести ВПР до 20 декабря.", [
    { type: "bold", offset: 0, length: 12 },
  ]);
  if (document) await sendFile(coordinator, document);
  else await press(coordinator, "Без документа");
}

describe("composing and sending an order", () => {
  it("sends an order with a PDF to every school: the preview is what recipients get", async () => {
    const w = await world();
    await composeUpToAudience(w.coordinator);
    const summary = await toEveryone(w.coordinator, "через 48 ч");

    const preview = sentTo(w.coordinator, "sendDocument", summary.calls)[0];
    expect(preview?.payload.parse_mode).toBe("HTML");
    const caption = String(preview?.payload.caption);
    expect(caption).toBe(
      [
        "📄 Приказ № 125-од «О проведении ВПР»",
        "Отправитель: Углегорский район",
        "Просим ознакомиться и нажать кнопку «Ознакомлен(а)».",
        "",
        "<b>Провести ВПР</b> до 20 декабря.",
      ].join("\n"),
    );
    expect(summary.texts.at(-1)).toBe(
      [
        "Проверьте перед отправкой:",
        "Приказ № 125-од «О проведении ВПР»",
        "Документ: «prikaz-125.pdf»",
        "Адресаты: все организации — директорам и заместителям",
        "Ознакомление: требуется; если заместитель не ознакомится за 48 ч, директору придёт сообщение",
        "Отчёт об исполнении: не нужен",
        "",
        "Получателей: 3 в 2 организациях.",
        "В 1 организации нет зарегистрированных людей в выбранных ролях, туда не придёт: «МБОУ СОШ № 3»",
      ].join("\n"),
    );
    // The preview's button only explains itself.
    const previewMessage = h.fake
      .messagesIn(w.coordinator.id)
      .find((m) => m.caption !== undefined && m.document !== undefined);
    const explained = await act(w.coordinator, () =>
      h.fake.pressButton(
        w.coordinator,
        previewMessage as Message,
        buttonsOf(previewMessage)[0]?.callback_data ?? "",
      ),
    );
    expect(explained.toast).toBe("Это предпросмотр: у получателей эта кнопка работает.");

    const sent = await press(w.coordinator, "📨 Отправить");
    expect(sent.texts[0]).toBe(
      "Отправка началась: 3 получателя в 2 организациях. Ход рассылки — в следующем сообщении, карточка — в /orders.",
    );
    for (const person of [w.director1, w.deputy1, w.director5]) {
      const got = sentTo(person, "sendDocument", sent.calls);
      expect(got).toHaveLength(1);
      expect(got[0]?.payload.caption).toBe(caption);
      expect(buttonsOf(h.fake.messagesIn(person.id).at(-1)).map((b) => b.text)).toEqual([
        "Ознакомлен(а)",
      ]);
    }
    const order = await h.db.prisma.order.findFirstOrThrow({ include: { document: true } });
    expect(order).toMatchObject({
      kind: "order",
      number: "125-од",
      title: "О проведении ВПР",
      body: "<b>Провести ВПР</b> до 20 декабря.",
      requiresAck: true,
      autoRemindHours: 48,
      reportDeadlineAt: null,
    });
    expect(order.document?.name).toBe("prikaz-125.pdf");
    // The coordinator's progress message ends with the final numbers, and the summary follows.
    const coordinatorTexts = h.fake.messagesIn(w.coordinator.id).map((m) => m.text ?? "");
    expect(coordinatorTexts).toContain(
      "✅ Рассылка «О проведении ВПР» завершена: доставлено 3 из 3, недоступны 0.",
    );
    expect(coordinatorTexts.at(-1)).toBe(
      [
        "📋 Итоги рассылки «О проведении ВПР»",
        "Доставлено: 3 из 3.",
        "Недоступных нет.",
        "Ознакомились: 0 из 3.",
      ].join("\n"),
    );
  });

  it("gives every bad answer a second chance and keeps what was entered", async () => {
    const w = await world();
    await say(w.coordinator, "/orders");
    await press(w.coordinator, "✏️ Создать");
    expect((await say(w.coordinator, "Приказ")).texts[0]).toBe(
      "❗ Выберите ответ кнопкой под сообщением.",
    );
    await press(w.coordinator, "Информационное письмо");
    const sticker = await act(w.coordinator, () =>
      h.fake.pushUpdate(stickerMessage(w.coordinator)),
    );
    expect(sticker.texts[0]).toMatch(/^Здесь нужен текст, документ или кнопка/);
    await press(w.coordinator, "Без номера");
    expect((await say(w.coordinator, "О".repeat(201))).texts[0]).toBe(
      "❗ Заголовок занимает 201 знаков, а можно не больше 200. Сократите его.",
    );
    await say(w.coordinator, "О графике каникул");
    expect((await sendFile(w.coordinator, "grafik.pdf")).texts[0]).toBe(
      "❗ Сейчас нужен текст сообщения; документ можно прикрепить на следующем шаге.",
    );
    const long = await say(w.coordinator, "а".repeat(4090));
    expect(long.texts[0]).toMatch(
      /^❗ Сообщение получится длиной [\d\s]+ знаков вместе с заголовком, а Telegram вмещает не больше 4\s096\./,
    );
    await say(w.coordinator, "Каникулы с 29 декабря.");
    expect((await say(w.coordinator, "вот файл")).texts[0]).toBe(
      "❗ Пришлите документ файлом (PDF, DOC, DOCX или ODT) или нажмите «Без документа».",
    );
    expect((await sendFile(w.coordinator, "photo.jpg", Buffer.from("jpeg"))).texts[0]).toBe(
      "❗ Файл «photo.jpg» не подходит: нужен PDF, DOC, DOCX или ODT.",
    );
    await sendFile(w.coordinator, "grafik.docx");
    await press(w.coordinator, "Выбрать организации");
    expect((await press(w.coordinator, /^✅ Готово/)).texts).toContain(
      "❗ Не отмечено ни одной организации. Отметьте хотя бы одну.",
    );
    await press(w.coordinator, "◀️ Назад");
    await press(w.coordinator, "Детские сады");
    await press(w.coordinator, "Директорам");
    await press(w.coordinator, "Нет");
    expect((await say(w.coordinator, "завтра")).texts[0]).toMatch(
      /^❗ Не получилось прочитать дату/,
    );
    expect((await say(w.coordinator, "01.01.2020 10:00")).texts[0]).toMatch(
      /^❗ Этот момент уже прошёл/,
    );
    const summary = await say(w.coordinator, `15.01.${NEXT} 18:00`);
    expect(summary.texts.at(-1)).toContain(`Отчёт об исполнении: до 15 января ${NEXT} г. в 18:00`);
    expect(summary.texts.at(-1)).toContain("Информационное письмо «О графике каникул»");
    expect(summary.texts.at(-1)).toContain("Документ: «grafik.docx»");
    expect(summary.texts.at(-1)).toContain("Адресаты: детские сады — директорам");

    // «Изменить» goes back to one step and keeps the rest.
    await press(w.coordinator, "✏️ Изменить");
    await press(w.coordinator, "Заголовок");
    const changed = await say(w.coordinator, "О каникулах");
    expect(changed.texts.at(-1)).toContain("Информационное письмо «О каникулах»");
    expect(changed.texts.at(-1)).toContain("Документ: «grafik.docx»");
    expect(changed.texts.at(-1)).toContain("Получателей: 1 в 1 организации.");
    await press(w.coordinator, "📨 Отправить");
    expect(sentTo(w.director5, "sendDocument")).toHaveLength(1);
    expect(sentTo(w.director1, "sendDocument")).toHaveLength(0);

    // An order with a report deadline counts the schools' reports on its card.
    await say(w.coordinator, "/orders");
    const card = await press(w.coordinator, "Открыть № 1");
    expect(card.texts[0]).toContain("Отчёты школ: ждём 1, на проверке 0, возвращено 0, принято 0");
    expect(card.texts[0]).toContain("Ознакомление не требуется.");
    expect(buttonsOf(h.fake.messagesIn(w.coordinator.id).at(-1)).map((b) => b.text)).toEqual([
      "🔄 Обновить",
      "👥 Кому не доставлено",
      "📊 Лист ознакомления (Excel)",
      "📥 Отчёты школ",
    ]);
  });

  it("reaches exactly the deputies of the picked schools", async () => {
    const w = await world();
    await composeUpToAudience(w.coordinator, null);
    await press(w.coordinator, "Выбрать организации");
    await press(w.coordinator, "▫️ МБОУ СОШ № 1");
    await press(w.coordinator, "▫️ МБОУ СОШ № 3");
    await press(w.coordinator, "✅ МБОУ СОШ № 3");
    await press(w.coordinator, "▫️ МБОУ СОШ № 3");
    expect((await press(w.coordinator, "✅ Готово (2)")).texts.at(-1)).toBe("Кому в организациях?");
    await press(w.coordinator, "Заместителям");
    await press(w.coordinator, "Да, требуется");
    await press(w.coordinator, "Без отчёта");
    const summary = await press(w.coordinator, "Не сообщать");
    expect(summary.texts.at(-1)).toContain(
      "Адресаты: выбранные организации (2): «МБОУ СОШ № 1», «МБОУ СОШ № 3» — заместителям",
    );
    expect(summary.texts.at(-1)).toContain("Получателей: 1 в 1 организации.");
    expect(summary.texts.at(-1)).toContain(
      "В 1 организации нет зарегистрированных людей в выбранных ролях, туда не придёт: «МБОУ СОШ № 3»",
    );
    await press(w.coordinator, "📨 Отправить");
    expect(sentTo(w.deputy1, "sendMessage").at(-1)?.payload.text).toMatch(
      /^📄 Приказ № 125-од «О проведении ВПР»/,
    );
    for (const other of [w.director1, w.director5])
      expect(
        sentTo(other, "sendMessage").filter((c) => String(c.payload.text).startsWith("📄")),
      ).toHaveLength(0);
  });

  it("offers to shorten the text or drop the document when the caption is too long", async () => {
    const w = await world();
    await say(w.coordinator, "/orders");
    await press(w.coordinator, "✏️ Создать");
    await press(w.coordinator, "Приказ");
    await press(w.coordinator, "Без номера");
    await say(w.coordinator, "О мониторинге");
    await say(w.coordinator, "Текст ".repeat(300));
    const offer = await sendFile(w.coordinator, "prikaz.pdf");
    expect(offer.texts.at(-1)).toMatch(
      /^С документом текст становится подписью к нему, а подпись вмещает не больше 1\s024 знаков вместе с заголовком\. Сейчас получается [\d\s]+\./,
    );
    await press(w.coordinator, "Отправить без документа");
    await press(w.coordinator, "Все организации");
    await press(w.coordinator, "Директорам");
    await press(w.coordinator, "Нет");
    const summary = await press(w.coordinator, "Без отчёта");
    expect(summary.texts.at(-1)).toContain("Без документа");
  });

  it("lets a coordinator of two municipalities choose whose orders to see", async () => {
    const w = await world();
    const other = await createMunicipality(h.db.prisma, { name: "Холмский район", timezone: ZONE });
    const { code } = await issueInvite(h.db.prisma, {
      role: "coordinator",
      municipalityId: other.id,
    });
    await say(w.coordinator, `/start ${code}`);
    expect((await say(w.coordinator, "/orders")).texts).toEqual([
      "Вы координатор нескольких муниципалитетов. Чьи приказы и письма показать?",
    ]);
    const list = await press(w.coordinator, "Холмский район");
    expect(list.texts[0]).toMatch(/^📄 Приказы и письма — Холмский район\. Всего: 0/);
    await press(w.coordinator, "✏️ Создать");
    await press(w.coordinator, "Информационное письмо");
    expect((await say(w.coordinator, "/cancel")).texts).toEqual([
      "Составление отменено, ничего не отправлено.",
    ]);
  });

  it("lists orders newest first, five a page, turning pages in the same message", async () => {
    const w = await world();
    for (let index = 1; index <= 6; index++)
      await sendOrder(
        h.db.prisma,
        {
          municipalityId: w.municipality.id,
          kind: index % 2 ? "order" : "letter",
          number: index % 2 ? `${index}-од` : null,
          title: `Документ ${index}`,
          body: "Текст",
          // Nobody registered there: the list is what is tested, not delivery.
          audience: { schools: { kind: "schools", codes: [w.school3.code] }, roles: ["director"] },
          requiresAck: index % 2 === 1,
        },
        { kind: "cli" },
      );
    const first = await say(w.coordinator, "/orders");
    expect(first.texts[0]).toMatch(/^📄 Приказы и письма — Углегорский район\. Всего: 6/);
    expect(first.texts[0]).toMatch(/\n1\. Информационное письмо «Документ 6», /);
    expect(first.texts[0]).toMatch(/\n {3}получателей 0: доставлено 0, не доставлено 0\n/);
    expect(first.texts[0]).toMatch(/\n5\. Информационное письмо «Документ 2», /);
    const second = await press(w.coordinator, "▶️");
    expect(second.calls.filter((c) => c.method === "editMessageText")).toHaveLength(1);
    expect(second.texts[0]).toMatch(
      /\n6\. Приказ № 1-од «Документ 1», .*\n {3}получателей 0: доставлено 0, ознакомились 0, не доставлено 0$/,
    );
    expect(buttonsOf(h.fake.messagesIn(w.coordinator.id).at(-1)).map((b) => b.text)).toEqual([
      "Открыть № 6",
      "◀️",
      "✏️ Создать",
    ]);
  });

  it("shows orders only to coordinators", async () => {
    const w = await world();
    expect((await say(w.deputy1, "/orders")).texts).toEqual([
      "Приказы и письма рассылают координаторы.",
    ]);
  });
});

describe("acknowledgement and the order's card", () => {
  /** An order to both roles of every school, sent and delivered. */
  async function sentOrder() {
    const w = await world();
    await composeUpToAudience(w.coordinator);
    await toEveryone(w.coordinator, "Не сообщать");
    await press(w.coordinator, "📨 Отправить");
    return w;
  }

  it("records an acknowledgement once, says when, and relabels the button", async () => {
    const w = await sentOrder();
    const first = await press(w.director1, "Ознакомлен(а)");
    expect(first.toast).toMatch(
      /^Отмечено: вы ознакомились \d{1,2} декабря \d{4} г\. в \d\d:\d\d$/,
    );
    expect(buttonsOf(h.fake.messagesIn(w.director1.id).at(-1)).map((b) => b.text)).toEqual([
      "✅ Ознакомлен(а)",
    ]);
    const again = await press(w.director1, "✅ Ознакомлен(а)");
    expect(again.toast).toBe(
      first.toast?.replace("Отмечено: вы ознакомились", "Вы уже ознакомились"),
    );
    const deliveries = await h.db.prisma.delivery.findMany({
      where: { acknowledgedAt: { not: null } },
    });
    expect(deliveries).toHaveLength(1);
  });

  it("relabels only the pressed button, keeping the report button beside it", async () => {
    const w = await world();
    await sendOrder(
      h.db.prisma,
      {
        municipalityId: w.municipality.id,
        kind: "order",
        title: "Об отчёте",
        body: "Текст",
        audience: { schools: { kind: "schools", codes: [w.school1.code] }, roles: ["director"] },
        requiresAck: true,
        reportDeadlineAt: new Date(Date.UTC(NEXT, 0, 15, 7)),
      },
      { kind: "cli" },
    );
    await h.fake.settle();
    const acknowledged = await press(w.director1, "Ознакомлен(а)");
    expect(
      acknowledged.calls.map((call) => call.method).filter((method) => method !== "getUpdates"),
    ).toEqual(["answerCallbackQuery", "editMessageReplyMarkup"]);
    expect(buttonsOf(h.fake.messagesIn(w.director1.id).at(-1)).map((b) => b.text)).toEqual([
      "✅ Ознакомлен(а)",
      "Отчитаться об исполнении",
    ]);
  });

  it("shows the counts on the card, lists who has not acknowledged and reminds only them", async () => {
    const w = await sentOrder();
    await press(w.director1, "Ознакомлен(а)");
    await say(w.coordinator, "/orders");
    expect(h.fake.messagesIn(w.coordinator.id).at(-1)?.text).toMatch(
      /1\. Приказ № 125-од «О проведении ВПР», .*\n {3}получателей 3: доставлено 3, ознакомились 1, не доставлено 0/,
    );
    const card = await press(w.coordinator, "Открыть № 1");
    expect(card.texts[0]).toContain(
      "Получателей: 3\nДоставлено: 3\nЕщё отправляется: 0\nНе удалось доставить: 0\nОзнакомились: 1\nНе ознакомились: 2",
    );
    const list = await press(w.coordinator, "👥 Кто не ознакомился");
    expect(list.texts[0]).toBe(
      [
        "Приказ № 125-од «О проведении ВПР»",
        "",
        "Не ознакомились (2):",
        "• Нина Орлова — «МБДОУ Детский сад № 5», Директор",
        "• Ирина Соколова — «МБОУ СОШ № 1», Заместитель директора",
        "",
        "Недоставленных нет.",
      ].join("\n"),
    );
    const reminded = await press(w.coordinator, "🔔 Напомнить неознакомившимся");
    expect(reminded.texts[0]).toBe(
      "Напоминание отправлено 2 получателям, которые ещё не ознакомились.",
    );
    expect(sentTo(w.deputy1, "sendMessage", reminded.calls)).toHaveLength(1);
    expect(sentTo(w.director5, "sendMessage", reminded.calls)).toHaveLength(1);
    expect(sentTo(w.director1, "sendMessage", reminded.calls)).toHaveLength(0);

    await press(w.deputy1, "Ознакомлен(а)");
    const refreshed = await press(w.coordinator, "🔄 Обновить");
    expect(refreshed.calls.some((c) => c.method === "editMessageText")).toBe(true);
    expect(refreshed.texts.at(-1)).toContain("Ознакомились: 2\nНе ознакомились: 1");
  });

  it("sends the acknowledgement sheet as an Excel file", async () => {
    const w = await sentOrder();
    await say(w.coordinator, "/orders");
    await press(w.coordinator, "Открыть № 1");
    const sheet = await press(w.coordinator, "📊 Лист ознакомления (Excel)");
    const sent = sentTo(w.coordinator, "sendDocument", sheet.calls)[0];
    expect(sent?.uploads[0]?.fileName).toMatch(/\.xlsx$/);
    expect(sent?.uploads[0]?.data.subarray(0, 2).toString()).toBe("PK");
  });

  it("refuses the card to anyone but the municipality's coordinators", async () => {
    const w = await sentOrder();
    const order = await h.db.prisma.order.findFirstOrThrow();
    const last = h.fake.messagesIn(w.deputy1.id).at(-1) as Message;
    const refused = await act(w.deputy1, () =>
      h.fake.pushUpdate({
        callback_query: {
          id: "1",
          from: w.deputy1,
          chat_instance: "1",
          message: last,
          data: `ord1:open:${order.id}`,
        },
      }),
    );
    expect(refused.toast).toBe(
      "Карточка приказа доступна координаторам муниципалитета, который его отправил.",
    );
    expect(refused.texts).toEqual([]);
  });
});
