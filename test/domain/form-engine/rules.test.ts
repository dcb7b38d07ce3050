import { describe, expect, it } from "vitest";
import { checkRules, rulesTouching } from "../../../src/domain/form-engine/index.ts";
import { answers, form, question } from "./fixtures.ts";

const teachers = form(
  [
    question("teachers_total", "integer", { text: "Сколько в ОО учителей?", textEn: "Teachers?" }),
    question("teachers_trained", "integer", { text: "Сколько прошли КПК?", textEn: "Trained?" }),
    question("has_young", "boolean"),
    question("teachers_young", "integer", { showIf: { question: "has_young", equals: true } }),
  ],
  [
    { kind: "lte", left: "teachers_trained", right: "teachers_total" },
    { kind: "lte", left: "teachers_young", right: "teachers_total" },
  ],
);

describe("a part not above its total (lte)", () => {
  it("passes when the part is at most the total", () => {
    expect(checkRules(teachers, answers({ teachers_total: 40, teachers_trained: 40 }))).toEqual([]);
  });

  it("reports a part above its total, naming both questions in both languages", () => {
    const [problem] = checkRules(teachers, answers({ teachers_total: 40, teachers_trained: 45 }));
    expect(problem).toMatchObject({
      questionCodes: ["teachers_trained", "teachers_total"],
      severity: "error",
      problem: {
        key: "form-warning-rule-lte",
        params: {
          value: 45,
          total: 40,
          question: "Сколько прошли КПК?",
          questionEn: "Trained?",
          totalQuestion: "Сколько в ОО учителей?",
          totalQuestionEn: "Teachers?",
        },
      },
    });
  });

  it("waits until every question it reads is answered", () => {
    expect(checkRules(teachers, answers({ teachers_trained: 45 }))).toEqual([]);
  });

  it("ignores the answer of a question that is now hidden", () => {
    const stale = answers({ teachers_total: 40, has_young: false, teachers_young: 90 });
    expect(checkRules(teachers, stale)).toEqual([]);
    const shown = answers({ teachers_total: 40, has_young: true, teachers_young: 90 });
    expect(checkRules(teachers, shown).map((p) => p.questionCodes)).toEqual([
      ["teachers_young", "teachers_total"],
    ]);
  });
});

describe("parts that add up to a total", () => {
  const split = form(
    [
      question("total", "decimal"),
      question("part_a", "decimal"),
      question("part_b", "decimal"),
      question("part_c", "decimal"),
    ],
    [{ kind: "sum_equals", parts: ["part_a", "part_b", "part_c"], total: "total" }],
  );

  it("accepts parts equal to the total, decimals included", () => {
    const given = answers({ total: 0.6, part_a: 0.1, part_b: 0.2, part_c: 0.3 });
    expect(checkRules(split, given)).toEqual([]);
  });

  it("reports parts that do not add up, with their sum and the parts named", () => {
    const given = answers({ total: 100, part_a: 50, part_b: 30, part_c: 15 });
    expect(checkRules(split, given)).toMatchObject([
      {
        questionCodes: ["part_a", "part_b", "part_c", "total"],
        problem: {
          key: "form-warning-rule-sum-equals",
          params: {
            sum: 95,
            total: 100,
            parts: "«Вопрос part_a», «Вопрос part_b», «Вопрос part_c»",
            partsEn: '"Question part_a", "Question part_b", "Question part_c"',
          },
        },
      },
    ]);
  });

  it("waits while a part is unanswered or skipped", () => {
    expect(checkRules(split, answers({ total: 100, part_a: 50, part_b: 30 }))).toEqual([]);
  });

  it("with sum_lte lets the parts stay below the total but not exceed it", () => {
    const atMost = form(split.questions, [
      { kind: "sum_lte", parts: ["part_a", "part_b"], total: "total" },
    ]);
    expect(checkRules(atMost, answers({ total: 100, part_a: 50, part_b: 30 }))).toEqual([]);
    expect(checkRules(atMost, answers({ total: 100, part_a: 70, part_b: 31 }))).toMatchObject([
      { problem: { key: "form-warning-rule-sum-lte", params: { sum: 101, total: 100 } } },
    ]);
  });
});

describe("a rule with its own message and severity", () => {
  const olympiad = form(
    [question("school_stage", "integer"), question("municipal_stage", "integer")],
    [
      {
        kind: "lte",
        left: "municipal_stage",
        right: "school_stage",
        severity: "warning",
        message: "Участников муниципального этапа больше, чем школьного.",
        messageEn: "More took part in the municipal stage than in the school stage.",
      },
    ],
  );

  it("reports the catalog's message in both languages as a warning", () => {
    expect(checkRules(olympiad, answers({ school_stage: 10, municipal_stage: 12 }))).toMatchObject([
      {
        severity: "warning",
        problem: {
          key: "form-warning-rule-custom",
          params: {
            message: "Участников муниципального этапа больше, чем школьного.",
            messageEn: "More took part in the municipal stage than in the school stage.",
            value: 12,
            total: 10,
          },
        },
      },
    ]);
  });
});

describe("rulesTouching", () => {
  it("lists the rules that read a question", () => {
    expect(rulesTouching(teachers, "teachers_total")).toHaveLength(2);
    expect(rulesTouching(teachers, "teachers_trained")).toEqual([teachers.rules[0]]);
    expect(rulesTouching(teachers, "has_young")).toEqual([]);
  });
});
