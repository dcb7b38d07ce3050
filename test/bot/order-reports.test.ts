import type { Context } from "grammy";
import type { User } from "grammy/types";
import { afterEach, describe, expect, it } from "vitest";
import { encodeOrderButton } from "../../src/bot/callback-data/order.ts";
import { readReportInput } from "../../src/bot/conversations/order-report-input.ts";
import { sendOrder } from "../../src/db/orders/orders.ts";
import { type Harness, startHarness } from "../support/bot-harness.ts";
import { chatAs } from "../support/chat.ts";
import { createMunicipality, createSchool, issueInvite } from "../support/fixtures.ts";
import { callbackQuery, createUser, stickerMessage } from "../support/telegram-updates.ts";

let h: Harness;

type Chat = ReturnType<typeof chatAs>;

/**
 * A municipality on Sakhalin with two schools: the lyceum's deputy and director, the other
 * school's director, the coordinator, and a coordinator of another municipality; all joined.
 */
async function scene() {
  const prisma = h.db.prisma;
  const municipality = await createMunicipality(prisma, {
    name: "Углегорский городской округ",
    timezone: "Asia/Sakhalin",
  });
  const elsewhere = await createMunicipality(prisma, { name: "Ишимбайский район" });
  const lyceum = await createSchool(prisma, municipality.id, { name: "Лицей № 1" });
  const school = await createSchool(prisma, municipality.id, { name: "Школа № 2" });
  const join = async (
    user: User,
    role: "deputy" | "director" | "coordinator",
    municipalityId: number,
    schoolId?: number,
  ) => {
    const invite = await issueInvite(prisma, {
      role,
      municipalityId,
      ...(schoolId ? { schoolId } : {}),
    });
    h.fake.sendText(user, `/start ${invite.code}`);
    await h.fake.settle();
    return chatAs(h, user);
  };
  const user = (id: number, firstName: string, lastName: string) =>
    createUser({ id, firstName, lastName, languageCode: "ru" });
  return {
    municipality,
    lyceum,
    deputy: await join(user(601, "Ольга", "Зам"), "deputy", municipality.id, lyceum.id),
    director: await join(user(602, "Иван", "Дир"), "director", municipality.id, lyceum.id),
    otherDirector: await join(user(603, "Мария", "Другая"), "director", municipality.id, school.id),
    coordinator: await join(user(604, "Анна", "Коорд"), "coordinator", municipality.id),
    foreign: await join(user(605, "Павел", "Чужой"), "coordinator", elsewhere.id),
  };
}

type Scene = Awaited<ReturnType<typeof scene>>;

/** Sends an order with a report deadline to every school's deputies and directors, as the CLI does. */
async function orderWithReports(s: Scene, deadline: Date) {
  const { orderId } = await sendOrder(
    h.db.prisma,
    {
      municipalityId: s.municipality.id,
      kind: "order",
      number: "112",
      title: "О проведении мониторинга",
      body: "Провести мониторинг и <b>доложить</b>.",
      audience: { schools: { kind: "all" }, roles: ["director", "deputy"] },
      requiresAck: true,
      reportDeadlineAt: deadline,
    },
    { kind: "cli" },
  );
  await h.fake.settle();
  const report = await h.db.prisma.orderReport.findFirstOrThrow({
    where: { orderId, schoolId: s.lyceum.id },
  });
  return { orderId, reportId: report.id };
}

/** Presses a button the person was never shown (an old or forged one), on their last message. */
async function pressData(chat: Chat, data: string): Promise<string[]> {
  const message = chat.last();
  if (!message) throw new Error("the chat has no message to press on");
  const mark = h.fake.mark();
  h.fake.pushUpdate(callbackQuery(chat.user, message, data));
  await h.fake.settle();
  return h.fake.calls
    .filter(
      (call) =>
        call.index >= mark &&
        call.method === "sendMessage" &&
        call.payload.chat_id === chat.user.id,
    )
    .map((call) => String(call.payload.text));
}

const FUTURE = new Date("2030-06-01T07:00:00Z");
const PAST = new Date("2020-06-01T07:00:00Z");

