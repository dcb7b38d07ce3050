import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import BetterSqlite3 from "better-sqlite3";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { demoCommand } from "../../src/cli/demo-command.ts";
import { migrateDataCommand } from "../../src/cli/migrate-data-command.ts";
import { createDatabase, type Database, type Db } from "../../src/db/client.ts";
import { loadCatalog } from "../support/catalog.ts";
import { createTestCliContext } from "../support/cli-context.ts";
import { createTestDatabase, type TestDatabase, testDatabaseKind } from "../support/database.ts";
import { createMunicipality, createSchool } from "../support/fixtures.ts";
import {
  dropSchema,
  newSchemaName,
  schemaUrl,
  withAdminClient,
} from "../support/postgres-admin.ts";

// The demo imports the catalog and writes about 150 submissions; the copy goes there and back.
const SLOW = 180_000;

/** Past 2^53: a value that loses digits anywhere it passes through a JavaScript number. */
const BIG_TELEGRAM_ID = 9_007_199_254_740_993n;

let source: TestDatabase;
let dir: string;
beforeEach(async () => {
  source = await createTestDatabase("sqlite");
  dir = mkdtempSync(join(tmpdir(), "msoko-migrate-data-"));
});
afterEach(async () => {
  await source.destroy();
  rmSync(dir, { recursive: true, force: true });
});

/** Rows per table (the migrator's own table aside) of a SQLite file or a PostgreSQL schema. */
async function rowCounts(url: string): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  if (url.startsWith("file:")) {
    const connection = new BetterSqlite3(url.slice("file:".length), { readonly: true });
    try {
      const names = connection
        .prepare(
          "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> '_migrations'",
        )
        .pluck()
        .all() as string[];
      for (const name of names)
        counts[name] = connection.prepare(`SELECT COUNT(*) FROM "${name}"`).pluck().get() as number;
    } finally {
      connection.close();
    }
    return counts;
  }
  const schema = new URL(url).searchParams.get("schema");
  await withAdminClient(async (client) => {
    const names = await client.query<{ table_name: string }>(
      "SELECT table_name FROM information_schema.tables WHERE table_schema = $1 AND table_name <> '_migrations'",
      [schema],
    );
    for (const { table_name: name } of names.rows) {
      const result = await client.query<{ count: string }>(
        `SELECT COUNT(*) AS count FROM "${schema}"."${name}"`,
      );
      counts[name] = Number(result.rows[0]?.count);
    }
  });
  return counts;
}

/** Rows that show the three conversions (bigint, DateTime, boolean) and a self-reference. */
async function spotValues(prisma: Db) {
  return {
    people: await prisma.person.findMany({ orderBy: { id: "asc" } }),
    schools: await prisma.school.findMany({ orderBy: { id: "asc" } }),
    periods: await prisma.period.findMany({ orderBy: { id: "asc" } }),
    campaigns: await prisma.campaign.findMany({ orderBy: { id: "asc" } }),
    submissions: await prisma.submission.findMany({ orderBy: { id: "asc" } }),
    answers: await prisma.answer.findMany({ orderBy: { id: "asc" } }),
    indicatorValues: await prisma.indicatorValue.findMany({ orderBy: { id: "asc" } }),
  };
}

async function withOpened<T>(url: string, work: (db: Database) => Promise<T>): Promise<T> {
  const db = createDatabase(url, { filesDir: dir });
  try {
    return await work(db);
  } finally {
    await db.close();
  }
}

