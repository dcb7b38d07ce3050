import { z } from "zod";
import {
  CampaignError,
  closeCampaign,
  countTargets,
  createCampaign,
  listCampaigns,
  openCampaign,
  type TargetSelection,
} from "../db/campaigns/campaigns.ts";
import { findFormByCode } from "../db/catalog/forms.ts";
import { schoolsByCode } from "../db/people/organisation.ts";
import { parseTargetSpec } from "../domain/campaign-targets.ts";
import { formatLocalDateTime, formatUtcOffset } from "../domain/local-time.ts";
import { isPeriodCode, periodTitle } from "../domain/periods.ts";
import { parseCommandLine, printFlagError } from "./cli-args.ts";
import type { CliCommand, CliContext } from "./command.ts";
import { municipalityFromFlag } from "./municipality-flag.ts";
import { CODE_PATTERN } from "./row-schema.ts";

const USAGE = "cli-usage-campaign-create";

const createLine = z.object({
  form: z.string("cli-campaign-error-form-required").regex(CODE_PATTERN, "cli-campaign-error-code"),
  period: z
    .string("cli-campaign-error-period-required")
    .refine(isPeriodCode, "cli-campaign-error-period"),
  municipality: z
    .string("cli-campaign-error-municipality-required")
    .regex(CODE_PATTERN, "cli-campaign-error-code"),
  deadline: z.string("cli-campaign-error-deadline-required"),
  closes: z.string().optional(),
  schools: z.string().default("all"),
  open: z.boolean().default(false),
  positionals: z.array(z.string()).max(0, "cli-error-arguments-unexpected"),
});

/** Which flag a refused campaign points at. */
const FLAG_OF: Partial<Record<CampaignError["reason"], string>> = {
  "period-invalid": "--period",
  "period-kind": "--period",
  "deadline-invalid": "--deadline",
  "deadline-past": "--deadline",
  "closes-before-deadline": "--closes",
  "no-targets": "--schools",
};

/**
 * `campaign create --form <code> --period <code> --municipality <code> --deadline "…" [--closes
 * "…"] [--schools …] [--open]`: a campaign as a draft, or opened at once with `--open`.
 */
export const campaignCreateCommand: CliCommand = {
  path: ["campaign", "create"],
  usageKey: USAGE,
  async run(args, ctx) {
    const flags = parseCommandLine(ctx, args, {
      usageKey: USAGE,
      options: {
        form: { type: "string" },
        period: { type: "string" },
        municipality: { type: "string" },
        deadline: { type: "string" },
        closes: { type: "string" },
        schools: { type: "string" },
        open: { type: "boolean" },
      },
      schema: createLine,
    });
    if (!flags) return 2;
    const prisma = ctx.db.prisma;
    const municipality = await municipalityFromFlag(
      ctx,
      USAGE,
      flags.municipality,
      "cli-campaign-error-municipality-unknown",
    );
    if (municipality === 2) return 2;
    const form = await findFormByCode(prisma, flags.form);
    if (!form)
      return printFlagError(ctx, USAGE, "--form", "cli-campaign-error-form-unknown", {
        code: flags.form,
      });
    const spec = parseTargetSpec(flags.schools);
    if (!spec) return printFlagError(ctx, USAGE, "--schools", "cli-campaign-error-schools");
    let selection: TargetSelection;
    if (spec.kind === "codes") {
      const schools = await schoolsByCode(prisma, municipality.id, spec.codes);
      const missing = spec.codes.filter((code) => !schools.some((s) => s.code === code));
      if (missing.length > 0)
        return printFlagError(ctx, USAGE, "--schools", "cli-campaign-error-schools-unknown", {
          codes: missing.join(", "),
          municipality: municipality.code,
        });
      selection = { kind: "picked", schoolIds: schools.map((s) => s.id) };
    } else selection = spec;

    let campaign: Awaited<ReturnType<typeof createCampaign>>;
    try {
      campaign = await createCampaign(
        prisma,
        {
          formId: form.id,
          periodCode: flags.period,
          municipalityId: municipality.id,
          selection,
          deadlineLocal: flags.deadline,
          closesAtLocal: flags.closes,
        },
        { kind: "cli" },
      );
    } catch (error) {
      if (!(error instanceof CampaignError)) throw error;
      const flag = FLAG_OF[error.reason];
      const params = {
        form: form.code,
        period: periodTitle(ctx.t, flags.period),
        kind: form.periodKind,
      };
      if (flag)
        return printFlagError(ctx, USAGE, flag, `cli-campaign-error-${error.reason}`, params);
      return printCampaignError(ctx, error, params);
    }
    const targets = await countTargets(prisma, campaign.id);
    ctx.print(
      ctx.t("cli-campaign-created", {
        id: campaign.id,
        form: ctx.language === "en" ? form.titleEn : form.title,
        period: periodTitle(ctx.t, flags.period),
        municipality: municipality.name,
        schools: targets,
      }),
    );
    ctx.print(
      ctx.t("cli-campaign-deadline", {
        deadline: formatLocalDateTime(campaign.deadlineAt, municipality.timezone),
        timezone: municipality.timezone,
        offset: formatUtcOffset(campaign.deadlineAt, municipality.timezone),
      }),
    );
    if (campaign.closesAt)
      ctx.print(
        ctx.t("cli-campaign-closes", {
          closes: formatLocalDateTime(campaign.closesAt, municipality.timezone),
        }),
      );
    if (!flags.open) {
      ctx.print(ctx.t("cli-campaign-draft-hint", { id: campaign.id }));
      return 0;
    }
    try {
      printOpened(ctx, campaign.id, await openCampaign(prisma, campaign.id, { kind: "cli" }));
    } catch (error) {
      if (!(error instanceof CampaignError)) throw error;
      return printCampaignError(ctx, error, { id: campaign.id });
    }
    return 0;
  },
};

