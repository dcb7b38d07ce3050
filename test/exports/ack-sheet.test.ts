import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ackSheet, ackSheetFileName } from "../../src/exports/ack-sheet.ts";
import { createTranslator } from "../../src/i18n/translator.ts";
import { createTestDatabase, type TestDatabase } from "../support/database.ts";
import { deliveredOrder, orderTown } from "../support/order-town.ts";

let db: TestDatabase;
beforeEach(async () => {
  db = await createTestDatabase();
});
afterEach(() => db.destroy());

const translate = createTranslator();

async function readBack(content: Buffer) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(content as unknown as ExcelJS.Buffer);
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new Error("the workbook has no sheet");
  return sheet;
}

/** The values of a row, from column 1 (exceljs keeps index 0 empty). */
function rowValues(sheet: ExcelJS.Worksheet, row: number) {
  return (sheet.getRow(row).values as ExcelJS.CellValue[]).slice(1);
}

describe("the acknowledgement sheet", () => {
  let orderId: number;
  beforeEach(async () => {
    orderId = await deliveredOrder(db.prisma, await orderTown(db.prisma));
  });

  it("lists every recipient with school, role, times on the municipality's clocks and state", async () => {
    const { fileName, content } = await ackSheet(db.prisma, orderId, "ru", translate);

    expect(fileName).toBe("Лист ознакомления — приказ № 112.xlsx");
    const sheet = await readBack(content);
    expect(sheet.name).toBe("Лист ознакомления");
    expect(sheet.getCell("A1").value).toBe("Лист ознакомления");
    expect(sheet.getCell("A2").value).toBe("Приказ № 112 «О проведении мониторинга»");
    expect(sheet.getCell("A3").value).toBe("Отправитель: Ишимбайский район");
    expect(sheet.getCell("A4").value).toBe(
      "Направлен: 2 декабря 2026 г. в 14:00. Время в листе — местное (Asia/Yekaterinburg, UTC+5).",
    );
    expect(sheet.getCell("A5").value).toBe(
      "Получателей: 4; доставлено: 2; ознакомились: 1; не ознакомились: 1; не удалось доставить: 1; ещё отправляется: 1.",
    );
    expect(rowValues(sheet, 7)).toEqual([
      "№ п/п",
      "ФИО",
      "Организация",
      "Должность",
      "Доставлено (дата, время)",
      "Ознакомлен(а) (дата, время)",
      "Состояние",
      "Подпись",
    ]);
    expect(sheet.getCell("A7").font?.bold).toBe(true);
    // Sorted by school, the director first: the kindergarten, then the lyceum.
    expect(rowValues(sheet, 8).slice(0, 4)).toEqual([
      1,
      "Сидорова Мария Ивановна",
      "Детский сад № 5",
      "Директор",
    ]);
    expect(sheet.getCell("E8").value).toBeNull();
    expect(sheet.getCell("G8").value).toBe("не удалось доставить");
    expect(sheet.getCell("G9").value).toBe("ещё отправляется");
    expect(rowValues(sheet, 10).slice(0, 4)).toEqual([
      3,
      "Иванова Анна Петровна",
      "Лицей № 1",
      "Директор",
    ]);
    // 09:30Z and 11:05Z, read on Yekaterinburg's clocks (UTC+5).
    expect(sheet.getCell("E10").value).toEqual(new Date("2026-12-02T14:30:00Z"));
    expect(sheet.getCell("F10").value).toEqual(new Date("2026-12-02T16:05:00Z"));
    expect(sheet.getCell("G10").value).toBe("ознакомлен(а)");
    expect(sheet.getCell("H10").value).toBeNull();
    expect(rowValues(sheet, 11).slice(0, 4)).toEqual([
      4,
      "Петров Олег Ильич",
      "Лицей № 1",
      "Заместитель директора",
    ]);
    expect(sheet.getCell("E11").value).toEqual(new Date("2026-12-02T14:31:00Z"));
    expect(sheet.getCell("F11").value).toBeNull();
    expect(sheet.getCell("G11").value).toBe("доставлено, не ознакомлен(а)");
    expect(sheet.rowCount).toBe(11);
  });

  it("writes numbers as numbers, times as date-time cells and names as text", async () => {
    const sheet = await readBack((await ackSheet(db.prisma, orderId, "ru", translate)).content);

    expect(sheet.getCell("A10").type).toBe(ExcelJS.ValueType.Number);
    expect(sheet.getCell("B10").type).toBe(ExcelJS.ValueType.String);
    expect(sheet.getCell("E10").type).toBe(ExcelJS.ValueType.Date);
    expect(sheet.getCell("F10").type).toBe(ExcelJS.ValueType.Date);
    expect(sheet.getCell("E10").numFmt).toBe("dd.mm.yyyy hh:mm");
    expect(sheet.getCell("F10").numFmt).toBe("dd.mm.yyyy hh:mm");
  });

  it("freezes and filters the header and prints A4 landscape, one page wide, header on each page", async () => {
    const sheet = await readBack((await ackSheet(db.prisma, orderId, "ru", translate)).content);

    expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: 7 });
    expect(sheet.autoFilter).toBe("A7:H11");
    expect(sheet.pageSetup).toMatchObject({
      paperSize: 9,
      orientation: "landscape",
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: "7:7",
    });
    expect(sheet.getColumn(2).width).toBeGreaterThanOrEqual(30);
    expect(sheet.headerFooter.oddFooter).toBe(
      "&LПриказ № 112 «О проведении мониторинга»&RСтраница &P из &N",
    );
  });

  it("speaks English when asked", async () => {
    const { fileName, content } = await ackSheet(db.prisma, orderId, "en", translate);

    expect(fileName).toBe("Acknowledgements — order No. 112.xlsx");
    const sheet = await readBack(content);
    expect(sheet.getCell("A2").value).toBe("Order No. 112 “О проведении мониторинга”");
    expect(sheet.getCell("A4").value).toBe(
      "Sent: 2 December 2026 at 14:00. Times in this sheet are local (Asia/Yekaterinburg, UTC+5).",
    );
    expect(rowValues(sheet, 7)).toEqual([
      "No.",
      "Full name",
      "School",
      "Position",
      "Delivered (date, time)",
      "Acknowledged (date, time)",
      "State",
      "Signature",
    ]);
    expect(sheet.getCell("D11").value).toBe("Deputy director");
    expect(sheet.getCell("E11").value).toEqual(new Date("2026-12-02T14:31:00Z"));
    expect(sheet.getCell("G11").value).toBe("delivered, not acknowledged");
    expect(sheet.getCell("E10").numFmt).toBe("dd mmm yyyy hh:mm");
  });

  it("says when no acknowledgement was asked for, and names a delivered copy just delivered", async () => {
    await db.prisma.order.update({ where: { id: orderId }, data: { requiresAck: false } });

    const sheet = await readBack((await ackSheet(db.prisma, orderId, "ru", translate)).content);

    expect(sheet.getCell("A5").value).toBe(
      "Получателей: 4; доставлено: 2; не удалось доставить: 1; ещё отправляется: 1. Ознакомление не запрашивалось.",
    );
    expect(sheet.getCell("G11").value).toBe("доставлено");
  });
});