describe.runIf(testDatabaseKind() === "postgresql")("migrate-data to PostgreSQL", () => {
  let schema: string;
  beforeEach(() => {
    schema = newSchemaName();
  });
  afterEach(async () => {
    await dropSchema(schema);
  });

  it(
    "copies a demo SQLite database into an empty schema row for row, and the app keeps working on the copy",
    async () => {
      expect(await demoCommand.run([], createTestCliContext(source))).toBe(0);
      const someone = await source.prisma.person.findFirstOrThrow({ orderBy: { id: "asc" } });
      await source.prisma.person.update({
        where: { id: someone.id },
        data: { telegramId: BIG_TELEGRAM_ID, blockedAt: new Date("2025-03-04T05:06:07.089Z") },
      });
      const target = schemaUrl(schema);
      const ctx = createTestCliContext(source);

      expect(await migrateDataCommand.run(["--from", source.url, "--to", target], ctx)).toBe(0);

      const counts = await rowCounts(source.url);
      expect(await rowCounts(target)).toEqual(counts);
      const total = Object.values(counts).reduce((sum, rows) => sum + rows, 0);
      expect(total).toBeGreaterThan(2000);
      expect(ctx.lines[0]).toBe("Копирование, строк по таблицам:");
      expect(ctx.lines).toContain(`  Person: ${counts.Person}`);
      expect(ctx.lines.at(-1)).toMatch(
        new RegExp(
          `^Готово: из .*test\\.db в postgresql://.*\\(schema ${schema}\\) перенесено строк: ${total.toLocaleString("ru-RU")} \\(таблиц: ${Object.keys(counts).length}\\)\\.`,
        ),
      );

      const expected = await spotValues(source.prisma);
      await withOpened(target, async (copy) => {
        expect((await copy.migrate()).applied).toEqual([]);
        expect(await spotValues(copy.prisma)).toEqual(expected);
        const person = await copy.prisma.person.findUniqueOrThrow({ where: { id: someone.id } });
        expect(person.telegramId).toBe(BIG_TELEGRAM_ID);
        expect(person.blockedAt?.toISOString()).toBe("2025-03-04T05:06:07.089Z");
        expect(expected.periods.some((period) => period.previousId !== null)).toBe(true);
        expect(expected.schools.some((school) => school.lowResults)).toBe(true);

        // Sequences continue after the copied ids: new rows get fresh ones.
        const municipality = await copy.prisma.municipality.findFirstOrThrow();
        const school = await createSchool(copy.prisma, municipality.id, { name: "Школа № 99" });
        expect(school.id).toBe(Math.max(...expected.schools.map((row) => row.id)) + 1);
        const added = await copy.prisma.person.create({ data: { fullName: "Новый Сотрудник" } });
        expect(added.id).toBe(Math.max(...expected.people.map((row) => row.id)) + 1);
      });

      // A second run finds the target holding data and leaves it as it is.
      const again = createTestCliContext(source);
      expect(await migrateDataCommand.run(["--from", source.url, "--to", target], again)).toBe(1);
      expect(again.lines).toEqual([
        `Данные не перенесены: база-получатель postgresql://postgres@127.0.0.1:5432/test (schema ${schema}) не пуста (в таблице Answer уже есть строки). Данные переносятся только в пустую базу — укажите новую базу или новую схему (?schema=…).`,
      ]);

      // And back: PostgreSQL into a new SQLite file gives the same rows and values.
      const back = `file:${join(dir, "back.db")}`;
      const backCtx = createTestCliContext(source, { language: "en" });
      expect(await migrateDataCommand.run(["--from", target, "--to", back], backCtx)).toBe(0);
      expect(backCtx.lines.at(-1)).toMatch(/^Done: [\d,]+ rows in \d+ tables copied from /);
      const copied = await rowCounts(target);
      expect(await rowCounts(back)).toEqual(copied);
      await withOpened(back, async (copy) => {
        const values = await spotValues(copy.prisma);
        expect(values.periods).toEqual(expected.periods);
        expect(values.answers).toEqual(expected.answers);
        expect(values.people.find((person) => person.id === someone.id)?.telegramId).toBe(
          BIG_TELEGRAM_ID,
        );
      });
    },
    SLOW,
  );
});

