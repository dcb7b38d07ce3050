import type { OutgoingMessage } from "../../domain/outgoing-message.ts";
import type { ReminderAudience } from "../../domain/reminders/plan.ts";
import { daysToDeadline } from "../../domain/reminders/school-window.ts";
import { formOpenAction } from "../campaigns/campaign-notices.ts";
import { dateParam, formParam, periodParam } from "../message-params.ts";

export interface ReminderSubject {
  campaign: {
    id: number;
    form: { title: string; titleEn: string };
    period: { code: string };
  };
  timezone: string;
  school: { id: number; name: string };
  /** The deadline the school runs towards (the campaign's, or the end of its reopening). */
  deadlineAt: Date;
}

/**
 * A reminder as the person reads it when it goes: how many days are left, or how late the school
 * is, counted on the municipality's calendar at `now` — so a reminder moved past a weekend says
 * what is true on Monday. The button opens the school's form.
 */
export function reminderMessage(
  subject: ReminderSubject,
  audience: Exclude<ReminderAudience, "coordinator">,
  now: Date,
): OutgoingMessage {
  const { campaign, school, timezone } = subject;
  const days = daysToDeadline(now, subject.deadlineAt, timezone);
  const late = now.getTime() >= subject.deadlineAt.getTime();
  const key =
    audience === "director"
      ? "reminder-director-late"
      : late
        ? "reminder-school-late"
        : "reminder-school-due";
  return {
    key,
    params: {
      form: formParam(campaign.form),
      period: periodParam(campaign.period.code),
      school: school.name,
      deadline: dateParam(subject.deadlineAt, timezone),
      days: Math.abs(days),
    },
    buttons: [
      [
        {
          kind: "action",
          labelKey: "campaign-button-fill",
          action: formOpenAction(campaign.id, school.id),
        },
      ],
    ],
  };
}

/** A line of the coordinators' digest: a campaign and its late schools (the first 20 named). */
export interface DigestCampaign {
  campaign: ReminderSubject["campaign"];
  lateSchools: string[];
}

const NAMED_IN_DIGEST = 20;

const quoted = (names: readonly string[], open: string, close: string) =>
  names
    .slice(0, NAMED_IN_DIGEST)
    .map((name) => `${open}${name}${close}`)
    .join(", ");

export function digestMessage(campaigns: readonly DigestCampaign[]): OutgoingMessage {
  const schools = campaigns.reduce((sum, item) => sum + item.lateSchools.length, 0);
  return {
    key: "reminder-digest",
    params: {
      count: schools,
      campaigns: {
        lines: campaigns.map((item, index) => ({
          key: "reminder-digest-line",
          params: {
            index: index + 1,
            form: formParam(item.campaign.form),
            period: periodParam(item.campaign.period.code),
            count: item.lateSchools.length,
            schools: {
              ru: quoted(item.lateSchools, "«", "»"),
              en: quoted(item.lateSchools, "“", "”"),
            },
            more: Math.max(0, item.lateSchools.length - NAMED_IN_DIGEST),
          },
        })),
      },
    },
    buttons: campaigns.slice(0, 5).map((item, index) => [
      {
        kind: "action",
        labelKey: "reminder-digest-button",
        labelParams: { index: index + 1 },
        action: { kind: "open-campaign", campaignId: item.campaign.id },
      },
    ]),
  };
}
