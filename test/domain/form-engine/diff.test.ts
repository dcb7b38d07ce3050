import { describe, expect, it } from "vitest";
import { answerValues, diffAnswers, sameValue } from "../../../src/domain/form-engine/index.ts";
import { answers, file } from "./fixtures.ts";

describe("diffAnswers", () => {
  it("lists changed answers with their old and new values", () => {
    const before = { pupils: 300, has_senior: true, comment: "было" };
    const after = { pupils: 320, has_senior: true, comment: "стало" };
    expect(diffAnswers(before, after)).toEqual([
      { questionCode: "pupils", before: 300, after: 320 },
      { questionCode: "comment", before: "было", after: "стало" },
    ]);
  });

  it("reports answers that appeared or disappeared, and treats absent as no answer", () => {
    expect(diffAnswers({ a: 1, b: null }, { c: 2 })).toEqual([
      { questionCode: "a", before: 1, after: null },
      { questionCode: "c", before: null, after: 2 },
    ]);
  });

  it("ignores the order of ticked options", () => {
    expect(diffAnswers({ places: ["a", "b"] }, { places: ["b", "a"] })).toEqual([]);
    expect(diffAnswers({ places: ["a"] }, { places: ["a", "b"] })).toHaveLength(1);
  });

  it("sees a different file, not the same one sent again", () => {
    expect(diffAnswers({ report: file("a.pdf") }, { report: file("a.pdf") })).toEqual([]);
    expect(diffAnswers({ report: file("a.pdf") }, { report: file("b.pdf") })).toHaveLength(1);
  });

  it("tells values of different kinds apart", () => {
    expect(sameValue(1, true)).toBe(false);
    expect(sameValue("1", 1)).toBe(false);
    expect(sameValue(["a"], "a")).toBe(false);
    expect(sameValue(file("a.pdf"), "a.pdf")).toBe(false);
    expect(sameValue(null, null)).toBe(true);
  });

  it("works on stored answers through answerValues", () => {
    const before = answerValues(answers({ pupils: 300 }));
    const after = answerValues(answers({ pupils: 300, comment: "новое" }));
    expect(diffAnswers(before, after)).toEqual([
      { questionCode: "comment", before: null, after: "новое" },
    ]);
  });
});