describe("migrate-data refusals and SQLite to SQLite", () => {
  it("copies into a new SQLite file, foreign keys and a bigint intact", async () => {
    await loadCatalog(source);
    const municipality = await createMunicipality(source.prisma, { code: "ishimbay" });
    await createSchool(source.prisma, municipality.id, {
      code: "sch-1",
      name: "Лицей № 1",
      lowResults: true,
    });
    await source.prisma.person.create({
      data: { fullName: "Галиев Ринат Маратович", telegramId: BIG_TELEGRAM_ID },
    });
    const target = `file:${join(dir, "nested", "copy.db")}`;

    expect(
      await migrateDataCommand.run(
        ["--from", source.url, "--to", target],
        createTestCliContext(source),
      ),
    ).toBe(0);

    expect(await rowCounts(target)).toEqual(await rowCounts(source.url));
    await withOpened(target, async (copy) => {
      expect(await spotValues(copy.prisma)).toEqual(await spotValues(source.prisma));
      const connection = new BetterSqlite3(join(dir, "nested", "copy.db"), { readonly: true });
      try {
        expect(connection.pragma("foreign_key_check")).toEqual([]);
      } finally {
        connection.close();
      }
    });
  });

  it("rolls the whole copy back when a row cannot be converted, and names the table", async () => {
    await loadCatalog(source);
    await source.prisma.person.create({ data: { fullName: "Галиев Ринат Маратович" } });
    // SQLite keeps whatever it is given: text where a Telegram id should be.
    const connection = new BetterSqlite3(source.location);
    connection.prepare('UPDATE "Person" SET "telegramId" = ?').run("not-a-number");
    connection.close();
    const target = `file:${join(dir, "copy.db")}`;
    const ctx = createTestCliContext(source);

    expect(await migrateDataCommand.run(["--from", source.url, "--to", target], ctx)).toBe(1);

    expect(ctx.lines.at(-1)).toBe(
      'Данные не перенесены: ошибка в таблице Person (column telegramId: "not-a-number" is not a whole number). Перенос отменён целиком, в базу-получатель ничего не записано.',
    );
    const counts = await rowCounts(target);
    expect(Object.values(counts).every((rows) => rows === 0)).toBe(true);
    expect(counts.Direction).toBe(0);
  });

  it("refuses a source that a newer version of the app has migrated", async () => {
    const connection = new BetterSqlite3(source.location);
    connection
      .prepare('INSERT INTO "_migrations" (name, applied_at) VALUES (?, ?)')
      .run("9999_from_the_future", new Date().toISOString());
    connection.close();
    const target = join(dir, "copy.db");
    const ctx = createTestCliContext(source);

    expect(
      await migrateDataCommand.run(["--from", source.url, "--to", `file:${target}`], ctx),
    ).toBe(1);

    expect(ctx.lines).toEqual([
      `Данные не перенесены: база ${source.location} обновлена более новой версией приложения (неизвестные этой версии миграции: 9999_from_the_future). Обновите приложение и повторите перенос.`,
    ]);
    expect(existsSync(target)).toBe(false);
  });

  it("refuses a source file that does not exist, and flags that name no database", async () => {
    const missing = join(dir, "missing.db");
    const ctx = createTestCliContext(source);

    expect(
      await migrateDataCommand.run(
        ["--from", `file:${missing}`, "--to", `file:${join(dir, "copy.db")}`],
        ctx,
      ),
    ).toBe(1);
    expect(ctx.lines).toEqual([
      `Данные не перенесены: по адресу ${missing} нет базы данных МСОКО. Проверьте адрес в --from.`,
    ]);

    const bad = createTestCliContext(source, { language: "en" });
    expect(await migrateDataCommand.run(["--from", "msoko.db", "--to", source.url], bad)).toBe(2);
    expect(bad.lines[0]).toBe(
      "Problem with --from: a database URL looks like file:./data/msoko.db (SQLite) or postgresql://user@host:5432/database (PostgreSQL).",
    );
  });
});
