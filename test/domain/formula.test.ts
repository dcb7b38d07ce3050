import { describe, expect, it } from "vitest";
import {
  evaluateFormula,
  FormulaError,
  formulaVariables,
  parseFormula,
} from "../../src/domain/formula.ts";

function errorOf(text: string): FormulaError {
  try {
    parseFormula(text);
  } catch (error) {
    if (error instanceof FormulaError) return error;
    throw error;
  }
  throw new Error(`"${text}" parsed without an error`);
}

describe("evaluateFormula", () => {
  it("computes a share of a total", () => {
    expect(
      evaluateFormula("100 * teachers_diagnosed / teachers_total", {
        teachers_diagnosed: 30,
        teachers_total: 40,
      }),
    ).toBe(75);
  });

  it("multiplies and divides before adding and subtracting", () => {
    expect(evaluateFormula("1 + 2 * 3", {})).toBe(7);
    expect(evaluateFormula("10 - 6 / 2", {})).toBe(7);
  });

  it("respects parentheses", () => {
    expect(evaluateFormula("(1 + 2) * 3", {})).toBe(9);
    expect(evaluateFormula("2 * (a + b + c)", { a: 1, b: 2, c: 3.5 })).toBe(13);
  });

  it("reads chains of the same operator from left to right", () => {
    expect(evaluateFormula("10 - 4 - 3", {})).toBe(3);
    expect(evaluateFormula("8 / 4 / 2", {})).toBe(1);
  });

  it("handles unary minus, also after an operator", () => {
    expect(evaluateFormula("-a + 5", { a: 2 })).toBe(3);
    expect(evaluateFormula("2 - -3", {})).toBe(5);
    expect(evaluateFormula("-(1 + 2) * 2", {})).toBe(-6);
  });

  it("accepts decimal numbers and ignores whitespace", () => {
    expect(evaluateFormula("  0.5*a\t+1.25 ", { a: 3 })).toBe(2.75);
  });

  it("returns null when an input is missing", () => {
    expect(evaluateFormula("100 * a / b", { a: 5 })).toBeNull();
    expect(evaluateFormula("a + b", { a: 1, b: undefined })).toBeNull();
  });

  it("returns null instead of dividing by zero", () => {
    expect(evaluateFormula("100 * a / b", { a: 5, b: 0 })).toBeNull();
    expect(evaluateFormula("a / (b - b)", { a: 1, b: 7 })).toBeNull();
  });

  it("treats non-finite inputs as missing", () => {
    expect(evaluateFormula("a + 1", { a: Number.NaN })).toBeNull();
    expect(evaluateFormula("a + 1", { a: Number.POSITIVE_INFINITY })).toBeNull();
  });

  it("never reads inherited properties of the values object", () => {
    expect(evaluateFormula("constructor + 1", {})).toBeNull();
    expect(evaluateFormula("toString * 2", {})).toBeNull();
  });

  it("evaluates an already parsed formula", () => {
    const parsed = parseFormula("a * b");
    expect(evaluateFormula(parsed, { a: 2, b: 4 })).toBe(8);
    expect(evaluateFormula(parsed, { a: 3, b: 4 })).toBe(12);
  });
});

describe("formulaVariables", () => {
  it("lists each data element once in order of first use", () => {
    expect(formulaVariables("100 * (b + a) / (a + b + c)")).toEqual(["b", "a", "c"]);
  });

  it("returns nothing for a formula of constants", () => {
    expect(formulaVariables("2 * (3 + 4)")).toEqual([]);
  });
});

describe("parseFormula", () => {
  it("names the position of an operator with nothing before it", () => {
    const error = errorOf("100 * / teachers_total");
    expect(error.position).toBe(6);
    expect(error.message).toBe(
      'expected a number, a data element code or "(", found "/" at position 7',
    );
  });

  it("reports a formula that ends too early", () => {
    const error = errorOf("a +");
    expect(error.position).toBe(3);
    expect(error.message).toContain("found the end of the formula");
  });

  it("reports an unclosed parenthesis", () => {
    expect(errorOf("(a + b").message).toBe('expected ")", found the end of the formula');
  });

  it("reports two names without an operator between them", () => {
    const error = errorOf("teachers total");
    expect(error.position).toBe(9);
    expect(error.message).toContain("expected an operator (+ - * /)");
  });

  it("rejects anything that is not arithmetic, so no code can run", () => {
    expect(errorOf("process.exit(1)").message).toBe('unexpected character "." at position 8');
    expect(errorOf("a ** 2").message).toContain('found "*" at position 4');
    expect(errorOf("a; b").message).toContain('unexpected character ";"');
  });

  it("rejects an empty formula", () => {
    expect(errorOf("   ").message).toContain("found the end of the formula");
  });

  it("rejects nesting deep enough to exhaust the stack", () => {
    const deep = `${"(".repeat(200)}1${")".repeat(200)}`;
    expect(errorOf(deep)).toBeInstanceOf(FormulaError);
    expect(errorOf(`${"-".repeat(200)}1`)).toBeInstanceOf(FormulaError);
  });
});
