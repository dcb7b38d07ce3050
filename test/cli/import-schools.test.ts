import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { importSchoolsCommand } from "../../src/cli/import-schools.ts";
import { createTestCliContext } from "../support/cli-context.ts";
import { createTestDatabase, type TestDatabase } from "../support/database.ts";

let db: TestDatabase;
let dir: string;
beforeEach(async () => {
  db = await createTestDatabase();
  dir = mkdtempSync(join(tmpdir(), "msoko-import-"));
});
afterEach(async () => {
  await db.destroy();
  rmSync(dir, { recursive: true, force: true });
});

/** As Russian Excel saves "CSV UTF-8": a BOM, `;` between cells, CRLF. */
function russianCsv(name: string, lines: string[]): string {
  const path = join(dir, name);
  writeFileSync(path, `\uFEFF${lines.join("\r\n")}\r\n`);
  return path;
}

/** Windows-1251 for the characters these tests use: ASCII, Cyrillic А–я, Ё/ё and №. */
function encodeWindows1251(text: string): Buffer {
  return Buffer.from(
    [...text].map((char) => {
      const code = char.charCodeAt(0);
      if (code < 0x80) return code;
      if (code >= 0x410 && code <= 0x44f) return code - 0x410 + 0xc0;
      if (char === "Ё") return 0xa8;
      if (char === "ё") return 0xb8;
      if (char === "№") return 0xb9;
      throw new Error(`no Windows-1251 byte for ${char}`);
    }),
  );
}

const RUSSIAN_HEADER =
  "Код МО;Муниципалитет;Часовой пояс;Код ОО;Наименование;Краткое наименование;Тип;Низкие результаты;Неблагоприятные условия;Адрес";

