import { FormulaError, formulaVariables } from "../formula.ts";
import {
  CHOICE_QUESTION_TYPES,
  NUMERIC_QUESTION_TYPES,
  type Question,
  type QuestionCondition,
  ruleQuestions,
} from "./question-schema.ts";
import type { Catalog, CatalogForm, CatalogIndicator } from "./schema.ts";

export interface CatalogProblem {
  path: (string | number)[];
  message: string;
}

type Report = (path: (string | number)[], message: string) => void;

/**
 * Checks that need the whole catalog: unique codes, formulas over known data elements that
 * some form collects, conditions on earlier questions, rules over numeric questions, thresholds
 * that agree with the direction of "better". Each problem carries the path of the offending field.
 */
export function checkCatalog(catalog: Catalog): CatalogProblem[] {
  const problems: CatalogProblem[] = [];
  const report: Report = (path, message) => problems.push({ path, message });

  const elementTypes = new Map(
    catalog.dataElements.map((element) => [element.code, element.valueType]),
  );
  checkUnique(catalog.dataElements, ["dataElements"], "data element", report);
  checkUnique(catalog.directions, ["directions"], "direction", report);
  const numbers = catalog.directions.map((direction) => direction.number);
  numbers.forEach((number, index) => {
    if (numbers.indexOf(number) !== index) {
      report(["directions", index, "number"], `direction number ${number} is used twice`);
    }
  });

  const indicatorCodes = new Set<string>();
  const formCodes = new Set<string>();
  const collected = new Set<string>();
  catalog.directions.forEach((direction, d) => {
    direction.indicators.forEach((indicator, i) => {
      const path = ["directions", d, "indicators", i];
      if (indicatorCodes.has(indicator.code)) {
        report([...path, "code"], `indicator code "${indicator.code}" is used twice`);
      }
      indicatorCodes.add(indicator.code);
      checkThresholds(indicator, path, report);
    });
    direction.forms.forEach((form, f) => {
      const path = ["directions", d, "forms", f];
      if (formCodes.has(form.code)) {
        report([...path, "code"], `form code "${form.code}" is used twice`);
      }
      formCodes.add(form.code);
      checkForm(form, path, elementTypes, report);
      for (const question of form.questions) {
        if (question.dataElement) collected.add(question.dataElement);
      }
    });
  });

  catalog.directions.forEach((direction, d) => {
    direction.indicators.forEach((indicator, i) => {
      const path = ["directions", d, "indicators", i, "formula"];
      let variables: string[];
      try {
        variables = formulaVariables(indicator.formula);
      } catch (error) {
        if (!(error instanceof FormulaError)) throw error;
        report(path, `formula "${indicator.formula}" does not parse: ${error.message}`);
        return;
      }
      if (variables.length === 0) report(path, "formula uses no data element");
      for (const name of variables) {
        if (!elementTypes.has(name)) {
          report(path, `unknown data element "${name}"; declare it under dataElements`);
        } else if (!collected.has(name)) {
          report(
            path,
            `data element "${name}" is not collected by any form question (dataElement: ${name})`,
          );
        }
      }
    });
  });
  return problems;
}

function checkUnique(
  items: { code: string }[],
  path: (string | number)[],
  what: string,
  report: Report,
) {
  const seen = new Set<string>();
  items.forEach((item, index) => {
    if (seen.has(item.code))
      report([...path, index, "code"], `${what} code "${item.code}" is used twice`);
    seen.add(item.code);
  });
}

function checkThresholds(indicator: CatalogIndicator, path: (string | number)[], report: Report) {
  const { target, risk, better } = indicator;
  if (target === undefined || risk === undefined) return;
  if (better === "higher" && risk >= target) {
    report(
      [...path, "risk"],
      `higher is better, so risk (${risk}) must be below target (${target})`,
    );
  }
  if (better === "lower" && risk <= target) {
    report(
      [...path, "risk"],
      `lower is better, so risk (${risk}) must be above target (${target})`,
    );
  }
}

function checkForm(
  form: CatalogForm,
  path: (string | number)[],
  elementTypes: Map<string, string>,
  report: Report,
) {
  checkUnique(form.questions, [...path, "questions"], "question", report);
  const byCode = new Map(form.questions.map((question) => [question.code, question]));
  form.questions.forEach((question, q) => {
    const questionPath = [...path, "questions", q];
    if (question.dataElement) {
      const valueType = elementTypes.get(question.dataElement);
      if (!valueType) {
        report([...questionPath, "dataElement"], `unknown data element "${question.dataElement}"`);
      } else if (valueType !== question.type) {
        report(
          [...questionPath, "type"],
          `question type ${question.type} does not match data element "${question.dataElement}" (${valueType})`,
        );
      }
    }
    if (question.showIf) {
      const earlier = form.questions
        .slice(0, q)
        .find((other) => other.code === question.showIf?.question);
      const problem = earlier
        ? conditionProblem(question.showIf, earlier)
        : `showIf must refer to an earlier question of form "${form.code}", "${question.showIf.question}" is not one`;
      if (problem) report([...questionPath, "showIf"], problem);
    }
  });
  form.rules.forEach((rule, r) => {
    for (const code of ruleQuestions(rule)) {
      const question = byCode.get(code);
      if (!question) {
        report(
          [...path, "rules", r],
          `rule ${rule.kind} refers to "${code}", which is not a question of form "${form.code}"`,
        );
      } else if (!NUMERIC_QUESTION_TYPES.includes(question.type)) {
        report(
          [...path, "rules", r],
          `rule ${rule.kind} compares numbers, but "${code}" is a ${question.type} question`,
        );
      }
    }
  });
}

/** Whether a condition can ever be true of the answer it looks at. */
function conditionProblem(condition: QuestionCondition, target: Question): string | null {
  const optionValues = (target.options ?? []).map((option) => option.value);
  const notOption = (value: unknown) =>
    `"${String(value)}" is not an option of "${target.code}" (${optionValues.join(", ")})`;
  if ("in" in condition) {
    if (target.type !== "single_choice")
      return `"in" needs a single_choice question, "${target.code}" is ${target.type}`;
    const wrong = condition.in.find((value) => !optionValues.includes(value));
    return wrong === undefined ? null : notOption(wrong);
  }
  if ("includes" in condition) {
    if (target.type !== "multiple_choice") {
      return `"includes" needs a multiple_choice question, "${target.code}" is ${target.type}`;
    }
    return optionValues.includes(condition.includes) ? null : notOption(condition.includes);
  }
  if ("gt" in condition) {
    return NUMERIC_QUESTION_TYPES.includes(target.type)
      ? null
      : `"gt" needs a number question, "${target.code}" is ${target.type}`;
  }
  const value = "equals" in condition ? condition.equals : condition.notEquals;
  if (target.type === "boolean") {
    return typeof value === "boolean"
      ? null
      : `"${target.code}" is yes/no, compare it with true or false`;
  }
  if (NUMERIC_QUESTION_TYPES.includes(target.type)) {
    return typeof value === "number"
      ? null
      : `"${target.code}" is a number, compare it with a number`;
  }
  if (target.type === "multiple_choice")
    return `use "includes" for the multiple_choice question "${target.code}"`;
  if (CHOICE_QUESTION_TYPES.includes(target.type)) {
    return optionValues.includes(String(value)) && typeof value === "string"
      ? null
      : notOption(value);
  }
  return typeof value === "string"
    ? null
    : `"${target.code}" is ${target.type}, compare it with text`;
}
