import { resolve } from "node:path";
import { z } from "zod";
import { backupDatabase, findPostgresTool } from "../db/backup.ts";
import { parseCommandLine } from "./cli-args.ts";
import type { CliCommand, CliContext } from "./command.ts";

const USAGE = "cli-usage-backup";

const backupLine = z.object({
  force: z.boolean().default(false),
  positionals: z
    .array(z.string())
    .min(1, "cli-backup-error-file-required")
    .max(1, "cli-error-one-file"),
});

/** The file's size the way a person reads it: bytes, kilobytes or megabytes. */
function formatSize(ctx: CliContext, bytes: number): string {
  if (bytes < 1024) return ctx.t("cli-backup-size-bytes", { size: bytes });
  if (bytes < 1024 * 1024) return ctx.t("cli-backup-size-kb", { size: bytes / 1024 });
  return ctx.t("cli-backup-size-mb", { size: bytes / (1024 * 1024) });
}

/**
 * `backup <file> [--force]`: a consistent copy of the database while the app runs — SQLite's online
 * backup of the file, or `pg_dump --format=custom` of the PostgreSQL schema. `findPgDump` is for
 * tests (a machine without pg_dump).
 */
export function createBackupCommand(
  options: { findPgDump?: () => string | null } = {},
): CliCommand {
  const findPgDump = options.findPgDump ?? (() => findPostgresTool("pg_dump"));
  return {
    path: ["backup"],
    usageKey: USAGE,
    async run(args, ctx) {
      const flags = parseCommandLine(ctx, args, {
        usageKey: USAGE,
        options: { force: { type: "boolean" } },
        schema: backupLine,
        positionalName: "<file>",
      });
      if (!flags) return 2;
      const file = resolve(flags.positionals[0] as string);
      let result: Awaited<ReturnType<typeof backupDatabase>>;
      try {
        result = await backupDatabase(ctx.config.DATABASE_URL, file, {
          force: flags.force,
          pgDump: ctx.db.kind === "postgresql" ? findPgDump() : null,
        });
      } catch (error) {
        // A folder that cannot be written, a disk that is full: said in one line, not a trace.
        const message = error instanceof Error ? error.message : String(error);
        ctx.print(ctx.t("cli-backup-failed", { file, message }));
        return 1;
      }
      if (result.ok) {
        ctx.print(
          ctx.t("cli-backup-done", {
            location: ctx.db.location,
            file: result.file,
            size: formatSize(ctx, result.bytes),
          }),
        );
        return 0;
      }
      if (result.reason === "exists") {
        ctx.print(ctx.t("cli-backup-exists", { file: result.file }));
        return 2;
      }
      if (result.reason === "pg-dump-missing") ctx.print(ctx.t("cli-backup-pg-dump-missing"));
      else ctx.print(ctx.t("cli-backup-pg-dump-failed", { message: result.message }));
      return 1;
    },
  };
}

export const backupCommand = createBackupCommand();
