import { mkdtemp, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  orderRemindCommand,
  orderSendCommand,
  orderSheetCommand,
  orderStatusCommand,
} from "../../src/cli/order-command.ts";
import { createTestCliContext } from "../support/cli-context.ts";
import { createTestDatabase, type TestDatabase } from "../support/database.ts";
import { deliveredOrder, type OrderTown, orderTown } from "../support/order-town.ts";

let db: TestDatabase;
let town: OrderTown;
let dir: string;
beforeEach(async () => {
  db = await createTestDatabase();
  town = await orderTown(db.prisma);
  dir = await mkdtemp(join(tmpdir(), "msoko-order-cli-"));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
  await db.destroy();
});

/** A file in the test's folder; its path. */
async function file(name: string, content: string | Uint8Array): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, content);
  return path;
}

/** A PDF's first bytes and a little more: what matters is that they arrive unchanged. */
const PDF = new Uint8Array([
  0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x37, 0x0a, 0x00, 0xff, 0x10,
]);

async function sendArgs(...extra: string[]) {
  return [
    "--municipality",
    "ish",
    "--title",
    "О проведении мониторинга",
    "--text-file",
    await file("text.html", "Провести <b>до 15 декабря</b> & доложить.\n"),
    ...extra,
  ];
}

describe("order send", () => {
  it("queues an order with its document for everyone, and says what it did", async () => {
    const ctx = createTestCliContext(db);
    const args = await sendArgs(
      "--document",
      await file("Приказ 112.pdf", PDF),
      "--ack",
      "--number",
      "112",
      "--report-deadline",
      "2030-12-15 18:00",
      "--remind-director-after",
      "24",
    );

    expect(await orderSendCommand.run(args, ctx)).toBe(0);

    const order = await db.prisma.order.findFirstOrThrow({ include: { document: true } });
    expect(ctx.lines).toEqual([
      `Приказ № 112 «О проведении мониторинга» (Ишимбайский район) поставлен в очередь: рассылка #${order.id}, получателей: 4, организаций: 3.`,
      "Документ: Приказ 112.pdf (1 КБ).",
      "Отчёт об исполнении — до 15 декабря 2030 г. в 18:00 (Asia/Yekaterinburg, UTC+5); заданий организациям: 3.",
      "Внимание: в 1 организации не подключён никто из адресатов (директора, заместители директоров), туда документ не придёт: «Школа № 9» (ish-S9).",
      `Сообщения уходят, пока работает бот (npm start). Ход рассылки: npm run cli -- order status ${order.id}`,
    ]);
    expect(order).toMatchObject({
      kind: "order",
      number: "112",
      title: "О проведении мониторинга",
      body: "Провести <b>до 15 декабря</b> &amp; доложить.",
      requiresAck: true,
      reportDeadlineAt: new Date("2030-12-15T13:00:00Z"),
      autoRemindHours: 24,
    });
    expect(order.document).toMatchObject({
      name: "Приказ 112.pdf",
      mimeType: "application/pdf",
      size: PDF.byteLength,
    });
    expect(new Uint8Array(order.document?.content ?? [])).toEqual(PDF);
    expect(await db.prisma.delivery.count({ where: { orderId: order.id } })).toBe(4);
    expect(await db.prisma.outboxMessage.count({ where: { deliveryId: { not: null } } })).toBe(4);
    const audit = await db.prisma.auditEvent.findFirstOrThrow({ where: { action: "order.sent" } });
    expect(audit.actorKind).toBe("cli");
  });

  it("sends a letter to the kindergartens' deputies only, and speaks English when asked", async () => {
    const ctx = createTestCliContext(db, { language: "en" });
    const args = await sendArgs(
      "--kind",
      "letter",
      "--to",
      "type:kindergarten",
      "--roles",
      "deputy",
    );

    expect(await orderSendCommand.run(args, ctx)).toBe(0);

    const order = await db.prisma.order.findFirstOrThrow();
    expect(ctx.lines[0]).toBe(
      `Information letter “О проведении мониторинга” (Ишимбайский район) queued: sending #${order.id}, recipients: 1, schools: 1.`,
    );
    expect(ctx.output()).toContain("Messages go out while the bot runs (npm start).");
    const deliveries = await db.prisma.delivery.findMany({ where: { orderId: order.id } });
    expect(deliveries.map((delivery) => delivery.personId)).toEqual([town.gardenDeputy.id]);
    expect(order).toMatchObject({ kind: "letter", requiresAck: false, documentId: null });
  });

  it("names the flag at fault, says what is expected, exits 2 and sends nothing", async () => {
    const cases: Array<[string[], string]> = [
      [
        (await sendArgs()).filter((_arg, index) => index !== 2 && index !== 3),
        "Ошибка в --title: укажите заголовок",
      ],
      [await sendArgs("--to", "type:school"), "Ошибка в --to: ожидается all, type:general"],
      [
        await sendArgs("--to", "ish-L1,ish-X7"),
        "Ошибка в --to: в муниципалитете ish нет организаций с кодами ish-X7.",
      ],
      [await sendArgs("--roles", "boss"), "Ошибка в --roles: ожидается director, deputy"],
      [await sendArgs("--kind", "memo"), "Ошибка в --kind: вид документа"],
      [await sendArgs("--rol", "deputy"), "Неизвестный параметр --rol."],
      [
        await sendArgs("--report-deadline", "15.12.2030"),
        "Ошибка в --report-deadline: ожидаются дата и время в виде «ГГГГ-ММ-ДД ЧЧ:ММ»",
      ],
      [
        await sendArgs("--report-deadline", "2020-12-15 18:00"),
        "Ошибка в --report-deadline: этот срок уже прошёл: в муниципалитете сейчас",
      ],
      [
        await sendArgs("--remind-director-after", "24"),
        "Ошибка в --remind-director-after: директору сообщают",
      ],
      [
        await sendArgs("--ack", "--remind-director-after", "a day"),
        "Ошибка в --remind-director-after: через сколько часов",
      ],
      [
        ["--municipality", "nope", ...(await sendArgs()).slice(2)],
        "Ошибка в --municipality: муниципалитета с кодом nope нет.",
      ],
      [
        [
          ...(await sendArgs()).slice(0, 4),
          "--text-file",
          await file("div.html", "<div>Текст</div>"),
        ],
        "Ошибка в --text-file: тег <div> не допускается (допустимы теги <b>",
      ],
      [
        [...(await sendArgs()).slice(0, 4), "--text-file", await file("open.html", "<b>Текст")],
        "Ошибка в --text-file: тег <b> не закрыт",
      ],
      [
        [...(await sendArgs()).slice(0, 4), "--text-file", join(dir, "missing.html")],
        `Ошибка в --text-file: файла ${join(dir, "missing.html")} нет.`,
      ],
      [
        // «Приказ» in Windows-1251.
        [
          ...(await sendArgs()).slice(0, 4),
          "--text-file",
          await file("cp1251.txt", new Uint8Array([0xcf, 0xf0, 0xe8, 0xea, 0xe0, 0xe7])),
        ],
        "не в кодировке UTF-8",
      ],
      [
        [...(await sendArgs()).slice(0, 4), "--text-file", await file("empty.txt", " \n")],
        "Ошибка в --text-file: файл с текстом пуст.",
      ],
      [
        [
          ...(await sendArgs("--document", await file("a.pdf", PDF))).slice(0, 4),
          "--text-file",
          await file("long.txt", "Очень длинный текст. ".repeat(60)),
          "--document",
          join(dir, "a.pdf"),
        ],
        "Ошибка в --text-file: с документом текст становится подписью к нему, а подпись в Telegram — не больше 1\u00a0024 знаков",
      ],
      [
        await sendArgs("--document", await file("empty.pdf", new Uint8Array())),
        "Ошибка в --document: файл",
      ],
    ];
    for (const [args, message] of cases) {
      const ctx = createTestCliContext(db);
      expect(await orderSendCommand.run(args, ctx), message).toBe(2);
      expect(ctx.lines[0]).toContain(message);
      expect(ctx.lines[1]).toMatch(/^Использование: npm run cli -- order send/);
    }
    expect(await db.prisma.order.count()).toBe(0);
  });

  it("says how long the text is over a message's limit without a document", async () => {
    const ctx = createTestCliContext(db);
    const args = [
      ...(await sendArgs()).slice(0, 4),
      "--text-file",
      await file("long.txt", "а".repeat(4096)),
    ];
    expect(await orderSendCommand.run(args, ctx)).toBe(2);
    expect(ctx.lines[0]).toMatch(
      /^Ошибка в --text-file: сообщение в Telegram — не больше 4\s096 знаков, а вместе с заголовком выходит 4\s\d{3}: сократите текст на \d+ знак/,
    );
  });

  it("refuses to send when nobody at the chosen schools has joined", async () => {
    const ctx = createTestCliContext(db);
    expect(await orderSendCommand.run(await sendArgs("--to", "ish-S9"), ctx)).toBe(1);
    expect(ctx.lines).toEqual([
      "Рассылать некому: в выбранных организациях (1) не подключён никто из адресатов (директора, заместители директоров). Сначала пригласите людей: npm run cli -- import people <файл>",
    ]);
    expect(await db.prisma.order.count()).toBe(0);
  });
});