describe("report tasks on orders", () => {
  afterEach(async () => {
    await h.stop();
  });

  it("takes a document, which the coordinator opens by its file id and returns; the school sees the comment in /tasks and sends a text; accepted", async () => {
    h = await startHarness();
    const s = await scene();
    const { orderId, reportId } = await orderWithReports(s, FUTURE);

    const card = await s.deputy.press("Отчитаться об исполнении");
    expect(card.join("\n")).toContain("Приказ № 112 «О проведении мониторинга»");
    expect(card.join("\n")).toContain("Срок: 1 июня 2030 г. в 18:00");
    expect(card.join("\n")).toContain("Статус: ⚪ не отправлен");
    const ask = await s.deputy.press("Отправить отчёт");
    expect(ask.join("\n")).toContain("документ — PDF, DOC, DOCX");

    // Not a report: explained, and the send goes on.
    const sticker = await s.deputy.send(stickerMessage(s.deputy.user));
    expect(sticker.join()).toContain("Такое сообщение нельзя принять как отчёт");
    h.fake.sendDocument(s.deputy.user, { fileName: "virus.exe", content: Buffer.from("MZ") });
    await h.fake.settle();
    expect(s.deputy.lastText()).toContain("Файл «virus.exe» не подходит");

    h.fake.sendDocument(s.deputy.user, {
      fileName: "Отчёт об исполнении.pdf",
      content: Buffer.from("%PDF-1.4 отчёт"),
    });
    await h.fake.settle();
    expect(s.deputy.lastText()).toContain(
      "Отправить координатору документ «Отчёт об исполнении.pdf» (1 КБ) как отчёт «Лицей № 1»?",
    );
    expect((await s.deputy.press("Отправить")).join()).toContain("Отчёт отправлен координатору");
    const uploaded = await h.db.prisma.orderReport.findUniqueOrThrow({
      where: { id: reportId },
      include: { document: true },
    });
    expect(uploaded).toMatchObject({ status: "submitted", late: false });
    const fileId = uploaded.document?.telegramFileId;
    expect(fileId).toBeTruthy();

    expect(s.coordinator.lastText()).toContain("📥 Отчёт об исполнении — «Лицей № 1»");
    expect(s.coordinator.lastText()).not.toContain("после срока");
    const mark = h.fake.mark();
    const opened = await s.coordinator.press("🔍 Открыть отчёт");
    const documents = h.fake
      .callsOf("sendDocument")
      .filter((call) => call.index >= mark && call.payload.chat_id === s.coordinator.user.id);
    expect(documents.map((call) => call.payload.document)).toEqual([fileId]);
    expect(opened.join("\n")).toContain("Отправил(а) Ольга Зам");
    expect(opened.join("\n")).toContain("Документ «Отчёт об исполнении.pdf» — в сообщении выше.");

    await s.coordinator.press("↩️ Вернуть на доработку");
    const returned = await s.coordinator.say("Приложите протокол заседания.");
    expect(returned.join()).toContain("Отчёт «Лицей № 1» возвращён на доработку");
    // The card itself shows the decision; its buttons are gone.
    expect(
      s.coordinator.messages().some((m) => m.text?.includes("Отправил(а)") && m.reply_markup),
    ).toBe(false);

    // The deputy answers for the lyceum (the director only when there is no deputy).
    expect(s.deputy.lastText()).toContain(
      "Комментарий координатора: Приложите протокол заседания.",
    );
    const tasks = await s.deputy.say("/tasks");
    expect(tasks.join("\n")).toContain(
      "Отчёт об исполнении: Приказ № 112 «О проведении мониторинга» — «Лицей № 1»",
    );
    expect(tasks.join("\n")).toContain("🔴 возвращён на доработку");
    expect(tasks.join("\n")).toContain("Комментарий координатора: Приложите протокол заседания.");
    const again = await s.deputy.press(/Отправить заново/);
    expect(again.join("\n")).toContain("Пришлите отчёт одним сообщением");
    expect(
      (await s.deputy.say("Протокол заседания № 5 от 10.12 направлен по почте.")).join(),
    ).toContain("Отправить координатору этот текст");
    await s.deputy.press("Отправить");

    expect(await pressData(s.coordinator, `ord1:reports:${orderId}`)).toEqual([
      expect.stringContaining("Принято: 0 · на проверке: 1 · возвращено: 0 · не отправлено: 1"),
    ]);
    expect(s.coordinator.lastText()).toMatch(
      /1\. «Лицей № 1» — 🔵 отправлен, на проверке, .*, Ольга Зам/,
    );
    expect(s.coordinator.lastText()).toContain("2. «Школа № 2» — ⚪ не отправлен");
    const text = await s.coordinator.press("1. Лицей № 1");
    expect(text.join("\n")).toContain("Протокол заседания № 5 от 10.12 направлен по почте.");
    expect(text.join("\n")).toContain(
      "Ваш комментарий при возврате: «Приложите протокол заседания.»",
    );
    const accepted = await s.coordinator.press("✅ Принять");
    expect(accepted).toEqual([]);
    expect(s.coordinator.lastText()).toContain(
      "Отчёт «Лицей № 1» принят, школа получила уведомление.",
    );
    expect(s.deputy.lastText()).toContain("Координатор принял отчёт об исполнении");

    // An accepted report says so, with the date, and cannot be sent again.
    const done = await pressData(s.deputy, `ord1:rep:${reportId}`);
    expect(done.join()).toMatch(/Отчёт принят координатором \d+ \S+ \d{4} г\. в \d\d:\d\d/);
    expect((await pressData(s.deputy, `ord1:rsub:${reportId}`)).join()).toMatch(
      /Этот отчёт уже принят \d+/,
    );

    const actions = (
      await h.db.prisma.auditEvent.findMany({
        where: { entityType: "OrderReport" },
        orderBy: { id: "asc" },
      })
    ).map((event) => event.action);
    expect(actions).toEqual([
      "order_report.submitted",
      "order_report.returned",
      "order_report.submitted",
      "order_report.accepted",
    ]);
  });

  it("marks a report sent after the deadline late, for the school and the coordinator", async () => {
    h = await startHarness();
    const s = await scene();
    const { orderId } = await orderWithReports(s, PAST);
    const card = await s.director.press("Отчитаться об исполнении");
    expect(card.join()).toContain("Срок уже прошёл");
    await s.director.press("Отправить отчёт");
    await s.director.say("Мониторинг проведён.");
    expect((await s.director.press("Отправить")).join()).toContain(
      "отмечен как отправленный после срока",
    );
    expect(s.coordinator.lastText()).toContain("⚠️ Отправлен после срока.");
    await pressData(s.coordinator, `ord1:reports:${orderId}`);
    expect(s.coordinator.lastText()).toContain("после срока: 1");
    expect(s.coordinator.lastText()).toContain("⏰ после срока");
  });

  it("refuses another school's person and another municipality's coordinator, revealing nothing", async () => {
    h = await startHarness();
    const s = await scene();
    const { orderId, reportId } = await orderWithReports(s, FUTURE);
    const notYours = "Этот отчёт относится к другой организации или больше недоступен";
    const peeked = await pressData(s.otherDirector, `ord1:rep:${reportId}`);
    expect(peeked.join()).toContain(notYours);
    expect(peeked.join()).not.toContain("Лицей");
    expect((await pressData(s.otherDirector, `ord1:rsub:${reportId}`)).join()).toContain(notYours);

    await s.deputy.press("Отчитаться об исполнении");
    await s.deputy.press("Отправить отчёт");
    await s.deputy.say("Проведено.");
    await s.deputy.press("Отправить");

    expect((await pressData(s.foreign, `ord1:rep:${reportId}`)).join()).toContain(notYours);
    expect((await pressData(s.foreign, `ord1:rok:${reportId}`)).join()).toContain(notYours);
    expect((await pressData(s.foreign, `ord1:rret:${reportId}`)).join()).toContain(notYours);
    expect((await pressData(s.foreign, `ord1:reports:${orderId}`)).join()).toContain(
      "Такого документа нет",
    );
    const report = await h.db.prisma.orderReport.findUniqueOrThrow({ where: { id: reportId } });
    expect(report.status).toBe("submitted");
    expect(
      await h.db.prisma.auditEvent.count({
        where: { action: { in: ["order_report.accepted", "order_report.returned"] } },
      }),
    ).toBe(0);
  });
});

