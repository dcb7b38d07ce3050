import { digestPlan, type PlannedReminder, schoolPlan } from "../../domain/reminders/plan.ts";
import { type ReminderPolicy, storedPolicy } from "../../domain/reminders/policy.ts";
import type { QuietRules, WorkCalendar } from "../../domain/reminders/quiet-hours.ts";
import { type ReminderWindow, reminderWindow } from "../../domain/reminders/school-window.ts";
import type { Db } from "../client.ts";
import type { Prisma } from "../generated/client.ts";
import { schoolName } from "../message-params.ts";
import { loadWorkCalendar, quietRulesOf } from "./work-calendar.ts";

const include = {
  municipality: true,
  form: { include: { direction: true } },
  period: true,
  targets: { include: { school: true } },
  submissions: true,
} satisfies Prisma.CampaignInclude;

export type CampaignWithReminderData = Prisma.CampaignGetPayload<{ include: typeof include }>;

/** A campaign with all a reminder needs: its municipality's clock and quiet time, its policy. */
export interface ReminderCampaign {
  campaign: CampaignWithReminderData;
  timezone: string;
  policy: ReminderPolicy;
  quiet: QuietRules;
  calendar: WorkCalendar;
}

/** One target school with what its reminders run towards (null: it gets none now). */
export interface ReminderSchool {
  id: number;
  code: string;
  name: string;
  window: ReminderWindow | null;
}

/** The campaigns matching `where`, ready for planning, soonest deadline first. */
export async function loadReminderCampaigns(
  db: Db,
  where: Prisma.CampaignWhereInput,
): Promise<ReminderCampaign[]> {
  const [campaigns, calendar] = await Promise.all([
    db.campaign.findMany({ where, include, orderBy: [{ deadlineAt: "asc" }, { id: "asc" }] }),
    loadWorkCalendar(db),
  ]);
  return campaigns.map((campaign) => ({
    campaign,
    timezone: campaign.municipality.timezone,
    policy: storedPolicy(campaign.reminderPolicy),
    quiet: quietRulesOf(campaign.municipality),
    calendar,
  }));
}

/** The target schools, by code, each with its reminder window at `now`. */
export function reminderSchools(loaded: ReminderCampaign, now: Date): ReminderSchool[] {
  const submissions = new Map(loaded.campaign.submissions.map((s) => [s.schoolId, s]));
  return loaded.campaign.targets
    .map(({ school }) => ({
      id: school.id,
      code: school.code,
      name: schoolName(school),
      window: reminderWindow(loaded.campaign, submissions.get(school.id) ?? null, now),
    }))
    .sort((a, b) => a.code.localeCompare(b.code, "ru", { numeric: true }));
}

/** A school's plan up to `horizon`. */
export function planForSchool(
  loaded: ReminderCampaign,
  window: ReminderWindow,
  horizon: Date,
): PlannedReminder[] {
  return schoolPlan({ ...loaded, ...window, horizon });
}

/** The coordinators' digests for this campaign up to `horizon`, from `from`. */
export function planForDigest(
  loaded: ReminderCampaign,
  from: Date,
  horizon: Date,
): PlannedReminder[] {
  if (!loaded.policy.digest) return [];
  const campaign = loaded.campaign;
  return digestPlan({
    ...loaded,
    deadlineAt: campaign.deadlineAt,
    from,
    until: campaign.closesAt,
    horizon,
  });
}
