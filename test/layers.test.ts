import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

// Imports are checked by dependency-cruiser (`npm run lint`); a query through an injected client
// (`ctx.deps.db.prisma.school.findMany`) is no import, so this looks for one in the source.
const QUERY =
  /\b(?:prisma|tx|db)\.[a-z][A-Za-z]*\.(?:find\w*|create\w*|update\w*|upsert|delete\w*|count|groupBy|aggregate)\(/;

function sources(folder: string): string[] {
  return (readdirSync(folder, { recursive: true }) as string[])
    .filter((file) => file.endsWith(".ts"))
    .map((file) => join(folder, file));
}

describe("the layers", () => {
  it.each(["src/bot", "src/server", "src/jobs", "src/cli"])(
    "%s reads and writes data through src/db, never with Prisma queries of its own",
    (folder) => {
      const offenders = sources(folder).filter((file) => QUERY.test(readFileSync(file, "utf8")));
      expect(offenders).toEqual([]);
    },
  );
});
