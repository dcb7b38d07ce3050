import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { importPeopleCommand, resultsPath } from "../../src/cli/import-people.ts";
import { findInvitedPerson } from "../../src/db/people/invited-people.ts";
import { redeemInvite } from "../../src/db/people/invites.ts";
import { createTestCliContext } from "../support/cli-context.ts";
import { createTestDatabase, type TestDatabase } from "../support/database.ts";

let db: TestDatabase;
let dir: string;
beforeEach(async () => {
  db = await createTestDatabase();
  dir = mkdtempSync(join(tmpdir(), "msoko-people-"));
  const municipality = await db.prisma.municipality.create({
    data: { code: "ugl", name: "Углегорский городской округ", timezone: "Asia/Sakhalin" },
  });
  await db.prisma.municipality.create({
    data: { code: "other", name: "Другой", timezone: "Europe/Moscow" },
  });
  await db.prisma.school.create({
    data: {
      code: "007",
      name: "Средняя школа № 1",
      shortName: "СОШ № 1",
      type: "general",
      municipalityId: municipality.id,
    },
  });
});
afterEach(async () => {
  await db.destroy();
  rmSync(dir, { recursive: true, force: true });
});

function csv(lines: string[]): string {
  const path = join(dir, "people.csv");
  writeFileSync(path, `\uFEFF${lines.join("\r\n")}\r\n`);
  return path;
}

/** The results file as rows of cells (it is written for Russian Excel: BOM and `;`). */
function readResults(input: string): string[][] {
  const text = readFileSync(resultsPath(input), "utf8");
  expect(text.startsWith("\uFEFF")).toBe(true);
  return text
    .slice(1)
    .trim()
    .split("\r\n")
    .map((line) => line.split(";"));
}

const HEADER = "ФИО;Роль;Код ОО;Код МО;Должность;Телефон;Эл. почта;Telegram";

