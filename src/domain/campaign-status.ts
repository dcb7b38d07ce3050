/**
 * A monitoring campaign goes `draft` → `open` (schools get their task) → `closed` (answers
 * locked; a coordinator may reopen one school as an exception). Nothing goes back.
 */
export const CAMPAIGN_STATUSES = ["draft", "open", "closed"] as const;
export type CampaignStatus = (typeof CAMPAIGN_STATUSES)[number];

export function isCampaignStatus(value: string): value is CampaignStatus {
  return (CAMPAIGN_STATUSES as readonly string[]).includes(value);
}

/** What may happen to a campaign. */
export type CampaignEvent =
  /** a coordinator opens a draft */
  | "open"
  /** a coordinator closes it, or its closing time comes */
  | "close"
  /** a coordinator moves its deadline (and closing time) */
  | "move-deadline"
  /** a school starts its submission */
  | "start-submission";

/**
 * Why an event is refused: opening needs a draft; a school can start only in an open campaign
 * (`not-open` before, `closed` after); closing and moving the deadline need one not closed yet.
 */
export type CampaignRefusal<E extends CampaignEvent = CampaignEvent> = E extends "open"
  ? "not-draft"
  : E extends "start-submission"
    ? "not-open" | "closed"
    : "not-open";

export type CampaignTransition<E extends CampaignEvent = CampaignEvent> =
  | { ok: true; status: CampaignStatus }
  | { ok: false; refusal: CampaignRefusal<E> };

const ALLOWED: Record<CampaignEvent, Partial<Record<CampaignStatus, CampaignStatus>>> = {
  open: { draft: "open" },
  close: { open: "closed" },
  "move-deadline": { draft: "draft", open: "open" },
  "start-submission": { open: "open" },
};

/** The campaign's status after `event`, or why the event is refused in `status`. */
export function campaignTransition<E extends CampaignEvent>(
  status: CampaignStatus,
  event: E,
): CampaignTransition<E> {
  const next = ALLOWED[event][status];
  if (next !== undefined) return { ok: true, status: next };
  const refusal =
    event === "open"
      ? "not-draft"
      : event === "start-submission" && status === "closed"
        ? "closed"
        : "not-open";
  return { ok: false, refusal: refusal as CampaignRefusal<E> };
}

/** When a campaign closed; its deadline for one closed before the time was recorded. */
export function closedAtOf(campaign: { closedAt: Date | null; deadlineAt: Date }): Date {
  return campaign.closedAt ?? campaign.deadlineAt;
}

/**
 * How long a closed campaign stays on the coordinator's main list: 30 days after it closed, the
 * weeks in which a late report or a school's request to correct one still comes up. Older closed
 * campaigns are in the archive.
 */
export const RECENTLY_CLOSED_DAYS = 30;

/** Whether a closed campaign closed within `RECENTLY_CLOSED_DAYS` before `now`. */
export function isRecentlyClosed(
  campaign: { status: string; closedAt: Date | null; deadlineAt: Date },
  now: Date,
): boolean {
  const days = (now.getTime() - closedAtOf(campaign).getTime()) / 86_400_000;
  return campaign.status === "closed" && days <= RECENTLY_CLOSED_DAYS;
}

/** A new deadline is refused when the campaign would close before it. */
export function closesBeforeDeadline(closesAt: Date | null, deadlineAt: Date): boolean {
  return closesAt !== null && closesAt.getTime() < deadlineAt.getTime();
}
