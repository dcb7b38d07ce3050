import { ConfigError, loadConfig } from "../config.ts";
import { createDatabase } from "../db/client.ts";
import { createTranslator, DEFAULT_LANGUAGE, isLanguage } from "../i18n/translator.ts";
import { createLogger } from "../logger.ts";
import { backupCommand } from "./backup-command.ts";
import {
  campaignCloseCommand,
  campaignCreateCommand,
  campaignListCommand,
  campaignOpenCommand,
} from "./campaign-command.ts";
import { catalogImportCommand } from "./catalog-command.ts";
import type { CliCommand, CliContext } from "./command.ts";
import { demoCommand } from "./demo-command.ts";
import { importPeopleCommand, importSchoolsCommand } from "./import-schools.ts";
import { inviteCommand, inviteListCommand, inviteRevokeCommand } from "./invite-command.ts";
import { migrateCommand, migrationNewCommand } from "./migrate-command.ts";
import { migrateDataCommand } from "./migrate-data-command.ts";
import {
  orderRemindCommand,
  orderSendCommand,
  orderSheetCommand,
  orderStatusCommand,
} from "./order-command.ts";

export const COMMANDS: CliCommand[] = [
  migrateCommand,
  migrationNewCommand,
  backupCommand,
  migrateDataCommand,
  catalogImportCommand,
  importSchoolsCommand,
  importPeopleCommand,
  inviteListCommand,
  inviteRevokeCommand,
  inviteCommand,
  demoCommand,
  campaignCreateCommand,
  campaignOpenCommand,
  campaignCloseCommand,
  campaignListCommand,
  orderSendCommand,
  orderStatusCommand,
  orderSheetCommand,
  orderRemindCommand,
];

/** The command whose path is the longest prefix of the arguments. */
export function findCommand(argv: string[]): { command: CliCommand; args: string[] } | null {
  const matches = COMMANDS.filter((command) =>
    command.path.every((word, index) => argv[index] === word),
  );
  const best = matches.sort((a, b) => b.path.length - a.path.length)[0];
  return best ? { command: best, args: argv.slice(best.path.length) } : null;
}

/** `--lang en` anywhere picks the language of the output; Russian by default. */
function takeLanguage(argv: string[]): { language: string; rest: string[] } {
  const index = argv.indexOf("--lang");
  if (index === -1) return { language: DEFAULT_LANGUAGE, rest: argv };
  const value = argv[index + 1];
  return {
    language: isLanguage(value) ? value : DEFAULT_LANGUAGE,
    rest: [...argv.slice(0, index), ...argv.slice(index + 2)],
  };
}

async function main(argv: string[]): Promise<number> {
  const translate = createTranslator();
  const { language, rest } = takeLanguage(argv);
  const t = (key: string, params?: Record<string, string | number>) =>
    translate(language, key, params);
  const found = findCommand(rest);
  if (!found) {
    console.log(
      [t("cli-usage-title"), ...COMMANDS.map((command) => `  ${t(command.usageKey)}`)].join("\n"),
    );
    return rest.length === 0 || rest[0] === "help" ? 0 : 2;
  }
  let config: ReturnType<typeof loadConfig>;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      return 1;
    }
    throw error;
  }
  // Logs go to stderr, and only warnings by default, so the administrator's output stays readable.
  const logger = createLogger(config.LOG_LEVEL === "info" ? "warn" : config.LOG_LEVEL, {
    toStderr: true,
  });
  const db = createDatabase(config.DATABASE_URL);
  try {
    const migrationReport = await db.migrate();
    const ctx: CliContext = {
      config,
      logger,
      db,
      t,
      translate,
      language,
      migrationReport,
      print: (line) => console.log(line),
    };
    return await found.command.run(found.args, ctx);
  } finally {
    await db.close();
  }
}

// `npm run cli -- invite list … | head` closes the pipe early; that is not an error.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE") process.exit(0);
  throw error;
});
process.exitCode = await main(process.argv.slice(2));
