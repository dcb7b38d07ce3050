import {
  CampaignError,
  type CampaignErrorReason,
  campaignsForPeriods,
  countTargets,
  createCampaign,
  listCampaigns,
  moveDeadline,
  openCampaign,
  selectTargetSchools,
} from "../../db/campaigns/campaigns.ts";
import { formsForDirections } from "../../db/catalog/forms.ts";
import type { Db } from "../../db/client.ts";
import { findMunicipalityById } from "../../db/people/organisation.ts";
import { naturalOrder } from "../../domain/school-order.ts";
import type { WizardForm, WizardPeriod, WizardSchool } from "../views/campaign-wizard.ts";

/**
 * What the campaign conversation reads and writes, each call returning plain JSON: it runs inside
 * `conversation.external()` and its result is stored with the conversation. Refusals of the data
 * layer come back as a reason instead of a thrown error.
 */

export interface Scope {
  municipalityId: number;
  /** Empty for a coordinator of every direction. */
  directions: string[];
}

export interface Place {
  municipality: string;
  timezone: string;
}

export type Refused = { ok: false; reason: CampaignErrorReason };

/** The municipality and the forms the coordinator may run, by direction number. */
export async function loadSetup(
  prisma: Db,
  scope: Scope,
): Promise<{ place: Place; forms: WizardForm[] } | null> {
  const municipality = await findMunicipalityById(prisma, scope.municipalityId);
  if (!municipality) return null;
  const forms = await formsForDirections(prisma, scope.directions);
  return {
    place: { municipality: municipality.name, timezone: municipality.timezone },
    forms: forms
      .map((form) => ({
        id: form.id,
        code: form.code,
        title: form.title,
        titleEn: form.titleEn,
        periodKind: form.periodKind,
        directionNumber: form.direction?.number ?? null,
      }))
      .sort(
        (a, b) =>
          (a.directionNumber ?? 99) - (b.directionNumber ?? 99) || a.code.localeCompare(b.code),
      ),
  };
}

/** The offered periods, each with the campaign that already collects the form for it. */
export async function periodsOffered(
  prisma: Db,
  municipalityId: number,
  formId: number,
  codes: string[],
): Promise<WizardPeriod[]> {
  const existing = await campaignsForPeriods(prisma, municipalityId, formId, codes);
  return codes.map((code) => ({
    code,
    existingId: existing.find((campaign) => campaign.period.code === code)?.id ?? null,
  }));
}

/** The municipality's active schools that answer the form, in reading order. */
export async function eligibleSchools(
  prisma: Db,
  municipalityId: number,
  formId: number,
): Promise<WizardSchool[]> {
  const schools = await selectTargetSchools(prisma, municipalityId, formId, { kind: "all" });
  return naturalOrder(schools).map((school) => ({
    id: school.id,
    name: school.name,
    shortName: school.shortName,
    type: school.type,
    active: school.active,
    lowResults: school.lowResults,
    unfavourableConditions: school.unfavourableConditions,
  }));
}

export type Opened =
  | {
      ok: true;
      campaignId: number;
      schools: number;
      notified: number;
      schoolsWithoutPeople: number[];
    }
  | Refused;

/** Creates the campaign and opens it at once: the wizard's confirmation is the only step. */
export async function createAndOpen(
  prisma: Db,
  input: Parameters<typeof createCampaign>[1],
  personId: number,
): Promise<Opened> {
  const actor = { kind: "person" as const, personId };
  try {
    const created = await createCampaign(prisma, input, actor);
    const schools = await countTargets(prisma, created.id);
    const opened = await openCampaign(prisma, created.id, actor);
    return { ok: true, campaignId: created.id, schools, ...opened };
  } catch (error) {
    if (error instanceof CampaignError) return { ok: false, reason: error.reason };
    throw error;
  }
}

export interface Movable {
  id: number;
  status: "draft" | "open" | "closed";
  formTitle: string;
  formTitleEn: string;
  periodCode: string;
  deadlineAt: string;
  closesAt: string | null;
  timezone: string;
}

/** A campaign of the coordinator's scope, or null when it is not theirs to change. */
export async function findScoped(
  prisma: Db,
  scope: Scope,
  campaignId: number,
): Promise<Movable | null> {
  const campaigns = await listCampaigns(prisma, scope.municipalityId, {
    directionCodes: scope.directions,
  });
  const campaign = campaigns.find((candidate) => candidate.id === campaignId);
  if (!campaign) return null;
  return {
    id: campaign.id,
    status: campaign.status,
    formTitle: campaign.formTitle,
    formTitleEn: campaign.formTitleEn,
    periodCode: campaign.periodCode,
    deadlineAt: campaign.deadlineAt.toISOString(),
    closesAt: campaign.closesAt?.toISOString() ?? null,
    timezone: campaign.timezone,
  };
}

export async function moveTo(
  prisma: Db,
  campaignId: number,
  deadlineLocal: string,
  closesAtLocal: string | undefined,
  personId: number,
): Promise<{ ok: true; notified: number } | Refused> {
  try {
    const moved = await moveDeadline(
      prisma,
      campaignId,
      deadlineLocal,
      { kind: "person", personId },
      closesAtLocal === undefined ? {} : { closesAtLocal },
    );
    return { ok: true, notified: moved.notified };
  } catch (error) {
    if (error instanceof CampaignError) return { ok: false, reason: error.reason };
    throw error;
  }
}

/** The locale key that explains a refusal of the data layer to a coordinator. */
export function refusalKey(reason: CampaignErrorReason): string {
  switch (reason) {
    case "duplicate":
      return "campaign-bot-error-duplicate-now";
    case "deadline-past":
      return "campaign-bot-error-deadline-passed";
    case "closes-before-deadline":
      return "campaign-bot-error-closes-before-now";
    case "no-targets":
      return "campaign-bot-error-empty-selection";
    case "not-open":
      return "campaign-bot-error-not-open";
    case "not-found":
      return "campaign-bot-error-not-found";
    default:
      return "campaign-bot-error-failed";
  }
}