describe("order status", () => {
  it("counts each state", async () => {
    const id = await deliveredOrder(db.prisma, town);
    const ctx = createTestCliContext(db);

    expect(await orderStatusCommand.run([String(id)], ctx)).toBe(0);

    expect(ctx.lines).toEqual([
      `Рассылка #${id} от 2 декабря 2026 г. в 14:00: Приказ № 112 «О проведении мониторинга» (Ишимбайский район)`,
      "Получателей: 4",
      "  доставлено: 2",
      "  ознакомились: 1",
      "  не ознакомились: 1",
      "  ещё отправляется: 1",
      "  не удалось доставить: 1",
      "Оставшиеся сообщения уйдут, пока работает бот (npm start).",
      `Напомнить не ознакомившимся: npm run cli -- order remind ${id}`,
      `Лист ознакомления: npm run cli -- order sheet ${id} --out <файл.xlsx>`,
    ]);
  });

  it("gives scripts one JSON object with every recipient", async () => {
    const id = await deliveredOrder(db.prisma, town);
    const ctx = createTestCliContext(db);

    expect(await orderStatusCommand.run([`#${id}`, "--json"], ctx)).toBe(0);

    expect(ctx.lines).toHaveLength(1);
    const status = JSON.parse(ctx.lines[0] ?? "");
    expect(status.order).toEqual({
      id,
      kind: "order",
      number: "112",
      title: "О проведении мониторинга",
      municipality: { code: "ish", name: "Ишимбайский район", timezone: "Asia/Yekaterinburg" },
      requiresAck: true,
      sentAt: "2026-12-02T09:00:00.000Z",
      reportDeadlineAt: null,
      completedAt: null,
    });
    expect(status.counts).toEqual({
      recipients: 4,
      delivered: 2,
      pending: 1,
      unreachable: 1,
      acknowledged: 1,
      notAcknowledged: 1,
    });
    expect(status.recipients).toEqual([
      {
        name: "Сидорова Мария Ивановна",
        school: "Детский сад № 5",
        schoolCode: "ish-D5",
        role: "director",
        state: "unreachable",
        deliveredAt: null,
        acknowledgedAt: null,
      },
      {
        name: "Кузнецова Ольга Павловна",
        school: "Детский сад № 5",
        schoolCode: "ish-D5",
        role: "deputy",
        state: "pending",
        deliveredAt: null,
        acknowledgedAt: null,
      },
      {
        name: "Иванова Анна Петровна",
        school: "Лицей № 1",
        schoolCode: "ish-L1",
        role: "director",
        state: "acknowledged",
        deliveredAt: "2026-12-02T09:30:00.000Z",
        acknowledgedAt: "2026-12-02T11:05:00.000Z",
      },
      {
        name: "Петров Олег Ильич",
        school: "Лицей № 1",
        schoolCode: "ish-L1",
        role: "deputy",
        state: "delivered",
        deliveredAt: "2026-12-02T09:31:00.000Z",
        acknowledgedAt: null,
      },
    ]);
  });

  it("explains an unknown or malformed number", async () => {
    const missing = createTestCliContext(db);
    expect(await orderStatusCommand.run(["77"], missing)).toBe(1);
    expect(missing.lines).toEqual(["Рассылки #77 нет. Номер рассылки печатает order send."]);
    const bad = createTestCliContext(db, { language: "en" });
    expect(await orderStatusCommand.run(["seventy"], bad)).toBe(2);
    expect(bad.lines[0]).toBe(
      "Problem with <id>: a sending number is needed, e.g. 12 (order send prints it).",
    );
  });
});

