import { z } from "zod";
import { CopyFailedError, type CopyRefusal, copyDatabase } from "../db/copy/copy-database.ts";
import { parseCommandLine } from "./cli-args.ts";
import type { CliCommand, CliContext } from "./command.ts";

const USAGE = "cli-usage-migrate-data";

// The spellings DATABASE_URL accepts (src/config.ts).
const DATABASE_URL = /^(file:.+|postgres(ql)?:\/\/.+)/;

const migrateDataLine = z.object({
  from: z
    .string("cli-migrate-data-error-from-required")
    .regex(DATABASE_URL, "cli-migrate-data-error-url"),
  to: z
    .string("cli-migrate-data-error-to-required")
    .regex(DATABASE_URL, "cli-migrate-data-error-url"),
  positionals: z.array(z.string()).max(0, "cli-error-arguments-unexpected"),
});

/**
 * `migrate-data --from <url> --to <url>`: copies every row of one database into another, empty
 * one — SQLite to PostgreSQL when a deployment outgrows one instance, or back. Both databases are
 * migrated first; the copy is one transaction of the target, so a failure leaves it empty.
 */
export const migrateDataCommand: CliCommand = {
  path: ["migrate-data"],
  usageKey: USAGE,
  async run(args, ctx) {
    const flags = parseCommandLine(ctx, args, {
      usageKey: USAGE,
      options: { from: { type: "string" }, to: { type: "string" } },
      schema: migrateDataLine,
    });
    if (!flags) return 2;
    let result: Awaited<ReturnType<typeof copyDatabase>>;
    let started = false;
    try {
      result = await copyDatabase(flags.from, flags.to, {
        onTable: (name, rows) => {
          if (!started) ctx.print(ctx.t("cli-migrate-data-copying"));
          started = true;
          ctx.print(`  ${ctx.t("cli-migrate-data-table", { table: name, rows })}`);
        },
      });
    } catch (error) {
      ctx.print(
        error instanceof CopyFailedError
          ? ctx.t("cli-migrate-data-failed-table", { table: error.table, message: error.detail })
          : ctx.t("cli-migrate-data-failed", {
              message: error instanceof Error ? error.message : String(error),
            }),
      );
      return 1;
    }
    if (!result.ok) {
      printRefusal(ctx, result.refusal);
      return 1;
    }
    const { report } = result;
    ctx.print(
      ctx.t("cli-migrate-data-done", {
        total: report.total,
        tables: report.tables.length,
        from: report.from,
        to: report.to,
      }),
    );
    return 0;
  },
};

function printRefusal(ctx: CliContext, refusal: CopyRefusal): void {
  switch (refusal.reason) {
    case "same-database":
    case "source-missing":
      ctx.print(
        ctx.t(`cli-migrate-data-refused-${refusal.reason}`, { location: refusal.location }),
      );
      return;
    case "unknown-migrations":
      ctx.print(
        ctx.t(`cli-migrate-data-refused-unknown-migrations-${refusal.side}`, {
          location: refusal.location,
          names: refusal.names.join(", "),
        }),
      );
      return;
    case "schema-differs":
      ctx.print(
        ctx.t("cli-migrate-data-refused-schema-differs", {
          table: refusal.column ? `${refusal.table}.${refusal.column}` : refusal.table,
        }),
      );
      return;
    case "target-not-empty":
      ctx.print(
        ctx.t("cli-migrate-data-refused-target-not-empty", {
          location: refusal.location,
          table: refusal.table,
        }),
      );
  }
}