/** LibreOffice, when the machine has it: the issue asks that the sheet open cleanly there. */
const hasLibreOffice = spawnSync("soffice", ["--version"], { stdio: "ignore" }).status === 0;

describe.skipIf(!hasLibreOffice)("the sheet in LibreOffice", () => {
  it("converts to CSV headless with the names and the local times", async () => {
    const orderId = await deliveredOrder(db.prisma, await orderTown(db.prisma));
    const { content } = await ackSheet(db.prisma, orderId, "ru", translate);
    const dir = mkdtempSync(join(tmpdir(), "msoko-sheet-"));
    try {
      writeFileSync(join(dir, "sheet.xlsx"), content);
      // 44,34,76: comma, double quote, UTF-8.
      execFileSync(
        "soffice",
        [
          "--headless",
          "--convert-to",
          "csv:Text - txt - csv (StarCalc):44,34,76",
          "--outdir",
          dir,
          join(dir, "sheet.xlsx"),
        ],
        { stdio: "ignore", env: { ...process.env, HOME: dir } },
      );
      const csv = readFileSync(join(dir, "sheet.csv"), "utf8");
      expect(csv).toContain("Иванова Анна Петровна");
      expect(csv).toContain("02.12.2026 14:30");
      expect(csv).toContain("доставлено, не ознакомлен(а)");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});

describe("the sheet's file name", () => {
  const t = (language: string) => (key: string, params?: Record<string, string | number>) =>
    translate(language, key, params);

  it("keeps a number readable and leaves out what Windows refuses", () => {
    expect(ackSheetFileName({ kind: "order", number: "112/1-о", title: "x" }, t("ru"))).toBe(
      "Лист ознакомления — приказ № 112-1-о.xlsx",
    );
    expect(
      ackSheetFileName(
        { kind: "letter", number: null, title: 'О сроках: "ВПР"?* <весна>.' },
        t("ru"),
      ),
    ).toBe("Лист ознакомления — информационное письмо «О сроках ВПР весна.».xlsx");
    expect(ackSheetFileName({ kind: "letter", number: null, title: "A\tB" }, t("en"))).toBe(
      "Acknowledgements — information letter “A B”.xlsx",
    );
  });

  it("shortens a long title", () => {
    const name = ackSheetFileName({ kind: "order", number: null, title: "Д".repeat(200) }, t("ru"));
    expect(name.length).toBeLessThan(120);
    expect(name).toMatch(/…»\.xlsx$/);
  });
});