describe("order sheet", () => {
  it("writes the sheet to a file, in English when asked", async () => {
    const id = await deliveredOrder(db.prisma, town);
    const ctx = createTestCliContext(db, { language: "en" });
    const out = join(dir, "sheet.xlsx");

    expect(await orderSheetCommand.run([String(id), "--out", out], ctx)).toBe(0);

    expect(ctx.lines).toEqual([
      `Acknowledgement sheet written: ${out} — Order No. 112 “О проведении мониторинга”; recipients: 4, acknowledged: 1.`,
    ]);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out);
    const sheet = workbook.worksheets[0];
    expect(sheet?.getCell("B7").value).toBe("Full name");
    expect(sheet?.getCell("E10").value).toEqual(new Date("2026-12-02T14:30:00Z"));
  });

  it("names the file itself when given a folder", async () => {
    const id = await deliveredOrder(db.prisma, town);
    expect(await orderSheetCommand.run([String(id), "--out", dir], createTestCliContext(db))).toBe(
      0,
    );
    expect(await readdir(dir)).toEqual(["Лист ознакомления — приказ № 112.xlsx"]);
  });

  it("refuses an output that is not an .xlsx file or a folder", async () => {
    const id = await deliveredOrder(db.prisma, town);
    const wrong = createTestCliContext(db);
    expect(await orderSheetCommand.run([String(id), "--out", join(dir, "a.csv")], wrong)).toBe(2);
    expect(wrong.lines[0]).toBe(
      "Ошибка в --out: нужен путь к файлу .xlsx или к существующей папке.",
    );
    const missing = createTestCliContext(db);
    expect(await orderSheetCommand.run([String(id)], missing)).toBe(2);
    expect(missing.lines[0]).toContain("Ошибка в --out: укажите, куда записать лист");
    const nowhere = createTestCliContext(db);
    const path = join(dir, "no-such-folder", "sheet.xlsx");
    expect(await orderSheetCommand.run([String(id), "--out", path], nowhere)).toBe(1);
    expect(nowhere.lines[0]).toBe(
      `Не удалось записать ${path} (ENOENT): проверьте, что папка существует и файл не открыт в Excel.`,
    );
  });
});

