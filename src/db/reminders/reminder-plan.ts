import type { ReminderAudience, ReminderKind } from "../../domain/reminders/plan.ts";
import { formatPolicy } from "../../domain/reminders/policy.ts";
import type { Db } from "../client.ts";
import {
  loadReminderCampaigns,
  planForDigest,
  planForSchool,
  reminderSchools,
} from "./campaign-reminders.ts";

/** One reminder still to go. */
export interface PlanEntry {
  dueAt: Date;
  kind: ReminderKind | "manual";
  /** Days before (`before`) or after (`overdue`, `escalation`, `digest`) the deadline day. */
  days: number;
  audience: ReminderAudience;
  /** The school; null for the coordinators' digest. */
  school: { id: number; code: string; name: string } | null;
}

export interface CampaignPlan {
  campaignId: number;
  status: string;
  timezone: string;
  deadlineAt: Date;
  policy: string;
  /** The plan goes up to here; later late reminders are `openEnded`. */
  horizon: Date;
  /** Late reminders go on after the horizon while schools have not submitted (no closing time). */
  openEnded: boolean;
  entries: PlanEntry[];
}

/** How far after the deadline a plan of a campaign without a closing time is listed. */
export const OPEN_PLAN_DAYS = 14;

/**
 * Every reminder still planned for a campaign after `now` — to each school that has not
 * submitted, its director, the coordinators' digest, and a pending "remind now" — soonest first.
 * Null when there is no such campaign.
 */
export async function campaignReminderPlan(
  db: Db,
  campaignId: number,
  now: Date,
): Promise<CampaignPlan | null> {
  const [loaded] = await loadReminderCampaigns(db, { id: campaignId });
  if (!loaded) return null;
  const { campaign } = loaded;
  const running = campaign.status !== "closed";
  const horizon =
    campaign.closesAt ?? new Date(campaign.deadlineAt.getTime() + OPEN_PLAN_DAYS * 86_400_000);
  const entries: PlanEntry[] = [];
  const schools = reminderSchools(loaded, now);
  for (const school of schools) {
    if (!school.window) continue;
    const schoolHorizon = school.window.late ? horizon : school.window.deadlineAt;
    for (const reminder of planForSchool(loaded, school.window, schoolHorizon))
      if (reminder.dueAt > now)
        entries.push({
          dueAt: reminder.dueAt,
          kind: reminder.kind,
          days: reminder.days,
          audience: reminder.audience,
          school: { id: school.id, code: school.code, name: school.name },
        });
  }
  const lateSchools = schools.some((school) => school.window?.late);
  if (running && lateSchools)
    for (const digest of planForDigest(loaded, now, horizon))
      if (digest.dueAt > now)
        entries.push({
          dueAt: digest.dueAt,
          kind: "digest",
          days: digest.days,
          audience: "coordinator",
          school: null,
        });
  const pending = await db.manualReminder.findMany({
    where: { campaignId, sentAt: null },
    orderBy: { dueAt: "asc" },
  });
  for (const request of pending)
    for (const school of schools)
      if (school.window)
        entries.push({
          dueAt: request.dueAt,
          kind: "manual",
          days: 0,
          audience: "school",
          school: { id: school.id, code: school.code, name: school.name },
        });
  const order: Record<ReminderAudience, number> = { school: 0, director: 1, coordinator: 2 };
  entries.sort(
    (a, b) =>
      a.dueAt.getTime() - b.dueAt.getTime() ||
      order[a.audience] - order[b.audience] ||
      (a.school?.code ?? "").localeCompare(b.school?.code ?? "", "ru", { numeric: true }),
  );
  return {
    campaignId,
    status: campaign.status,
    timezone: loaded.timezone,
    deadlineAt: campaign.deadlineAt,
    policy: formatPolicy(loaded.policy),
    horizon,
    openEnded:
      running &&
      campaign.closesAt === null &&
      loaded.policy.overdueEveryDays !== null &&
      lateSchools,
    entries,
  };
}
