import {
  parseSchoolTypes,
  selectTargets,
  type TargetSelection,
} from "../../domain/campaign-targets.ts";
import { periodTitleParts } from "../../domain/periods.ts";
import { formatPolicy, type ReminderPolicy } from "../../domain/reminders/policy.ts";
import { type Actor, recordAudit } from "../audit.ts";
import { ensurePeriod } from "../catalog/periods.ts";
import { type Db, inTransaction } from "../client.ts";
import type { Campaign, School } from "../generated/client.ts";
import { CampaignError } from "./campaign-errors.ts";
import { notifySchools } from "./campaign-notices.ts";
import { changeCampaignStatus } from "./campaign-status-change.ts";
import { parseCampaignTimes } from "./campaign-times.ts";

export type { TargetSelection } from "../../domain/campaign-targets.ts";
export { CampaignError, type CampaignErrorReason } from "./campaign-errors.ts";
export { closeCampaign, closeDueCampaigns, moveDeadline } from "./campaign-lifecycle.ts";
export {
  type CampaignSummary,
  type Completion,
  campaignCompletion,
  listCampaigns,
} from "./campaign-lists.ts";
export { formOpenAction } from "./campaign-notices.ts";
export { parseCampaignTimes } from "./campaign-times.ts";

/** The municipality's active schools the selection names, narrowed to the form's school types. */
export async function selectTargetSchools(
  db: Db,
  municipalityId: number,
  formId: number,
  selection: TargetSelection,
): Promise<School[]> {
  const form = await db.form.findUnique({ where: { id: formId } });
  if (!form) throw new CampaignError("form-unknown", `form ${formId} does not exist`);
  const schools = await db.school.findMany({ where: { municipalityId, active: true } });
  return selectTargets(schools, parseSchoolTypes(form.schoolTypes), selection).sort((a, b) =>
    a.code.localeCompare(b.code, "ru", { numeric: true }),
  );
}

export interface NewCampaign {
  formId: number;
  periodCode: string;
  municipalityId: number;
  selection: TargetSelection;
  /** "YYYY-MM-DD HH:mm" on the municipality's clocks. */
  deadlineLocal: string;
  /** When set, the campaign closes by itself then (municipality's clocks); not before the deadline. */
  closesAtLocal?: string;
  /** How the schools are reminded; absent: the default (src/domain/reminders/policy.ts). */
  reminderPolicy?: ReminderPolicy;
  now?: Date;
}

/**
 * Creates a draft campaign with its target schools; `openCampaign` then tells the schools.
 * Creates the period when it is new. Refuses a second campaign for the same form, period and
 * municipality, a period of another kind than the form's, a past deadline and an empty target list.
 */