describe("order remind", () => {
  it("reminds those it reached who have not acknowledged", async () => {
    const id = await deliveredOrder(db.prisma, town);
    const before = await db.prisma.outboxMessage.count();
    const ctx = createTestCliContext(db);

    expect(await orderRemindCommand.run([String(id)], ctx)).toBe(0);

    expect(ctx.lines).toEqual([
      `Напоминания поставлены в очередь: 1 — тем, до кого дошла рассылка #${id} (Приказ № 112 «О проведении мониторинга») и кто ещё не ознакомился. Они уйдут, пока работает бот (npm start).`,
    ]);
    expect(await db.prisma.outboxMessage.count()).toBe(before + 1);
    const deputy = await db.prisma.delivery.findFirstOrThrow({
      where: { orderId: id, personId: town.deputy.id },
    });
    expect(deputy.remindedAt).not.toBeNull();
    const audit = await db.prisma.auditEvent.findFirstOrThrow({
      where: { action: "order.reminded" },
    });
    expect(audit.actorKind).toBe("cli");
  });

  it("says when there is nobody to remind, or nothing was asked", async () => {
    const id = await deliveredOrder(db.prisma, town);
    await db.prisma.delivery.updateMany({
      where: { orderId: id, status: "sent" },
      data: { acknowledgedAt: new Date("2026-12-02T12:00:00Z") },
    });
    const nobody = createTestCliContext(db);
    expect(await orderRemindCommand.run([String(id)], nobody)).toBe(0);
    expect(nobody.lines).toEqual([
      `Напоминать некому: все, до кого дошла рассылка #${id}, уже ознакомились.`,
    ]);
    await db.prisma.order.update({ where: { id }, data: { requiresAck: false } });
    const notAsked = createTestCliContext(db);
    expect(await orderRemindCommand.run([String(id)], notAsked)).toBe(1);
    expect(notAsked.lines[0]).toContain("ознакомление не запрашивалось");
  });
});