describe("import people", () => {
  it("creates people without Telegram accounts and a personal invite link for each", async () => {
    const path = csv([
      HEADER,
      "Иванова  Мария Петровна;директор;007;;Директор;+7 (424) 322-11-00;ivanova@example.ru;@ivanova_mp",
      "Петров Олег Ильич;Заместитель директора;007;;Заместитель директора по УВР;;;",
      "Сидорова Анна;координатор;;ugl;Главный специалист;;;https://t.me/sidorova_a",
    ]);
    const ctx = createTestCliContext(db);

    expect(await importPeopleCommand.run([path], ctx)).toBe(0);

    const people = await db.prisma.person.findMany({ orderBy: { id: "asc" } });
    expect(
      people.map((person) => [person.fullName, person.telegramId, person.telegramUsername]),
    ).toEqual([
      ["Иванова Мария Петровна", null, "ivanova_mp"],
      ["Петров Олег Ильич", null, null],
      ["Сидорова Анна", null, "sidorova_a"],
    ]);
    const rows = readResults(path);
    expect(rows[0]).toEqual([
      "Строка",
      "ФИО",
      "Роль",
      "Организация",
      "Статус",
      "Ссылка",
      "Код приглашения",
      "Действует до",
    ]);
    expect(rows.slice(1).map((row) => row.slice(0, 5))).toEqual([
      ["2", "Иванова Мария Петровна", "Директор", "СОШ № 1", "приглашение выдано"],
      ["3", "Петров Олег Ильич", "Заместитель директора", "СОШ № 1", "приглашение выдано"],
      ["4", "Сидорова Анна", "Координатор", "Углегорский городской округ", "приглашение выдано"],
    ]);
    for (const row of rows.slice(1))
      expect(row[5]).toMatch(/^https:\/\/t\.me\/msoko_test_bot\?start=[A-Za-z0-9_-]{24}$/);
    expect(ctx.output()).toContain("приглашено 3");
  });

  it("binds the Telegram account that opens an invite to the person it was made for", async () => {
    const path = csv([HEADER, "Иванова Мария Петровна;директор;007;;;;;"]);
    await importPeopleCommand.run([path], createTestCliContext(db));
    const code = readResults(path)[1]?.[6] ?? "";

    const redeemed = await redeemInvite(db.prisma, code, { telegramId: 42n, fullName: "Maria" });

    expect(redeemed.ok).toBe(true);
    const invite = await db.prisma.invite.findFirstOrThrow();
    expect(invite.label).toBe("Иванова Мария Петровна");
    expect((await findInvitedPerson(db.prisma, invite.id))?.fullName).toBe(
      "Иванова Мария Петровна",
    );
    // The Telegram account is bound to the imported record, which keeps its official name.
    expect(
      await db.prisma.person.findMany({ select: { fullName: true, telegramId: true } }),
    ).toEqual([{ fullName: "Иванова Мария Петровна", telegramId: 42n }]);
  });

  it("reports rejected rows with their row numbers and still invites the valid ones", async () => {
    const path = csv([
      HEADER,
      "Иванова Мария;директор;;ugl;;;;",
      "Петров Олег;учитель;007;;;;;",
      "Сидорова Анна;координатор;007;;;;;",
      "Смирнов Павел;заместитель;999;;;;;",
      "Козлова Ирина;директор;007;other;;;;",
      "Орлова Вера;наблюдатель;;ugl;;12;not-an-email;",
      "Белов Игорь;наблюдатель;;ugl;;;;",
    ]);
    const ctx = createTestCliContext(db);

    expect(await importPeopleCommand.run([path], ctx)).toBe(1);

    const output = ctx.output();
    expect(output).toContain(
      "строка 2, столбец «Код ОО»: для директора и заместителя нужен код ОО",
    );
    expect(output).toContain(
      "строка 3, столбец «Роль» («учитель»): роль: координатор, директор, заместитель или наблюдатель",
    );
    expect(output).toContain(
      "строка 4, столбец «Код ОО» («007»): код ОО указывают только для директора и заместителя",
    );
    expect(output).toContain("строка 5, столбец «Код ОО» («999»): такой организации нет");
    expect(output).toContain(
      "строка 6, столбец «Код ОО» («007»): организация относится к другому муниципалитету",
    );
    expect(output).toContain("строка 7, столбец «Телефон» («12»)");
    expect(output).toContain("строка 7, столбец «Эл. почта» («not-an-email»)");
    expect((await db.prisma.person.findMany()).map((person) => person.fullName)).toEqual([
      "Белов Игорь",
    ]);
    expect(readResults(path)).toHaveLength(2);
  });

  it("recognises people imported before instead of creating them twice", async () => {
    const path = csv([
      HEADER,
      "Иванова Мария;директор;007;;;;;",
      "Петров Олег;заместитель;007;;;;;",
    ]);
    await importPeopleCommand.run([path], createTestCliContext(db));
    const firstCode = readResults(path)[1]?.[6] ?? "";
    await redeemInvite(db.prisma, firstCode, { telegramId: 42n, fullName: "Maria" });
    const ctx = createTestCliContext(db);

    expect(await importPeopleCommand.run([path], ctx)).toBe(0);

    expect(await db.prisma.person.count()).toBe(2);
    expect(await db.prisma.person.count({ where: { telegramId: null } })).toBe(1);
    expect(await db.prisma.invite.count()).toBe(2);
    expect(
      readResults(path)
        .slice(1)
        .map((row) => row[4]),
    ).toEqual([
      "уже подключился(-ась)",
      "приглашение #2 выдано ранее и действует (новая ссылка — с параметром --reissue)",
    ]);
  });

  it("replaces a still-valid link when asked to reissue", async () => {
    const path = csv([HEADER, "Петров Олег;заместитель;007;;;;;"]);
    await importPeopleCommand.run([path], createTestCliContext(db));

    expect(await importPeopleCommand.run([path, "--reissue"], createTestCliContext(db))).toBe(0);

    const invites = await db.prisma.invite.findMany({ orderBy: { id: "asc" } });
    expect(invites.map((invite) => invite.revokedAt !== null)).toEqual([true, false]);
    expect(await db.prisma.person.count()).toBe(1);
    expect(readResults(path)[1]?.[4]).toBe("выдана новая ссылка");
  });

  it("writes invite codes with a note when the bot's username cannot be found", async () => {
    const path = csv([HEADER, "Петров Олег;заместитель;007;;;;;"]);
    const ctx = createTestCliContext(db, { env: { BOT_USERNAME: "" } });

    expect(await importPeopleCommand.run([path], ctx)).toBe(0);

    expect(ctx.output()).toContain("Имя бота неизвестно");
    const row = readResults(path)[1];
    expect(row?.[5]).toBe("");
    expect(row?.[6]).toMatch(/^[A-Za-z0-9_-]{24}$/);
  });
});
