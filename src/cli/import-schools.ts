import { basename } from "node:path";
import { z } from "zod";
import type { Actor } from "../db/audit.ts";
import {
  findMunicipalityByCode,
  upsertMunicipality,
  upsertSchool,
} from "../db/people/organisation.ts";
import { parseCommandLine } from "./cli-args.ts";
import type { CliCommand, CliContext } from "./command.ts";
import { printRejections, type Rejection, rejectionsFromIssues } from "./row-schema.ts";
import { SCHOOL_COLUMNS, type SchoolField, type SchoolRow, schoolRow } from "./school-rows.ts";
import { columnNamer, readTable, type Table, TableFileError } from "./table-file.ts";

export { importPeopleCommand } from "./import-people.ts";

const USAGE = "cli-usage-import-schools";

const fileArgument = z.object({
  positionals: z.array(z.string()).min(1, "cli-error-file-required").max(1, "cli-error-one-file"),
});

const CLI: Actor = { kind: "cli" };

/** `import schools <file.csv|file.xlsx>`: municipalities and schools, upserted by code. */
export const importSchoolsCommand: CliCommand = {
  path: ["import", "schools"],
  usageKey: USAGE,
  async run(args, ctx) {
    const parsed = parseCommandLine(ctx, args, {
      usageKey: USAGE,
      options: {},
      schema: fileArgument,
      positionalName: "<file>",
    });
    if (!parsed) return 2;
    const path = parsed.positionals[0] ?? "";
    let table: Table<SchoolField>;
    try {
      table = await readTable(path, SCHOOL_COLUMNS);
    } catch (error) {
      if (!(error instanceof TableFileError)) throw error;
      ctx.print(ctx.t(error.key, error.params));
      return 1;
    }
    const columnName = columnNamer(table, SCHOOL_COLUMNS);

    const rejections: Rejection[] = [];
    const rows = validateRows(table, columnName, rejections);
    const accepted = await upsertMunicipalities(ctx, rows, columnName, rejections);

    const counts = { created: 0, updated: 0, unchanged: 0 };
    for (const row of accepted) {
      const { outcome } = await upsertSchool(
        ctx.db.prisma,
        {
          code: row.code,
          name: row.name,
          shortName: row.short_name,
          type: row.type,
          lowResults: row.low_results,
          unfavourableConditions: row.unfavourable_conditions,
          address: row.address,
          municipalityId: row.municipalityId,
        },
        CLI,
      );
      counts[outcome]++;
    }
    ctx.print(ctx.t("cli-import-schools-summary", { file: basename(path), ...counts }));
    printRejections(ctx, rejections);
    ctx.logger.info({ msg: "schools imported", ...counts, rejected: rejections.length });
    return rejections.length > 0 ? 1 : 0;
  },
};

/** Rows that pass the schema, without a second row for the same school code. */
function validateRows(
  table: Table<SchoolField>,
  columnName: (field: SchoolField) => string,
  rejections: Rejection[],
): SchoolRow[] {
  const rows: SchoolRow[] = [];
  const seen = new Map<string, number>();
  for (const row of table.rows) {
    const result = schoolRow.safeParse(row.cells);
    if (!result.success) {
      rejections.push(...rejectionsFromIssues(row, result.error.issues, columnName));
      continue;
    }
    const firstRow = seen.get(result.data.code);
    if (firstRow !== undefined) {
      rejections.push({
        rowNumber: row.rowNumber,
        column: columnName("code"),
        value: result.data.code,
        reasonKey: "cli-import-error-duplicate",
        params: { row: firstRow },
      });
      continue;
    }
    seen.set(result.data.code, row.rowNumber);
    rows.push({ ...result.data, rowNumber: row.rowNumber });
  }
  return rows;
}

/**
 * One upsert per municipality named in the file; returns the rows whose municipality exists now,
 * with its id. The first row that gives a name or a time zone decides it; a later row that says
 * otherwise is rejected rather than silently ignored.
 */
async function upsertMunicipalities(
  ctx: CliContext,
  rows: readonly SchoolRow[],
  columnName: (field: SchoolField) => string,
  rejections: Rejection[],
): Promise<Array<SchoolRow & { municipalityId: number }>> {
  const wanted = new Map<string, { name?: string; timezone?: string; rows: SchoolRow[] }>();
  const decidedBy = new Map<string, number>();
  for (const row of rows) {
    const entry = wanted.get(row.municipality_code) ?? { rows: [] };
    wanted.set(row.municipality_code, entry);
    const given = { municipality_name: row.municipality_name ?? undefined, timezone: row.timezone };
    const current = { municipality_name: entry.name, timezone: entry.timezone };
    const conflict = (["municipality_name", "timezone"] as const).find(
      (field) => given[field] && current[field] && given[field] !== current[field],
    );
    if (conflict) {
      rejections.push({
        rowNumber: row.rowNumber,
        column: columnName(conflict),
        value: given[conflict] ?? "",
        reasonKey: "cli-import-error-municipality-conflict",
        params: { row: decidedBy.get(`${row.municipality_code}:${conflict}`) ?? 0 },
      });
      continue;
    }
    if (given.municipality_name && !entry.name) {
      entry.name = given.municipality_name;
      decidedBy.set(`${row.municipality_code}:municipality_name`, row.rowNumber);
    }
    if (given.timezone && !entry.timezone) {
      entry.timezone = given.timezone;
      decidedBy.set(`${row.municipality_code}:timezone`, row.rowNumber);
    }
    entry.rows.push(row);
  }

  const accepted: Array<SchoolRow & { municipalityId: number }> = [];
  const counts = { created: 0, updated: 0, unchanged: 0 };
  for (const [municipalityCode, entry] of wanted) {
    const existing = await findMunicipalityByCode(ctx.db.prisma, municipalityCode);
    if (!existing && !entry.name) {
      for (const row of entry.rows)
        rejections.push({
          rowNumber: row.rowNumber,
          column: columnName("municipality_name"),
          value: "",
          reasonKey: "cli-import-error-municipality-name",
          params: { code: municipalityCode },
        });
      continue;
    }
    const { municipality, outcome } = await upsertMunicipality(
      ctx.db.prisma,
      {
        code: municipalityCode,
        name: entry.name,
        // A new municipality without a stated zone gets the deployment's default.
        timezone: entry.timezone ?? (existing ? undefined : ctx.config.DEFAULT_TIMEZONE),
      },
      CLI,
    );
    counts[outcome]++;
    for (const row of entry.rows) accepted.push({ ...row, municipalityId: municipality.id });
  }
  ctx.print(ctx.t("cli-import-municipalities-summary", counts));
  return accepted.sort((a, b) => a.rowNumber - b.rowNumber);
}