export async function createCampaign(db: Db, input: NewCampaign, actor: Actor): Promise<Campaign> {
  const now = input.now ?? new Date();
  const [form, municipality] = await Promise.all([
    db.form.findUnique({ where: { id: input.formId } }),
    db.municipality.findUnique({ where: { id: input.municipalityId } }),
  ]);
  if (!form) throw new CampaignError("form-unknown", `form ${input.formId} does not exist`);
  if (!municipality)
    throw new CampaignError(
      "municipality-unknown",
      `municipality ${input.municipalityId} does not exist`,
    );
  const parts = periodTitleParts(input.periodCode);
  if (!parts)
    throw new CampaignError(
      "period-invalid",
      `"${input.periodCode}" is not a period code (2025-26, 2025, 2025-H1, 2025-Q3, 2025-09)`,
    );
  if (parts.kind !== form.periodKind)
    throw new CampaignError(
      "period-kind",
      `form ${form.code} is collected per ${form.periodKind}, and ${input.periodCode} is a ${parts.kind}`,
    );
  const times = parseCampaignTimes(
    municipality.timezone,
    input.deadlineLocal,
    input.closesAtLocal,
    now,
  );
  const duplicate = await db.campaign.findFirst({
    where: { formId: form.id, municipalityId: municipality.id, period: { code: input.periodCode } },
  });
  if (duplicate) throw duplicateError(form.code, input.periodCode, duplicate.id);
  const targets = await selectTargetSchools(db, municipality.id, form.id, input.selection);
  if (targets.length === 0)
    throw new CampaignError(
      "no-targets",
      `no active school of this selection answers ${form.code}`,
    );

  const period = await ensurePeriod(db, input.periodCode, actor);
  try {
    return await inTransaction(db, async (tx) => {
      const campaign = await tx.campaign.create({
        data: {
          formId: form.id,
          periodId: period.id,
          municipalityId: municipality.id,
          deadlineAt: times.deadlineAt,
          closesAt: times.closesAt,
          createdById: actor.kind === "person" ? actor.personId : null,
          reminderPolicy: input.reminderPolicy ? formatPolicy(input.reminderPolicy) : null,
        },
      });
      await tx.campaignSchool.createMany({
        data: targets.map((school) => ({ campaignId: campaign.id, schoolId: school.id })),
      });
      await recordAudit(tx, {
        actor,
        action: "campaign.created",
        entityType: "Campaign",
        entityId: campaign.id,
        data: {
          formCode: form.code,
          periodCode: period.code,
          selection: input.selection.kind,
          schools: targets.length,
          reminders: input.reminderPolicy ? formatPolicy(input.reminderPolicy) : "default",
        },
      });
      return campaign;
    });
  } catch (error) {
    // Two coordinators creating the same campaign at once: the unique index decides.
    if ((error as { code?: string }).code === "P2002")
      throw duplicateError(form.code, input.periodCode, null);
    throw error;
  }
}

function duplicateError(formCode: string, periodCode: string, id: number | null): CampaignError {
  return new CampaignError(
    "duplicate",
    `a campaign for form ${formCode} and period ${periodCode} already exists in this municipality${id ? ` (#${id})` : ""}`,
  );
}

/**
 * Opens a draft campaign: every target school's deputies (its director where it has none) get
 * the task with its local deadline and a button to start. Returns how many messages were queued
 * and the schools nobody could be told about (no deputy or director connected yet).
 */
export async function openCampaign(
  db: Db,
  campaignId: number,
  actor: Actor,
  now = new Date(),
): Promise<{ notified: number; schoolsWithoutPeople: number[] }> {
  return inTransaction(db, async (tx) => {
    const campaign = await tx.campaign.findUnique({
      where: { id: campaignId },
      include: { targets: true },
    });
    if (!campaign) throw new CampaignError("not-found", `campaign ${campaignId} does not exist`);
    if (campaign.deadlineAt.getTime() <= now.getTime())
      throw new CampaignError("deadline-past", `campaign ${campaignId}: the deadline has passed`);
    if (!(await changeCampaignStatus(tx, campaign, "open", { openedAt: now, remindersFrom: now })))
      throw new CampaignError(
        "not-draft",
        `campaign ${campaignId} is ${campaign.status}, not a draft`,
      );
    const result = await notifySchools(
      tx,
      campaignId,
      campaign.targets.map((target) => target.schoolId),
      "campaign-opened",
    );
    await recordAudit(tx, {
      actor,
      action: "campaign.opened",
      entityType: "Campaign",
      entityId: campaignId,
      data: { schools: campaign.targets.length, ...result },
    });
    return result;
  });
}

/** A campaign with its municipality and target schools, or null when there is no such one. */
export function campaignWithTargets(db: Db, campaignId: number) {
  return db.campaign.findUnique({
    where: { id: campaignId },
    include: { municipality: true, targets: { include: { school: true } } },
  });
}

/** The campaigns that already collect `formId` in the municipality for any of these periods. */
export function campaignsForPeriods(
  db: Db,
  municipalityId: number,
  formId: number,
  periodCodes: readonly string[],
): Promise<Array<{ id: number; period: { code: string } }>> {
  return db.campaign.findMany({
    where: { municipalityId, formId, period: { code: { in: [...periodCodes] } } },
    select: { id: true, period: { select: { code: true } } },
  });
}

/** How many schools a campaign asks. */
export function countTargets(db: Db, campaignId: number): Promise<number> {
  return db.campaignSchool.count({ where: { campaignId } });
}
