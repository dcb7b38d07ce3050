import {
  checkRules,
  type FormQuestionDef,
  valueWarnings,
} from "../../../src/domain/form-engine/index.ts";
import { answers, form, options, question } from "./fixtures.ts";

/** One question of each type, with the limits that make every refusal reachable. */
export const everyQuestionType: FormQuestionDef[] = [
  question("int", "integer", { min: 0, max: 5000 }),
  question("min_only", "integer", { min: 10 }),
  question("max_only", "integer", { max: 10 }),
  question("dec", "decimal"),
  question("pct", "percent"),
  question("yes_no", "boolean"),
  question("one", "single_choice", { options: options("a", "b") }),
  question("many", "multiple_choice", { options: options("a", "b") }),
  question("when", "date"),
  question("note", "text", { maxLength: 1000 }),
  question("doc", "file", { fileTypes: ["pdf"], maxFileSizeMb: 10 }),
  question("any_doc", "file"),
];

const numbers = form(
  [
    question("total", "integer", { dataElementCode: "total" }),
    question("a", "integer", { dataElementCode: "a" }),
    question("b", "integer", { dataElementCode: "b" }),
    question("c", "integer", { dataElementCode: "c" }),
  ],
  [
    { kind: "lte", left: "a", right: "total" },
    { kind: "sum_equals", parts: ["a", "b"], total: "total" },
    { kind: "sum_lte", parts: ["a", "b"], total: "total" },
    { kind: "lte", left: "b", right: "total", message: "Своё сообщение" },
  ],
);

/** Rule problems of every kind. */
export const everyRuleProblem = () =>
  checkRules(numbers, answers({ total: 10, a: 20, b: 30, c: 0 }));

/** Value warnings of every kind. */
export const everyValueWarning = () =>
  valueWarnings(numbers, answers({ total: 1000, a: 1, b: 0, c: 5 }), {
    previous: { total: 100, a: 100, b: 100 },
    municipal: { total: [10, 11, 12, 13, 14], c: [500, 510, 490, 505, 495] },
  });
