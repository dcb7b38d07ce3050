import { dirname } from "node:path";
import { z } from "zod";
import { CatalogError, DEFAULT_CATALOG_PATH, loadCatalogFile } from "../db/catalog/catalog-file.ts";
import { importCatalog } from "../db/catalog/catalog-import.ts";
import { hasCatalog } from "../db/catalog/directions.ts";
import { buildDemo, type DemoPerson } from "../demo/build-demo.ts";
import { inviteLink } from "../domain/invites.ts";
import { formatLocalDateTime, formatUtcOffset, isTimeZone } from "../domain/local-time.ts";
import { periodTitle } from "../domain/periods.ts";
import { resolveBotUsername } from "./bot-username.ts";
import { daysOption, parseCommandLine } from "./cli-args.ts";
import type { CliCommand, CliContext } from "./command.ts";
import { defaultQrPath, writeQrCode } from "./invite-qr.ts";

const USAGE = "cli-usage-demo";

const demoLine = z.object({
  timezone: z.string().refine(isTimeZone, "cli-import-error-timezone").optional(),
  days: daysOption,
  reissue: z.boolean().default(false),
  positionals: z.array(z.string()).max(0, "cli-error-arguments-unexpected"),
});

/**
 * `demo`: a demonstration municipality with schools, people, two past periods of accepted
 * reports and computed indicators, so every screen has something to show. Safe to re-run.
 */
export const demoCommand: CliCommand = {
  path: ["demo"],
  usageKey: USAGE,
  async run(args, ctx) {
    const flags = parseCommandLine(ctx, args, {
      usageKey: USAGE,
      options: {
        timezone: { type: "string" },
        days: { type: "string" },
        reissue: { type: "boolean" },
      },
      schema: demoLine,
    });
    if (!flags) return 2;
    if (!(await ensureCatalog(ctx))) return 1;

    const report = await buildDemo(ctx.db.prisma, {
      timezone: flags.timezone,
      ttlDays: flags.days ?? ctx.config.INVITE_TTL_DAYS,
      reissue: flags.reissue,
    });
    const { municipality } = report;
    ctx.print(
      ctx.t("cli-demo-built", {
        name: municipality.name,
        code: municipality.code,
        timezone: municipality.timezone,
        offset: formatUtcOffset(new Date(), municipality.timezone),
      }),
    );
    ctx.print(
      `  ${ctx.t("cli-demo-organisation", { schools: report.schools, people: report.people.length })}`,
    );
    ctx.print(
      `  ${ctx.t("cli-demo-periods", { periods: report.periods.map((code) => periodTitle(ctx.t, code)).join(", ") })}`,
    );
    ctx.print(
      `  ${ctx.t("cli-demo-campaigns", {
        campaigns: report.campaigns,
        accepted: report.submissionsAccepted,
        created: report.submissionsCreated,
      })}`,
    );
    ctx.print(`  ${ctx.t("cli-demo-indicators", { values: report.indicatorValues })}`);
    await printPeople(ctx, report.people, municipality.timezone);
    return 0;
  },
};

/** Imports the shipped catalog into an empty database; false (after saying why) if it cannot. */
async function ensureCatalog(ctx: CliContext): Promise<boolean> {
  if (await hasCatalog(ctx.db.prisma)) return true;
  try {
    const report = await importCatalog(ctx.db.prisma, loadCatalogFile(DEFAULT_CATALOG_PATH), {
      kind: "cli",
    });
    ctx.print(
      ctx.t("cli-demo-catalog-imported", {
        directions: report.directions.created,
        indicators: report.indicators.created,
        forms: report.forms.created,
      }),
    );
    return true;
  } catch (error) {
    if (!(error instanceof CatalogError)) throw error;
    ctx.print(ctx.t("cli-demo-catalog-invalid", { path: DEFAULT_CATALOG_PATH }));
    for (const problem of error.problems) ctx.print(`  ${problem}`);
    return false;
  }
}

/** The table of people and their links; QR codes for the links issued this time. */
async function printPeople(ctx: CliContext, people: DemoPerson[], timeZone: string): Promise<void> {
  const botUsername = await resolveBotUsername(ctx.config).catch((error: Error) => {
    ctx.print(ctx.t("cli-invite-username-unknown-note", { error: error.message }));
    return null;
  });
  ctx.print(ctx.t("cli-demo-people-title"));
  const rows: string[][] = [];
  let qrFolder: string | null = null;
  for (const person of people) {
    const { outcome } = person;
    let link: string;
    if (outcome.status === "invited" || outcome.status === "reissued") {
      link = botUsername ? inviteLink(botUsername, outcome.invite.code) : outcome.invite.code;
      if (botUsername) {
        const path = await writeQrCode(defaultQrPath(ctx, outcome.invite.id), link);
        qrFolder = dirname(path);
      }
    } else if (outcome.status === "already_invited")
      link = ctx.t("cli-demo-link-issued-before", {
        id: outcome.inviteId,
        expires: formatLocalDateTime(outcome.expiresAt, timeZone),
      });
    else link = ctx.t("cli-import-people-status-joined");
    rows.push([ctx.t(`role-${person.role}`), person.place, person.fullName, link]);
  }
  const widths = [0, 1, 2].map((column) =>
    Math.max(...rows.map((row) => row[column]?.length ?? 0)),
  );
  for (const row of rows)
    ctx.print(
      `  ${row
        .map((cell, column) => cell.padEnd(widths[column] ?? 0))
        .join("  ")
        .trimEnd()}`,
    );
  if (qrFolder) ctx.print(ctx.t("cli-demo-qr-written", { path: qrFolder }));
  if (people.some((person) => person.outcome.status === "already_invited"))
    ctx.print(ctx.t("cli-demo-reissue-hint"));
}
