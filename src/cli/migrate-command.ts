import { authorMigration } from "../db/migration-author.ts";
import type { CliCommand } from "./command.ts";

/** The database is migrated before every command runs, so this one only reports what it did. */
export const migrateCommand: CliCommand = {
  path: ["migrate"],
  usageKey: "cli-usage-migrate",
  async run(_args, ctx) {
    const applied = ctx.migrationReport?.applied ?? (await ctx.db.migrate()).applied;
    ctx.print(ctx.t("cli-migrate-done", { location: ctx.db.location, applied: applied.length }));
    for (const name of applied) ctx.print(`  ${name}`);
    return 0;
  },
};

/** For developers: writes the SQL for the changes made to prisma/schema.prisma. */
export const migrationNewCommand: CliCommand = {
  path: ["migration", "new"],
  usageKey: "cli-usage-migration-new",
  async run(args, ctx) {
    const name = args[0];
    if (!name) {
      ctx.print(ctx.t("cli-usage-migration-new"));
      return 2;
    }
    const folder = authorMigration(name);
    ctx.print(folder ? ctx.t("cli-migration-written", { folder }) : ctx.t("cli-migration-nothing"));
    return 0;
  },
};
