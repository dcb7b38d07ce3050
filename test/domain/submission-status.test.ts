import { describe, expect, it } from "vitest";
import {
  isEditable,
  isLate,
  reopenedUntilAfterReturn,
  SUBMISSION_STATUSES,
  statusAfterDecision,
  statusAfterEdit,
  submitOutcome,
} from "../../src/domain/submission-status.ts";

const NOW = new Date("2026-11-10T09:00:00Z");
const LATER = new Date("2026-11-12T09:00:00Z");
const EARLIER = new Date("2026-11-08T09:00:00Z");

describe("isEditable", () => {
  it("lets the school edit in an open campaign until the submission is accepted", () => {
    for (const status of ["draft", "submitted", "returned"])
      expect(isEditable({ status: "open" }, { status, reopenedUntil: null }, NOW)).toBe(true);
    expect(isEditable({ status: "open" }, { status: "accepted", reopenedUntil: null }, NOW)).toBe(
      false,
    );
  });

  it("locks every submission of a draft or closed campaign", () => {
    for (const campaign of ["draft", "closed"])
      expect(isEditable({ status: campaign }, { status: "draft", reopenedUntil: null }, NOW)).toBe(
        false,
      );
  });

  it("opens any submission, even an accepted one, while a coordinator's exception runs", () => {
    const reopened = { status: "accepted", reopenedUntil: LATER };
    expect(isEditable({ status: "closed" }, reopened, NOW)).toBe(true);
    expect(isEditable({ status: "closed" }, { ...reopened, reopenedUntil: EARLIER }, NOW)).toBe(
      false,
    );
    expect(isEditable({ status: "closed" }, { ...reopened, reopenedUntil: NOW }, NOW)).toBe(false);
  });
});

describe("the submission's statuses", () => {
  it("makes a submitted or accepted submission a draft again when an answer changes", () => {
    expect(SUBMISSION_STATUSES.map((status) => [status, statusAfterEdit(status)])).toEqual([
      ["draft", "draft"],
      ["submitted", "draft"],
      ["returned", "returned"],
      ["accepted", "draft"],
    ]);
  });

  it("submits a draft or a returned submission once; a second tap changes nothing", () => {
    expect(SUBMISSION_STATUSES.map((status) => [status, submitOutcome(status)])).toEqual([
      ["draft", "submit"],
      ["submitted", "already-submitted"],
      ["returned", "submit"],
      ["accepted", "already-submitted"],
    ]);
  });

  it("lets a coordinator accept or return only a submitted submission", () => {
    expect(statusAfterDecision("submitted", "accept")).toBe("accepted");
    expect(statusAfterDecision("submitted", "return")).toBe("returned");
    for (const status of ["draft", "returned", "accepted"] as const) {
      expect(statusAfterDecision(status, "accept")).toBeNull();
      expect(statusAfterDecision(status, "return")).toBeNull();
    }
  });

  it("calls a version late only when it came after the deadline", () => {
    expect(isLate(LATER, NOW)).toBe(true);
    expect(isLate(NOW, NOW)).toBe(false);
    expect(isLate(EARLIER, NOW)).toBe(false);
  });
});

describe("reopenedUntilAfterReturn", () => {
  it("keeps the exception as it is in an open campaign", () => {
    expect(reopenedUntilAfterReturn("open", null, LATER)).toBeNull();
    expect(reopenedUntilAfterReturn("open", EARLIER, LATER)).toBe(EARLIER);
  });

  it("reopens a closed campaign for the school until the given time, unless it runs longer", () => {
    expect(reopenedUntilAfterReturn("closed", null, NOW)).toBe(NOW);
    expect(reopenedUntilAfterReturn("closed", EARLIER, NOW)).toBe(NOW);
    expect(reopenedUntilAfterReturn("closed", LATER, NOW)).toBe(LATER);
  });
});