describe("what a school may send as a report", () => {
  const read = (update: Partial<Context>) => readReportInput(update as Context, 7);
  const document = (file_name: string | undefined, file_size: number, mime_type?: string) =>
    read({
      message: {
        document: {
          file_id: "f1",
          file_unique_id: "u1",
          file_size,
          ...(file_name ? { file_name } : {}),
          ...(mime_type ? { mime_type } : {}),
        },
      } as Context["message"],
    });

  it("takes the office and picture formats by extension, in any case, up to 20 MB", () => {
    expect(document("Отчёт.DOCX", 5000)).toMatchObject({
      kind: "answer",
      answer: { kind: "document", name: "Отчёт.DOCX", telegramFileId: "f1", size: 5000 },
    });
    expect(document("scan.jpeg", 20 * 1024 * 1024).kind).toBe("answer");
    expect(document("таблица.ods", 1).kind).toBe("answer");
    expect(document(undefined, 1, "application/pdf").kind).toBe("answer");
    expect(document("scan.png", 20 * 1024 * 1024 + 1)).toMatchObject({ kind: "too-big" });
    expect(document("archive.zip", 10)).toEqual({ kind: "wrong-type", name: "archive.zip" });
    expect(document(undefined, 10, "application/zip")).toMatchObject({ kind: "wrong-type" });
  });

  it("takes a compressed photo as a picture, and a text up to 4000 characters", () => {
    const photo = read({
      message: {
        photo: [
          { file_id: "small", file_unique_id: "s", width: 90, height: 90 },
          { file_id: "large", file_unique_id: "l", width: 1280, height: 960, file_size: 90_000 },
        ],
      } as Context["message"],
    });
    expect(photo).toMatchObject({
      kind: "answer",
      answer: { kind: "document", telegramFileId: "large", mimeType: "image/jpeg" },
    });
    const text = (value: string) => read({ message: { text: value } as Context["message"] });
    expect(text("  Проведено.  ")).toEqual({
      kind: "answer",
      answer: { kind: "text", text: "Проведено." },
    });
    expect(text("я".repeat(4001))).toEqual({ kind: "too-long", length: 4001 });
    expect(text("/tasks")).toEqual({ kind: "leave" });
  });

  it("knows its own buttons from every other", () => {
    const press = (data: string) => read({ callbackQuery: { data } as Context["callbackQuery"] });
    expect(press(encodeOrderButton("rsend", 7))).toEqual({ kind: "confirm" });
    expect(press(encodeOrderButton("rx", 7))).toEqual({ kind: "cancel" });
    expect(press(encodeOrderButton("rsend", 8))).toEqual({ kind: "leave" });
    expect(read({ message: { voice: {} } as Context["message"] })).toEqual({
      kind: "wrong-message",
    });
  });
});