/** `campaign open <id>`: tells every target school's deputies (or director) about the task. */
export const campaignOpenCommand: CliCommand = {
  path: ["campaign", "open"],
  usageKey: "cli-usage-campaign-open",
  async run(args, ctx) {
    const id = parseId(ctx, args, "cli-usage-campaign-open");
    if (id === null) return 2;
    try {
      printOpened(ctx, id, await openCampaign(ctx.db.prisma, id, { kind: "cli" }));
      return 0;
    } catch (error) {
      if (!(error instanceof CampaignError)) throw error;
      return printCampaignError(ctx, error, { id });
    }
  },
};

/** `campaign close <id>`: locks the submissions; a coordinator can still reopen one school. */
export const campaignCloseCommand: CliCommand = {
  path: ["campaign", "close"],
  usageKey: "cli-usage-campaign-close",
  async run(args, ctx) {
    const id = parseId(ctx, args, "cli-usage-campaign-close");
    if (id === null) return 2;
    try {
      const { notified } = await closeCampaign(ctx.db.prisma, id, { kind: "cli" });
      ctx.print(ctx.t("cli-campaign-closed", { id, notified }));
      return 0;
    } catch (error) {
      if (!(error instanceof CampaignError)) throw error;
      return printCampaignError(ctx, error, { id });
    }
  },
};

const LIST_USAGE = "cli-usage-campaign-list";

/** `campaign list --municipality <code> [--status draft|open|closed]`: campaigns with completion. */
export const campaignListCommand: CliCommand = {
  path: ["campaign", "list"],
  usageKey: LIST_USAGE,
  async run(args, ctx) {
    const flags = parseCommandLine(ctx, args, {
      usageKey: LIST_USAGE,
      options: { municipality: { type: "string" }, status: { type: "string" } },
      schema: z.object({
        municipality: z
          .string("cli-campaign-error-municipality-required")
          .regex(CODE_PATTERN, "cli-campaign-error-code"),
        status: z.enum(["draft", "open", "closed"], "cli-campaign-error-status").optional(),
        positionals: z.array(z.string()).max(0, "cli-error-arguments-unexpected"),
      }),
    });
    if (!flags) return 2;
    const municipality = await municipalityFromFlag(
      ctx,
      LIST_USAGE,
      flags.municipality,
      "cli-campaign-error-municipality-unknown",
    );
    if (municipality === 2) return 2;
    const campaigns = await listCampaigns(ctx.db.prisma, municipality.id, { status: flags.status });
    ctx.print(
      ctx.t("cli-campaign-list-title", {
        municipality: municipality.name,
        count: campaigns.length,
      }),
    );
    for (const campaign of campaigns) {
      const { completion } = campaign;
      ctx.print(
        ctx.t("cli-campaign-list-line", {
          id: campaign.id,
          status: ctx.t(`cli-campaign-status-${campaign.status}`),
          form: ctx.language === "en" ? campaign.formTitleEn : campaign.formTitle,
          period: periodTitle(ctx.t, campaign.periodCode),
          deadline: formatLocalDateTime(campaign.deadlineAt, campaign.timezone),
          targets: completion.targets,
          submitted: completion.submitted + completion.accepted,
          accepted: completion.accepted,
          returned: completion.returned,
          late: completion.late,
        }),
      );
    }
    return 0;
  },
};

function parseId(ctx: CliContext, args: string[], usageKey: string): number | null {
  const flags = parseCommandLine(ctx, args, {
    usageKey,
    options: {},
    positionalName: "<id>",
    schema: z.object({
      positionals: z
        .array(z.string().regex(/^#?\d{1,9}$/, "cli-campaign-error-id"))
        .length(1, "cli-campaign-error-id"),
    }),
  });
  return flags ? Number(flags.positionals[0]?.replace("#", "")) : null;
}

function printOpened(
  ctx: CliContext,
  id: number,
  result: { notified: number; schoolsWithoutPeople: number[] },
): void {
  ctx.print(ctx.t("cli-campaign-opened", { id, notified: result.notified }));
  if (result.schoolsWithoutPeople.length > 0)
    ctx.print(
      ctx.t("cli-campaign-opened-unreachable", { count: result.schoolsWithoutPeople.length }),
    );
}

/** A refusal that is not about one flag: a line naming it; exit 1. */
function printCampaignError(
  ctx: CliContext,
  error: CampaignError,
  params: Record<string, string | number>,
): 1 {
  ctx.print(ctx.t(`cli-campaign-refused-${error.reason}`, params));
  return 1;
}
