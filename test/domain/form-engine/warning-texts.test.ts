import { describe, expect, it } from "vitest";
import {
  checkRules,
  type Problem,
  previousPeriodProblem,
  spreadProblem,
} from "../../../src/domain/form-engine/index.ts";
import { createTranslator } from "../../../src/i18n/translator.ts";
import { answers, form, question } from "./fixtures.ts";

const translate = createTranslator();

/** Punctuation that glues where two pieces of text meet: «0.:», «..», «.».», « ,». */
const BAD_JOINS: Array<[string, RegExp]> = [
  ["a full stop before more punctuation", /\.\s*[.:;,!?]/],
  ["a question or exclamation mark before a stop or a colon", /[!?]\s*[.:;,]/],
  ["a colon or comma before more punctuation", /[:;,]\s*[.:;,!?]/],
  ["a full stop both inside and after a closing quote", /\.["»”][.:;,]/],
  ["a space before punctuation", /\s[.,:;!?)]/],
  ["a space inside quotes or brackets", /[«(]\s|\s»/],
  ["a parameter left unfilled", /[{}]|undefined|NaN/],
];

/** Question names as the catalog writes them: a question, an instruction, a bare name. */
const named = (code: string, text: string, textEn: string) =>
  question(code, "integer", { text, textEn });
const numbers = form(
  [
    named(
      "total",
      "Сколько выпускников 11 классов в этом году? Если 11 класса нет, укажите 0.",
      "How many grade 11 graduates are there this year? Enter 0 if there is no grade 11.",
    ),
    named("a", "Сколько из них поступили в вузы?", "How many of them went to university?"),
    named("b", "Поступили в колледжи", "Went to colleges"),
    named("c", "Сколько учителей…", "How many teachers…"),
  ],
  [
    { kind: "lte", left: "a", right: "total" },
    { kind: "lte", left: "b", right: "total", severity: "warning" },
    { kind: "sum_equals", parts: ["a", "b"], total: "total" },
    { kind: "sum_lte", parts: ["a", "b", "c"], total: "total", severity: "warning" },
    {
      kind: "lte",
      left: "c",
      right: "total",
      message: "Учителей не может быть больше.",
      messageEn: "There cannot be more teachers.",
    },
  ],
);

function warningProblems(): Problem[] {
  const problems: Problem[] = checkRules(numbers, answers({ total: 10, a: 20, b: 30, c: 40 })).map(
    (rule) => rule.problem,
  );
  for (const [value, previous, factor] of [
    [38, 10, 2],
    [1, 100, 2],
    [0, 12, 2],
    [12_500, 100, 2.5],
    [0.5, 40.25, 3],
  ] as const) {
    const problem = previousPeriodProblem(value, previous, factor);
    if (problem) problems.push(problem);
  }
  const others = [10, 11, 12, 12.5, 13, 14, 15];
  for (const value of [1000, -50, 2_000_000]) {
    const problem = spreadProblem(value, others);
    if (problem) problems.push(problem);
  }
  return problems;
}

describe("warning texts", () => {
  const problems = warningProblems();

  it("come in every kind the engine raises", () => {
    expect(new Set(problems.map((p) => p.key))).toEqual(
      new Set([
        "form-warning-rule-lte",
        "form-warning-rule-sum-equals",
        "form-warning-rule-sum-lte",
        "form-warning-rule-custom",
        "form-warning-previous-higher",
        "form-warning-previous-lower",
        "form-warning-dropped-to-zero",
        "form-warning-municipal-high",
        "form-warning-municipal-low",
      ]),
    );
  });

  for (const language of ["ru", "en"] as const)
    it(`join their pieces without glued punctuation (${language})`, () => {
      for (const problem of problems) {
        const text = translate(language, problem.key, problem.params);
        expect(text, problem.key).not.toBe(problem.key);
        for (const [what, pattern] of BAD_JOINS)
          expect(text, `${problem.key}: ${what}`).not.toMatch(pattern);
        if (language === "en") expect(text, `${problem.key} in English`).not.toMatch(/[а-яё]/i);
      }
    });

  it("quote a question without the full stop that ends it", () => {
    const [rule] = checkRules(numbers, answers({ total: 10, a: 20, b: 0, c: 0 }));
    const text = translate("ru", rule?.problem.key ?? "", rule?.problem.params);
    expect(text).toContain(
      "«Сколько выпускников 11 классов в этом году? Если 11 класса нет, укажите 0»",
    );
  });
});
