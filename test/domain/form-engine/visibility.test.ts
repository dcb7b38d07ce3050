import { describe, expect, it } from "vitest";
import {
  type AnswerValue,
  type Condition,
  conditionHolds,
  isVisible,
  possibleQuestions,
  visibleAnswers,
  visibleQuestions,
} from "../../../src/domain/form-engine/index.ts";
import { answers, form, options, question, SKIP } from "./fixtures.ts";

/** Shaped like the catalog's student-preparation form: follow-ups of a yes/no and of a number. */
const senior = form([
  question("pupils", "integer"),
  question("has_senior", "boolean"),
  question("seniors", "integer", { showIf: { question: "has_senior", equals: true } }),
  question("ege", "integer", { showIf: { question: "has_senior", equals: true } }),
  question("ege_high", "integer", { showIf: { question: "ege", gt: 0 } }),
  question("comment", "text", { required: false }),
]);
const codes = (a: Parameters<typeof visibleQuestions>[1]) =>
  visibleQuestions(senior, a).map((q) => q.code);

describe("showIf on a yes/no answer", () => {
  it("hides the follow-ups until the yes/no question is answered", () => {
    expect(codes(answers({ pupils: 300 }))).toEqual(["pupils", "has_senior", "comment"]);
  });

  it("shows them after yes and hides them after no", () => {
    expect(codes(answers({ has_senior: true }))).toEqual([
      "pupils",
      "has_senior",
      "seniors",
      "ege",
      "comment",
    ]);
    expect(codes(answers({ has_senior: false }))).toEqual(["pupils", "has_senior", "comment"]);
  });
});

describe("showIf on a number", () => {
  it("shows the follow-up only when the number is above the threshold", () => {
    expect(codes(answers({ has_senior: true, ege: 0 }))).not.toContain("ege_high");
    expect(codes(answers({ has_senior: true, ege: 12 }))).toContain("ege_high");
  });

  it("hides a follow-up of a hidden question even though that question keeps its answer", () => {
    // The deputy answered 12 EGE participants, then went back and said the school has no seniors.
    const stale = answers({ has_senior: false, ege: 12, ege_high: 3 });
    expect(codes(stale)).toEqual(["pupils", "has_senior", "comment"]);
    expect(visibleAnswers(senior, stale)).toEqual(answers({ has_senior: false }));
  });

  it("judges a lone question by its own condition, or by the whole chain given the form", () => {
    const egeHigh = senior.questions[4];
    if (!egeHigh) throw new Error("fixture");
    const stale = answers({ has_senior: false, ege: 12 });
    expect(isVisible(egeHigh, stale)).toBe(true);
    expect(isVisible(egeHigh, stale, senior)).toBe(false);
  });
});

describe("conditions", () => {
  it.each<[Condition, AnswerValue, boolean]>([
    [{ question: "q", equals: true }, true, true],
    [{ question: "q", equals: true }, false, false],
    [{ question: "q", equals: 3 }, 3, true],
    [{ question: "q", equals: "a" }, "a", true],
    [{ question: "q", notEquals: "none" }, "seminar", true],
    [{ question: "q", notEquals: "none" }, "none", false],
    [{ question: "q", in: ["a", "b"] }, "b", true],
    [{ question: "q", in: ["a", "b"] }, "c", false],
    [{ question: "q", includes: "b" }, ["a", "b"], true],
    [{ question: "q", includes: "b" }, ["a"], false],
    [{ question: "q", gt: 0 }, 1, true],
    [{ question: "q", gt: 0 }, 0, false],
    [{ question: "q", gt: 0 }, "5", false],
  ])("%j holds for %j: %s", (condition, value, holds) => {
    expect(conditionHolds(condition, value)).toBe(holds);
  });

  it("holds for no comparison when the answer is missing or skipped, notEquals included", () => {
    const condition = { question: "kind", notEquals: "none" };
    expect(conditionHolds(condition, undefined)).toBe(false);
    expect(conditionHolds(condition, null)).toBe(false);
    const f = form([
      question("kind", "single_choice", { required: false, options: options("a", "none") }),
      question("detail", "text", { showIf: condition }),
    ]);
    expect(visibleQuestions(f, answers({ kind: SKIP })).map((q) => q.code)).toEqual(["kind"]);
  });
});

describe("possibleQuestions", () => {
  const possible = (a: Parameters<typeof possibleQuestions>[1]) =>
    possibleQuestions(senior, a).map((q) => q.code);

  it("counts every follow-up while the question it waits on is unanswered", () => {
    expect(possible({})).toEqual(["pupils", "has_senior", "seniors", "ege", "ege_high", "comment"]);
    expect(possible(answers({ pupils: 300, has_senior: true }))).toHaveLength(6);
  });

  it("drops the follow-ups an answer rules out, and theirs", () => {
    expect(possible(answers({ has_senior: false }))).toEqual(["pupils", "has_senior", "comment"]);
    expect(possible(answers({ has_senior: true, ege: 0 }))).toEqual([
      "pupils",
      "has_senior",
      "seniors",
      "ege",
      "comment",
    ]);
  });

  it("treats a skipped question as answered: its follow-ups are not asked", () => {
    const optional = form([
      question("has_clubs", "boolean", { required: false }),
      question("clubs", "integer", { showIf: { question: "has_clubs", equals: true } }),
    ]);
    expect(possibleQuestions(optional, answers({ has_clubs: SKIP })).map((q) => q.code)).toEqual([
      "has_clubs",
    ]);
  });
});
