import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { catalogImportCommand } from "../../src/cli/catalog-command.ts";
import { createTestCliContext } from "../support/cli-context.ts";
import { createTestDatabase, type TestDatabase } from "../support/database.ts";

let db: TestDatabase;
let dir: string;
beforeEach(async () => {
  db = await createTestDatabase();
  dir = mkdtempSync(join(tmpdir(), "msoko-catalog-cli-"));
});
afterEach(async () => {
  await db.destroy();
  rmSync(dir, { recursive: true, force: true });
});

describe("catalog import", () => {
  it("imports the shipped catalog and prints what it created", async () => {
    const ctx = createTestCliContext(db);
    expect(await catalogImportCommand.run([], ctx)).toBe(0);
    expect(ctx.lines[0]).toMatch(/^Каталог загружен из .*msoko-catalog\.yaml\.$/);
    expect(ctx.output()).toContain("Направления: новых 9, изменено 0, без изменений 0");
  });

  it("reports in English that a second import changed nothing", async () => {
    await catalogImportCommand.run([], createTestCliContext(db));
    const ctx = createTestCliContext(db, { language: "en" });
    expect(await catalogImportCommand.run([], ctx)).toBe(0);
    expect(ctx.output()).toContain("Directions: 0 new, 0 changed, 9 unchanged");
  });

  it("prints every problem of a broken file and exits with 1", async () => {
    const file = join(dir, "broken.yaml");
    writeFileSync(file, "dataElements: []\ndirections:\n  - code: Bad Code\n");
    const ctx = createTestCliContext(db);
    expect(await catalogImportCommand.run([file], ctx)).toBe(1);
    expect(ctx.lines[0]).toContain(`Каталог ${file} не загружен`);
    expect(ctx.lines).toContain(
      "  directions.0.code: use kebab-case: lowercase latin letters, digits and - (line 3)",
    );
    expect(await db.prisma.direction.count()).toBe(0);
  });
});
