import type { Logger } from "pino";
import type { Config } from "../config.ts";
import type { Database } from "../db/client.ts";
import type { MigrationReport } from "../db/migrate.ts";
import type { Translate } from "../i18n/translator.ts";

/** What every administrator command gets: the database is opened and migrated before `run`. */
export interface CliContext {
  config: Config;
  logger: Logger;
  db: Database;
  t: (key: string, params?: Record<string, string | number>) => string;
  translate: Translate;
  language: string;
  /** What the start-up migration applied (index.ts migrates before every command). */
  migrationReport?: MigrationReport;
  /** Lines for the administrator; tests capture them. */
  print: (line: string) => void;
}

export interface CliCommand {
  /** Words that select the command, e.g. ["catalog", "import"]. */
  path: string[];
  /** Locale key of the one-line usage shown by `npm run cli -- help`. */
  usageKey: string;
  /** Returns the process exit code. */
  run(args: string[], ctx: CliContext): Promise<number>;
}
