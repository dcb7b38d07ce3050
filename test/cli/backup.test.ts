import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { backupCommand, createBackupCommand } from "../../src/cli/backup-command.ts";
import { findPostgresTool } from "../../src/db/backup.ts";
import { createDatabase } from "../../src/db/client.ts";
import { loadCatalog } from "../support/catalog.ts";
import { createTestCliContext } from "../support/cli-context.ts";
import { createTestDatabase, type TestDatabase, testDatabaseKind } from "../support/database.ts";
import { createMunicipality, createSchool } from "../support/fixtures.ts";

let db: TestDatabase;
let dir: string;
beforeEach(async () => {
  db = await createTestDatabase();
  dir = mkdtempSync(join(tmpdir(), "msoko-backup-"));
});
afterEach(async () => {
  await db.destroy();
  rmSync(dir, { recursive: true, force: true });
});

/** A context whose DATABASE_URL is the test's database, as `npm run cli` would have it. */
const contextFor = (database: TestDatabase, language?: string) =>
  createTestCliContext(database, { env: { DATABASE_URL: database.url }, language });

async function withData(database: TestDatabase) {
  await loadCatalog(database);
  const municipality = await createMunicipality(database.prisma, { code: "ishimbay" });
  await createSchool(database.prisma, municipality.id, { code: "sch-1", name: "Лицей № 1" });
}

describe.runIf(testDatabaseKind() === "sqlite")("backup of a SQLite database", () => {
  it("writes a copy of the file that opens and holds the same rows", async () => {
    await withData(db);
    const file = join(dir, "copy.db");
    const ctx = contextFor(db);

    expect(await backupCommand.run([file], ctx)).toBe(0);

    expect(ctx.lines).toHaveLength(1);
    expect(ctx.lines[0]).toMatch(
      new RegExp(
        `^Резервная копия базы данных .*test\\.db записана в файл ${file} \\(\\d+ КБ\\)\\.$`,
      ),
    );
    const copy = createDatabase(`file:${file}`);
    try {
      expect(await copy.prisma.direction.count()).toBe(await db.prisma.direction.count());
      expect(await copy.prisma.formQuestion.count()).toBe(await db.prisma.formQuestion.count());
      expect(await copy.prisma.school.findMany()).toEqual(await db.prisma.school.findMany());
      // The copy carries its migration record: the app opens it without migrating again.
      expect((await copy.migrate()).applied).toEqual([]);
    } finally {
      await copy.close();
    }
  });

  it("refuses to replace an existing file with exit code 2, and replaces it with --force", async () => {
    await withData(db);
    const file = join(dir, "copy.db");
    writeFileSync(file, "an earlier backup");
    const ctx = contextFor(db);

    expect(await backupCommand.run([file], ctx)).toBe(2);

    expect(ctx.lines).toEqual([
      `Файл ${file} уже существует, резервная копия не записана. Укажите другое имя файла или добавьте --force, чтобы заменить его.`,
    ]);
    expect(readFileSync(file, "utf8")).toBe("an earlier backup");

    const forced = contextFor(db, "en");
    expect(await backupCommand.run([file, "--force"], forced)).toBe(0);
    expect(forced.lines[0]).toMatch(
      /^Backup of the database .* written to .*copy\.db \(\d+ KB\)\.$/,
    );
    expect(readFileSync(file).subarray(0, 15).toString()).toBe("SQLite format 3");
  });

  it("asks for the file when none is given", async () => {
    const ctx = contextFor(db);

    expect(await backupCommand.run([], ctx)).toBe(2);

    expect(ctx.lines[0]).toBe("Ошибка в <file>: укажите файл, в который записать резервную копию.");
  });
  it("says in one line why a file cannot be written, exit code 1", async () => {
    writeFileSync(join(dir, "not-a-folder"), "");
    const file = join(dir, "not-a-folder", "copy.db");
    const ctx = contextFor(db);

    expect(await backupCommand.run([file], ctx)).toBe(1);

    expect(ctx.lines).toHaveLength(1);
    expect(ctx.lines[0]).toMatch(
      new RegExp(`^Резервная копия в файл ${file} не записана: .+not-a-folder`),
    );
  });
});

describe.runIf(testDatabaseKind() === "postgresql")("backup of a PostgreSQL database", () => {
  it("dumps the schema with pg_dump in its custom format", async () => {
    await withData(db);
    const file = join(dir, "msoko.dump");
    const ctx = contextFor(db);

    expect(await backupCommand.run([file], ctx)).toBe(0);

    expect(ctx.lines[0]).toMatch(
      new RegExp(
        `^Резервная копия базы данных postgresql://.* записана в файл ${file} \\(.+\\)\\.$`,
      ),
    );
    expect(readFileSync(file).subarray(0, 5).toString()).toBe("PGDMP");
    const pgRestore = findPostgresTool("pg_restore");
    if (pgRestore) {
      const listing = spawnSync(pgRestore, ["--list", file], { encoding: "utf8" });
      expect(listing.status).toBe(0);
      const schema = new URL(db.url).searchParams.get("schema");
      for (const table of ["Direction", "School", "Person", "_migrations"])
        expect(listing.stdout).toContain(`TABLE DATA ${schema} ${table} `);
    }
  });

  it("says pg_dump is missing and exits with 1, writing nothing", async () => {
    const file = join(dir, "msoko.dump");
    const ctx = contextFor(db);

    expect(await createBackupCommand({ findPgDump: () => null }).run([file], ctx)).toBe(1);

    expect(ctx.lines).toEqual([
      "Резервная копия не записана: не найдена программа pg_dump, без которой копию базы PostgreSQL не сделать. Установите клиент PostgreSQL той же или более новой версии, что и сервер (в Debian и Ubuntu — пакет postgresql-client), и повторите команду.",
    ]);
    expect(existsSync(file)).toBe(false);
  });

  it("reports what pg_dump said when it fails, and leaves no partial file", async () => {
    const file = join(dir, "msoko.dump");
    const ctx = contextFor(db);
    const failing = createBackupCommand({ findPgDump: () => "/bin/false" });

    expect(await failing.run([file], ctx)).toBe(1);

    expect(ctx.lines[0]).toMatch(/^Резервная копия не записана: pg_dump завершился с ошибкой: /);
    expect(existsSync(file)).toBe(false);
  });
});
