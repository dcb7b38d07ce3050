import { describe, expect, it } from "vitest";
import {
  isAnswered,
  missingQuestions,
  nextQuestion,
  previousQuestion,
  progress,
} from "../../../src/domain/form-engine/index.ts";
import { answers, form, question, SKIP } from "./fixtures.ts";

const senior = form([
  question("pupils", "integer"),
  question("has_senior", "boolean"),
  question("seniors", "integer", { showIf: { question: "has_senior", equals: true } }),
  question("ege", "integer", { showIf: { question: "has_senior", equals: true } }),
  question("comment", "text", { required: false }),
  question("report", "file", { required: false }),
]);
const code = (q: { code: string } | null) => q?.code ?? null;

describe("isAnswered", () => {
  it("counts a value, and a skip only on an optional question", () => {
    const given = answers({ pupils: 0, has_senior: SKIP, comment: SKIP });
    const [pupils, hasSenior, , , comment, report] = senior.questions;
    if (!pupils || !hasSenior || !comment || !report) throw new Error("fixture");
    expect(isAnswered(pupils, given)).toBe(true);
    expect(isAnswered(hasSenior, given)).toBe(false);
    expect(isAnswered(comment, given)).toBe(true);
    expect(isAnswered(report, given)).toBe(false);
  });
});

describe("nextQuestion", () => {
  it("starts at the first question and resumes at the first unanswered one", () => {
    expect(code(nextQuestion(senior, {}))).toBe("pupils");
    expect(code(nextQuestion(senior, answers({ pupils: 300 })))).toBe("has_senior");
  });

  it("goes into the follow-ups a yes opens and past the ones a no keeps closed", () => {
    expect(code(nextQuestion(senior, answers({ pupils: 300, has_senior: true })))).toBe("seniors");
    expect(code(nextQuestion(senior, answers({ pupils: 300, has_senior: false })))).toBe("comment");
  });

  it("passes over skipped optional questions and returns null when the form is complete", () => {
    const done = answers({ pupils: 300, has_senior: false, comment: SKIP, report: SKIP });
    expect(nextQuestion(senior, done)).toBeNull();
  });

  it("asks a skipped required question again", () => {
    expect(code(nextQuestion(senior, answers({ pupils: SKIP })))).toBe("pupils");
  });

  describe("with only the questions a coordinator returned", () => {
    const submitted = answers(
      { pupils: 300, has_senior: true, seniors: 50, ege: 20, comment: "—", report: SKIP },
      new Date("2026-03-01T10:00:00Z"),
    );
    const returnedAt = new Date("2026-03-05T09:00:00Z");
    const only = ["ege", "pupils"];

    it("asks the returned questions in form order although they are pre-filled", () => {
      const next = nextQuestion(senior, submitted, { only, answeredSince: returnedAt });
      expect(code(next)).toBe("pupils");
    });

    it("moves on once a returned question is answered again, then finishes", () => {
      const fixed = { ...submitted, ...answers({ pupils: 320 }, new Date("2026-03-05T10:00:00Z")) };
      expect(code(nextQuestion(senior, fixed, { only, answeredSince: returnedAt }))).toBe("ege");
      const all = { ...fixed, ...answers({ ege: 22 }, new Date("2026-03-05T10:01:00Z")) };
      expect(nextQuestion(senior, all, { only, answeredSince: returnedAt })).toBeNull();
    });

    it("passes over a returned question that the new answers hide", () => {
      const noSeniors = {
        ...submitted,
        ...answers({ has_senior: false }, new Date("2026-03-05T10:00:00Z")),
      };
      const next = nextQuestion(senior, noSeniors, {
        only: ["has_senior", "ege"],
        answeredSince: returnedAt,
      });
      expect(next).toBeNull();
    });

    it("without answeredSince asks only the unanswered ones among them", () => {
      expect(nextQuestion(senior, submitted, { only })).toBeNull();
      const { ege: _ege, ...withoutEge } = submitted;
      expect(code(nextQuestion(senior, withoutEge, { only }))).toBe("ege");
    });
  });
});

describe("previousQuestion", () => {
  it("steps back to the visible question before, over hidden follow-ups", () => {
    const noSeniors = answers({ pupils: 300, has_senior: false });
    expect(code(previousQuestion(senior, noSeniors, "comment"))).toBe("has_senior");
    const seniors = answers({ pupils: 300, has_senior: true });
    expect(code(previousQuestion(senior, seniors, "comment"))).toBe("ege");
  });

  it("has nothing before the first question, nor for an unknown code", () => {
    expect(previousQuestion(senior, {}, "pupils")).toBeNull();
    expect(previousQuestion(senior, {}, "nope")).toBeNull();
  });

  it("works from a question the latest answer has just hidden", () => {
    expect(code(previousQuestion(senior, answers({ has_senior: false }), "ege"))).toBe(
      "has_senior",
    );
  });

  it("stays among the returned questions when given only", () => {
    const given = answers({ has_senior: true });
    expect(code(previousQuestion(senior, given, "ege", { only: ["pupils", "ege"] }))).toBe(
      "pupils",
    );
    expect(previousQuestion(senior, given, "pupils", { only: ["pupils", "ege"] })).toBeNull();
  });
});

describe("progress", () => {
  it("counts the follow-ups that may still be asked, 1-based", () => {
    const given = answers({ pupils: 300 });
    expect(progress(senior, given, "pupils")).toEqual({ index: 1, total: 6 });
    expect(progress(senior, given, "comment")).toEqual({ index: 5, total: 6 });
  });

  it("keeps the total when a yes opens the follow-ups it already counted", () => {
    const before = progress(senior, answers({ pupils: 300 }), "has_senior");
    const after = progress(senior, answers({ pupils: 300, has_senior: true }), "seniors");
    expect(before).toEqual({ index: 2, total: 6 });
    expect(after).toEqual({ index: 3, total: 6 });
  });

  it("goes on to the next number and a smaller total when a no rules follow-ups out", () => {
    const after = progress(senior, answers({ pupils: 300, has_senior: false }), "comment");
    expect(after).toEqual({ index: 3, total: 4 });
  });

  it("counts a follow-up of a follow-up until the question before it rules it out", () => {
    const chain = form([
      question("has_senior", "boolean"),
      question("ege", "integer", { showIf: { question: "has_senior", equals: true } }),
      question("high", "integer", { showIf: { question: "ege", gt: 0 } }),
      question("comment", "text", { required: false }),
    ]);
    const steps = [
      progress(chain, {}, "has_senior"),
      progress(chain, answers({ has_senior: true }), "ege"),
      progress(chain, answers({ has_senior: true, ege: 0 }), "comment"),
    ];
    expect(steps).toEqual([
      { index: 1, total: 4 },
      { index: 2, total: 4 },
      { index: 3, total: 3 },
    ]);
    expect(progress(chain, answers({ has_senior: false }), "comment")).toEqual({
      index: 2,
      total: 2,
    });
  });

  it("counts among the returned questions when given only", () => {
    expect(progress(senior, {}, "comment", { only: ["pupils", "comment"] })).toEqual({
      index: 2,
      total: 2,
    });
  });
});

describe("missingQuestions", () => {
  it("lists visible required questions without an answer", () => {
    const given = answers({ pupils: 300, has_senior: true, seniors: 40 });
    expect(missingQuestions(senior, given).map((q) => q.code)).toEqual(["ege"]);
  });
});
