import { describe, expect, it } from "vitest";
import {
  CAMPAIGN_STATUSES,
  type CampaignEvent,
  campaignTransition,
  closedAtOf,
  closesBeforeDeadline,
  isRecentlyClosed,
} from "../../src/domain/campaign-status.ts";

function table(event: CampaignEvent) {
  return CAMPAIGN_STATUSES.map((status) => {
    const step = campaignTransition(status, event);
    return [status, step.ok ? step.status : `refused: ${step.refusal}`];
  });
}

describe("the campaign's statuses", () => {
  it("opens only a draft", () => {
    expect(table("open")).toEqual([
      ["draft", "open"],
      ["open", "refused: not-draft"],
      ["closed", "refused: not-draft"],
    ]);
  });

  it("closes only an open campaign; nothing goes back", () => {
    expect(table("close")).toEqual([
      ["draft", "refused: not-open"],
      ["open", "closed"],
      ["closed", "refused: not-open"],
    ]);
  });

  it("moves the deadline of a draft or open campaign, not of a closed one", () => {
    expect(table("move-deadline")).toEqual([
      ["draft", "draft"],
      ["open", "open"],
      ["closed", "refused: not-open"],
    ]);
  });

  it("lets a school start its submission only while the campaign is open, saying why not", () => {
    expect(table("start-submission")).toEqual([
      ["draft", "refused: not-open"],
      ["open", "open"],
      ["closed", "refused: closed"],
    ]);
  });
});

describe("campaign times", () => {
  const deadlineAt = new Date("2026-11-10T09:00:00Z");

  it("takes the deadline as the closing time of a campaign closed before it was recorded", () => {
    const closedAt = new Date("2026-11-12T09:00:00Z");
    expect(closedAtOf({ closedAt, deadlineAt })).toBe(closedAt);
    expect(closedAtOf({ closedAt: null, deadlineAt })).toBe(deadlineAt);
  });

  it("keeps a closed campaign on the main list for 30 days after it closed", () => {
    const closed = { status: "closed", closedAt: deadlineAt, deadlineAt };
    expect(isRecentlyClosed(closed, new Date("2026-12-10T09:00:00Z"))).toBe(true);
    expect(isRecentlyClosed(closed, new Date("2026-12-10T09:00:01Z"))).toBe(false);
    expect(isRecentlyClosed({ ...closed, status: "open" }, deadlineAt)).toBe(false);
  });

  it("refuses a closing time before the deadline, and allows none or one at it", () => {
    expect(closesBeforeDeadline(new Date("2026-11-09T09:00:00Z"), deadlineAt)).toBe(true);
    expect(closesBeforeDeadline(deadlineAt, deadlineAt)).toBe(false);
    expect(closesBeforeDeadline(null, deadlineAt)).toBe(false);
  });
});
