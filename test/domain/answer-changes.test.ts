import { describe, expect, it } from "vitest";
import { diffSnapshots, type Snapshot, toSnapshot } from "../../src/domain/answer-changes.ts";

const at = new Date("2026-11-10T09:00:00Z");

describe("diffSnapshots", () => {
  it("lists changed values and reasons in the form's order, then questions it no longer has", () => {
    const before: Snapshot = {
      pupils: { value: 120, warningReason: null },
      share: { value: 40, warningReason: "a small school" },
      gone: { value: "x", warningReason: null },
    };
    const after: Snapshot = {
      share: { value: 40, warningReason: "two classes merged" },
      pupils: { value: 125, warningReason: null },
    };

    expect(diffSnapshots(before, after, ["pupils", "share"])).toEqual([
      { questionCode: "pupils", before: 120, after: 125, beforeReason: null, afterReason: null },
      {
        questionCode: "share",
        before: 40,
        after: 40,
        beforeReason: "a small school",
        afterReason: "two classes merged",
      },
      { questionCode: "gone", before: "x", after: null, beforeReason: null, afterReason: null },
    ]);
  });

  it("sees no change in the same options ticked in another order", () => {
    const before: Snapshot = { places: { value: ["a", "b"], warningReason: null } };
    const after: Snapshot = { places: { value: ["b", "a"], warningReason: null } };

    expect(diffSnapshots(before, after)).toEqual([]);
  });

  it("reads a question answered for the first time as a change from no answer", () => {
    expect(diffSnapshots({}, { pupils: { value: 3, warningReason: null } })).toEqual([
      { questionCode: "pupils", before: null, after: 3, beforeReason: null, afterReason: null },
    ]);
  });
});

describe("toSnapshot", () => {
  it("keeps each answer's value and reason, not who gave it or when", () => {
    const snapshot = toSnapshot({
      pupils: { value: 120, skipped: false, warningReason: "ok", answeredById: 7, updatedAt: at },
    });

    expect(snapshot).toEqual({ pupils: { value: 120, warningReason: "ok" } });
  });
});
