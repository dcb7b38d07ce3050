import { resolve } from "node:path";
import { CatalogError, DEFAULT_CATALOG_PATH, loadCatalogFile } from "../db/catalog/catalog-file.ts";
import {
  type CatalogImportReport,
  type ImportCounts,
  importCatalog,
} from "../db/catalog/catalog-import.ts";
import type { CliCommand, CliContext } from "./command.ts";

/** `catalog import [file]`: loads the shipped catalog or an edited copy; safe to run again. */
export const catalogImportCommand: CliCommand = {
  path: ["catalog", "import"],
  usageKey: "cli-usage-catalog-import",
  async run(args, ctx) {
    const path = args[0] ? resolve(args[0]) : DEFAULT_CATALOG_PATH;
    let catalog: ReturnType<typeof loadCatalogFile>;
    try {
      catalog = loadCatalogFile(path);
    } catch (error) {
      if (!(error instanceof CatalogError)) throw error;
      ctx.print(ctx.t("cli-catalog-invalid", { path, count: error.problems.length }));
      for (const problem of error.problems) ctx.print(`  ${problem}`);
      return 1;
    }
    const report = await importCatalog(ctx.db.prisma, catalog, { kind: "cli" });
    printReport(ctx, path, report);
    return 0;
  },
};

function printReport(ctx: CliContext, path: string, report: CatalogImportReport): void {
  const line = (key: string, counts: ImportCounts) => ctx.print(`  ${ctx.t(key, { ...counts })}`);
  ctx.print(ctx.t("cli-catalog-imported", { path }));
  line("cli-catalog-directions", report.directions);
  line("cli-catalog-data-elements", report.dataElements);
  line("cli-catalog-indicators", report.indicators);
  line("cli-catalog-forms", report.forms);
  line("cli-catalog-questions", report.questions);
  if (report.keptQuestions.length === 0) return;
  ctx.print(ctx.t("cli-catalog-kept-title", { count: report.keptQuestions.length }));
  for (const kept of report.keptQuestions) {
    ctx.print(`  ${ctx.t("cli-catalog-kept-line", { ...kept })}`);
  }
}
