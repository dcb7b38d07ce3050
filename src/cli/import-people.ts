import { writeFile } from "node:fs/promises";
import { basename, dirname, extname, join } from "node:path";
import { z } from "zod";
import { type InvitePersonResult, invitePerson } from "../db/people/invited-people.ts";
import { inviteLink } from "../domain/invites.ts";
import { formatLocalDateTime } from "../domain/local-time.ts";
import { resolveBotUsername } from "./bot-username.ts";
import { daysOption, parseCommandLine } from "./cli-args.ts";
import type { CliCommand, CliContext } from "./command.ts";
import {
  PEOPLE_COLUMNS,
  type PeopleField,
  parsePersonRow,
  resolvePersonRow,
} from "./people-rows.ts";
import { printRejections, type Rejection, rejectionsFromIssues } from "./row-schema.ts";
import { columnNamer, readTable, type Table, TableFileError, toExcelCsv } from "./table-file.ts";

const USAGE = "cli-usage-import-people";

const commandLine = z.object({
  positionals: z.array(z.string()).min(1, "cli-error-file-required").max(1, "cli-error-one-file"),
  days: daysOption,
  reissue: z.boolean().default(false),
});

/**
 * `import people <file>`: a person record and a personal invite per row; the links go to
 * `<file>.invites.csv` beside the input for the administrator to hand out.
 */
export const importPeopleCommand: CliCommand = {
  path: ["import", "people"],
  usageKey: USAGE,
  async run(args, ctx) {
    const flags = parseCommandLine(ctx, args, {
      usageKey: USAGE,
      options: { days: { type: "string" }, reissue: { type: "boolean" } },
      schema: commandLine,
      positionalName: "<file>",
    });
    if (!flags) return 2;
    const path = flags.positionals[0] ?? "";
    let table: Table<PeopleField>;
    try {
      table = await readTable(path, PEOPLE_COLUMNS);
    } catch (error) {
      if (!(error instanceof TableFileError)) throw error;
      ctx.print(ctx.t(error.key, error.params));
      return 1;
    }
    const columnName = columnNamer(table, PEOPLE_COLUMNS);
    const botUsername = await resolveBotUsername(ctx.config).catch((error: Error) => {
      ctx.print(ctx.t("cli-invite-username-unknown-note", { error: error.message }));
      return null;
    });

    const rejections: Rejection[] = [];
    const results: string[][] = [];
    const counts = { invited: 0, reissued: 0, already_invited: 0, joined: 0 };
    for (const row of table.rows) {
      const parsed = parsePersonRow(row.cells);
      if (!parsed.success) {
        rejections.push(...rejectionsFromIssues(row, parsed.error.issues, columnName));
        continue;
      }
      const resolved = await resolvePersonRow(
        ctx.db.prisma,
        parsed.data,
        row.rowNumber,
        columnName,
      );
      if ("reasonKey" in resolved) {
        rejections.push(resolved);
        continue;
      }
      const outcome = await invitePerson(ctx.db.prisma, resolved.person, {
        ttlDays: flags.days ?? ctx.config.INVITE_TTL_DAYS,
        reissue: flags.reissue,
        actor: { kind: "cli" },
      });
      counts[outcome.status]++;
      results.push([
        String(row.rowNumber),
        resolved.person.fullName,
        ctx.t(`role-${resolved.person.role}`),
        resolved.placeName,
        ...describeOutcome(ctx, outcome, botUsername, resolved.timezone),
      ]);
    }

    ctx.print(ctx.t("cli-import-people-summary", { file: basename(path), ...counts }));
    if (results.length > 0) {
      const output = resultsPath(path);
      const header = ["row", "name", "role", "place", "status", "link", "code", "expires"].map(
        (column) => ctx.t(`cli-import-people-column-${column}`),
      );
      await writeFile(output, toExcelCsv([header, ...results]));
      ctx.print(ctx.t("cli-import-people-written", { path: output }));
    }
    printRejections(ctx, rejections);
    ctx.logger.info({ msg: "people imported", ...counts, rejected: rejections.length });
    return rejections.length > 0 ? 1 : 0;
  },
};

/** `people.xlsx` → `people.invites.csv` in the same folder. */
export function resultsPath(input: string): string {
  return join(dirname(input), `${basename(input, extname(input))}.invites.csv`);
}

/** Status, link, code and expiry columns of the results file. */
function describeOutcome(
  ctx: CliContext,
  outcome: InvitePersonResult,
  botUsername: string | null,
  timezone: string,
): string[] {
  switch (outcome.status) {
    case "invited":
    case "reissued": {
      const { code, expiresAt } = outcome.invite;
      return [
        ctx.t(`cli-import-people-status-${outcome.status}`),
        botUsername ? inviteLink(botUsername, code) : "",
        code,
        formatLocalDateTime(expiresAt, timezone),
      ];
    }
    case "already_invited":
      return [
        ctx.t("cli-import-people-status-already-invited", { id: outcome.inviteId }),
        "",
        "",
        formatLocalDateTime(outcome.expiresAt, timezone),
      ];
    case "joined":
      return [ctx.t("cli-import-people-status-joined"), "", "", ""];
  }
}
