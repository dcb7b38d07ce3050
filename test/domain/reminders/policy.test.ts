import { describe, expect, it } from "vitest";
import {
  DEFAULT_POLICY,
  formatPolicy,
  parsePolicy,
  storedPolicy,
} from "../../../src/domain/reminders/policy.ts";

describe("reminder policy", () => {
  it("defaults to 7, 3 and 1 days before, the deadline day, every 2 days late, the director after 1, a digest", () => {
    expect(DEFAULT_POLICY).toEqual({
      beforeDays: [7, 3, 1],
      deadlineDay: true,
      overdueEveryDays: 2,
      escalateAfterDays: 1,
      digest: true,
    });
    expect(formatPolicy(DEFAULT_POLICY)).toBe("7d,3d,1d,0d;overdue=2d;escalate=1d");
    expect(parsePolicy("7d,3d,1d,0d;overdue=2d;escalate=1d")).toEqual({
      ok: true,
      policy: DEFAULT_POLICY,
    });
  });

  it("reads other policies, in any order and spacing, and writes them back the same", () => {
    const parsed = parsePolicy(" 1d, 5d ,14 ; overdue=off; escalate = 3d ; digest=off ");
    expect(parsed).toEqual({
      ok: true,
      policy: {
        beforeDays: [14, 5, 1],
        deadlineDay: false,
        overdueEveryDays: null,
        escalateAfterDays: 3,
        digest: false,
      },
    });
    if (!parsed.ok) return;
    expect(formatPolicy(parsed.policy)).toBe("14d,5d,1d;overdue=off;escalate=3d;digest=off");
    expect(parsePolicy(formatPolicy(parsed.policy))).toEqual(parsed);
    expect(parsePolicy("none;overdue=1d")).toEqual({
      ok: true,
      policy: { ...DEFAULT_POLICY, beforeDays: [], deadlineDay: false, overdueEveryDays: 1 },
    });
  });

  it("names the part it cannot read and why", () => {
    expect(parsePolicy("7d,x")).toEqual({
      ok: false,
      problem: { reason: "days-invalid", part: "7d,x" },
    });
    expect(parsePolicy("7d;overdue=0d")).toEqual({
      ok: false,
      problem: { reason: "days-invalid", part: "overdue=0d" },
    });
    expect(parsePolicy("90d")).toEqual({
      ok: false,
      problem: { reason: "days-too-far", part: "90d" },
    });
    expect(parsePolicy("7d;remind=daily")).toEqual({
      ok: false,
      problem: { reason: "part-unknown", part: "remind=daily" },
    });
  });

  it("falls back to the default for a campaign without one", () => {
    expect(storedPolicy(null)).toEqual(DEFAULT_POLICY);
    expect(storedPolicy("3d;digest=off").beforeDays).toEqual([3]);
  });
});