describe("import schools", () => {
  it("reads a Russian Excel CSV with BOM, semicolons and Russian headers", async () => {
    const path = russianCsv("schools.csv", [
      RUSSIAN_HEADER,
      'ugl;Углегорский городской округ;Asia/Sakhalin;007;"Муниципальное бюджетное общеобразовательное учреждение ""Средняя школа № 1""";СОШ № 1;ОО;да;нет;г. Углегорск, ул. Победы, 1',
      "ugl;;;008;Детский сад «Солнышко»;;детский сад;;1;",
      "ugl;;;009;Дом детского творчества;ДДТ;УДО;нет;нет;",
    ]);
    const ctx = createTestCliContext(db);

    expect(await importSchoolsCommand.run([path], ctx)).toBe(0);

    const municipality = await db.prisma.municipality.findUniqueOrThrow({ where: { code: "ugl" } });
    expect(municipality).toMatchObject({
      name: "Углегорский городской округ",
      timezone: "Asia/Sakhalin",
    });
    const schools = await db.prisma.school.findMany({ orderBy: { code: "asc" } });
    expect(
      schools.map((school) => [
        school.code,
        school.type,
        school.lowResults,
        school.unfavourableConditions,
      ]),
    ).toEqual([
      ["007", "general", true, false],
      ["008", "kindergarten", false, true],
      ["009", "additional", false, false],
    ]);
    expect(schools[0]?.name).toBe(
      'Муниципальное бюджетное общеобразовательное учреждение "Средняя школа № 1"',
    );
    expect(schools[0]?.shortName).toBe("СОШ № 1");
    expect(ctx.output()).toContain(
      "Организации из schools.csv: создано 3, обновлено 0, без изменений 0.",
    );
  });

  it("reads an .xlsx workbook with English headers and numeric codes kept as text", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Schools");
    sheet.addRow([
      "municipality_code",
      "municipality_name",
      "timezone",
      "code",
      "name",
      "type",
      "low_results",
    ]);
    sheet.addRow([
      "ishimbay",
      "Ишимбайский район",
      "Asia/Yekaterinburg",
      101,
      "Гимназия № 2",
      "general",
      "yes",
    ]);
    sheet.addRow(["ishimbay", "", "", 102, "Детский сад № 5", "kindergarten", 0]);
    const path = join(dir, "schools.xlsx");
    await workbook.xlsx.writeFile(path);
    const ctx = createTestCliContext(db);

    expect(await importSchoolsCommand.run([path], ctx)).toBe(0);

    const schools = await db.prisma.school.findMany({
      include: { municipality: true },
      orderBy: { code: "asc" },
    });
    expect(
      schools.map((school) => [
        school.code,
        school.type,
        school.lowResults,
        school.municipality.timezone,
      ]),
    ).toEqual([
      ["101", "general", true, "Asia/Yekaterinburg"],
      ["102", "kindergarten", false, "Asia/Yekaterinburg"],
    ]);
  });

  it("imports the valid rows and reports each rejected one with its row, column and reason", async () => {
    const path = russianCsv("mixed.csv", [
      RUSSIAN_HEADER,
      "sm;Вяземский район;Europe/Moscow;s1;Школа № 1;;школа;нет;нет;",
      "sm;;;s2;Лицей;;лицей;нет;нет;",
      "sm;;;s3;Школа № 3;;ОО;может быть;нет;",
      "sm;;Mars/Olympus;s4;Школа № 4;;ОО;;;",
      "sm;;;s1;Школа № 1 ещё раз;;ОО;;;",
      "sm;;;;;;ОО;;;",
      "new;;;n1;Школа в новом МО;;ОО;;;",
    ]);
    const ctx = createTestCliContext(db);

    expect(await importSchoolsCommand.run([path], ctx)).toBe(1);

    expect((await db.prisma.school.findMany()).map((school) => school.code)).toEqual(["s1"]);
    const output = ctx.output();
    expect(output).toContain("Отклонено строк: 6.");
    expect(output).toContain(
      "строка 3, столбец «Тип» («лицей»): тип организации: ОО (школа), ДОО (детский сад) или УДО (доп. образование)",
    );
    expect(output).toContain(
      "строка 4, столбец «Низкие результаты» («может быть»): ожидается «да» или «нет»",
    );
    expect(output).toContain(
      "строка 5, столбец «Часовой пояс» («Mars/Olympus»): нужен часовой пояс IANA",
    );
    expect(output).toContain(
      "строка 6, столбец «Код ОО» («s1»): этот код уже встречался в строке 2",
    );
    expect(output).toContain("строка 7, столбец «Код ОО»: значение обязательно");
    expect(output).toContain("строка 7, столбец «Наименование»: значение обязательно");
    expect(output).toContain(
      "строка 8, столбец «Муниципалитет»: муниципалитета с кодом new ещё нет: укажите его наименование",
    );
  });

  it("reads a comma-separated CSV saved by older Russian Excel in Windows-1251", async () => {
    const text =
      "Код МО,Муниципалитет,Код ОО,Наименование,Тип\r\nsos,Сосновский район,t1,Школа № 1,ОО\r\n";
    const path = join(dir, "cp1251.csv");
    writeFileSync(path, encodeWindows1251(text));
    const ctx = createTestCliContext(db);

    expect(await importSchoolsCommand.run([path], ctx)).toBe(0);

    const school = await db.prisma.school.findUniqueOrThrow({
      where: { code: "t1" },
      include: { municipality: true },
    });
    expect([school.name, school.municipality.name]).toEqual(["Школа № 1", "Сосновский район"]);
  });

  it("gives a new municipality without a time zone the configured default", async () => {
    const path = russianCsv("default-zone.csv", [
      "Код МО;Муниципалитет;Код ОО;Наименование;Тип",
      "sos;Сосновский район;t1;Школа;ОО",
    ]);
    const ctx = createTestCliContext(db, { env: { DEFAULT_TIMEZONE: "Europe/Samara" } });

    expect(await importSchoolsCommand.run([path], ctx)).toBe(0);

    expect(
      (await db.prisma.municipality.findUniqueOrThrow({ where: { code: "sos" } })).timezone,
    ).toBe("Europe/Samara");
  });

  it("changes nothing and writes no audit records when the same file is imported again", async () => {
    const path = russianCsv("again.csv", [
      RUSSIAN_HEADER,
      "ugl;Углегорский городской округ;Asia/Sakhalin;007;Школа № 1;;ОО;да;нет;",
      "ugl;;;008;Детский сад;;ДОО;нет;нет;",
    ]);
    await importSchoolsCommand.run([path], createTestCliContext(db));
    const auditCount = await db.prisma.auditEvent.count();
    expect(auditCount).toBe(3);
    const second = createTestCliContext(db);

    expect(await importSchoolsCommand.run([path], second)).toBe(0);

    expect(await db.prisma.school.count()).toBe(2);
    expect(await db.prisma.municipality.count()).toBe(1);
    expect(await db.prisma.auditEvent.count()).toBe(auditCount);
    expect(second.output()).toContain("создано 0, обновлено 0, без изменений 2");
  });

  it("updates a school whose row changed and records who changed it", async () => {
    const first = russianCsv("v1.csv", [
      RUSSIAN_HEADER,
      "ugl;Углегорский ГО;Asia/Sakhalin;007;Школа № 1;;ОО;нет;нет;",
    ]);
    const second = russianCsv("v2.csv", [
      RUSSIAN_HEADER,
      "ugl;;;007;Школа № 1 им. Чехова;;ОО;да;нет;",
    ]);
    await importSchoolsCommand.run([first], createTestCliContext(db));
    const ctx = createTestCliContext(db);

    expect(await importSchoolsCommand.run([second], ctx)).toBe(0);

    const school = await db.prisma.school.findUniqueOrThrow({ where: { code: "007" } });
    expect(school).toMatchObject({ name: "Школа № 1 им. Чехова", lowResults: true });
    const audit = await db.prisma.auditEvent.findFirstOrThrow({
      where: { action: "school.updated" },
    });
    expect(audit.actorKind).toBe("cli");
    expect(JSON.parse(audit.data).fields).toEqual(["name", "lowResults"]);
  });

  it("names the missing columns when the header row lacks required ones", async () => {
    const path = russianCsv("bad-header.csv", ["Код;Название", "1;Школа"]);
    const ctx = createTestCliContext(db);

    expect(await importSchoolsCommand.run([path], ctx)).toBe(1);

    expect(ctx.output()).toContain(
      "В файле нет обязательных столбцов: municipality_code / Код МО / Код муниципалитета",
    );
  });

  it("asks for a file and shows the usage when none is given", async () => {
    const ctx = createTestCliContext(db);

    expect(await importSchoolsCommand.run([], ctx)).toBe(2);

    expect(ctx.lines).toEqual([
      "Ошибка в <file>: нужен путь к файлу .csv или .xlsx.",
      expect.stringContaining("Использование: npm run cli -- import schools <файл.csv|файл.xlsx>"),
    ]);
  });

  it("refuses other file types with a hint", async () => {
    const path = join(dir, "schools.xls");
    writeFileSync(path, "");
    const ctx = createTestCliContext(db);

    expect(await importSchoolsCommand.run([path], ctx)).toBe(1);

    expect(ctx.output()).toContain("поддерживаются .csv и .xlsx");
  });
});
