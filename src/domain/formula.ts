/**
 * Indicator formulas: arithmetic over data element codes, e.g. `100 * teachers_diagnosed /
 * teachers_total`. A hand-written parser instead of eval, so a catalog file can never run code.
 * Grammar: expr = term (("+" | "-") term)*; term = unary (("*" | "/") unary)*;
 * unary = "-" unary | primary; primary = number | name | "(" expr ")".
 */

export type FormulaNode =
  | { kind: "number"; value: number }
  | { kind: "variable"; name: string }
  | { kind: "negate"; operand: FormulaNode }
  | { kind: "binary"; op: "+" | "-" | "*" | "/"; left: FormulaNode; right: FormulaNode };

/** Values of data elements; `undefined` means the school did not give one. */
export type FormulaValues = Readonly<Record<string, number | undefined>>;

export class FormulaError extends Error {
  override name = "FormulaError";
  constructor(
    message: string,
    /** Zero-based character offset in the formula text where the problem is. */
    readonly position: number,
    readonly formula: string,
  ) {
    super(message);
  }
}

// Limits keep a hostile or mistyped file from exhausting the stack.
const MAX_LENGTH = 1000;
const MAX_DEPTH = 50;

type Token =
  | { type: "number"; value: number; at: number; text: string }
  | { type: "name"; value: string; at: number; text: string }
  | { type: "op"; value: "+" | "-" | "*" | "/" | "(" | ")"; at: number; text: string };

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const pattern = /\s*(?:(\d+(?:\.\d+)?)|([A-Za-z_][A-Za-z0-9_]*)|([-+*/()])|(\S))/y;
  let match: RegExpExecArray | null = pattern.exec(text);
  while (match !== null && match[0] !== "") {
    const raw = match[0].trimStart();
    const at = match.index + match[0].length - raw.length;
    if (match[1] !== undefined)
      tokens.push({ type: "number", value: Number(match[1]), at, text: raw });
    else if (match[2] !== undefined) tokens.push({ type: "name", value: match[2], at, text: raw });
    else if (match[3] !== undefined) {
      tokens.push({
        type: "op",
        value: match[3] as "+" | "-" | "*" | "/" | "(" | ")",
        at,
        text: raw,
      });
    } else throw new FormulaError(`unexpected character "${raw}" at position ${at + 1}`, at, text);
    match = pattern.exec(text);
  }
  return tokens;
}

/** Parses a formula, throwing a {@link FormulaError} that names the position of the mistake. */
export function parseFormula(text: string): FormulaNode {
  if (text.length > MAX_LENGTH) {
    throw new FormulaError(`formula is longer than ${MAX_LENGTH} characters`, MAX_LENGTH, text);
  }
  const tokens = tokenize(text);
  let index = 0;
  const peek = () => tokens[index];
  const fail = (expected: string): never => {
    const token = peek();
    const found = token ? `"${token.text}" at position ${token.at + 1}` : "the end of the formula";
    throw new FormulaError(`expected ${expected}, found ${found}`, token?.at ?? text.length, text);
  };

  const expression = (depth: number): FormulaNode => {
    let left = term(depth);
    for (
      let token = peek();
      token?.type === "op" && (token.value === "+" || token.value === "-");
      token = peek()
    ) {
      index++;
      left = { kind: "binary", op: token.value, left, right: term(depth) };
    }
    return left;
  };
  const term = (depth: number): FormulaNode => {
    let left = unary(depth);
    for (
      let token = peek();
      token?.type === "op" && (token.value === "*" || token.value === "/");
      token = peek()
    ) {
      index++;
      left = { kind: "binary", op: token.value, left, right: unary(depth) };
    }
    return left;
  };
  const unary = (depth: number): FormulaNode => {
    if (depth > MAX_DEPTH) fail(`at most ${MAX_DEPTH} nested levels`);
    const token = peek();
    if (token?.type === "op" && token.value === "-") {
      index++;
      return { kind: "negate", operand: unary(depth + 1) };
    }
    return primary(depth);
  };
  const primary = (depth: number): FormulaNode => {
    const token = peek();
    if (token?.type === "number") {
      index++;
      return { kind: "number", value: token.value };
    }
    if (token?.type === "name") {
      index++;
      return { kind: "variable", name: token.value };
    }
    if (token?.type === "op" && token.value === "(") {
      index++;
      const inner = expression(depth + 1);
      if (peek()?.type !== "op" || peek()?.value !== ")") fail('")"');
      index++;
      return inner;
    }
    return fail('a number, a data element code or "("');
  };

  const node = expression(0);
  if (index < tokens.length) fail("an operator (+ - * /)");
  return node;
}

/** The data element codes a formula uses, each once, in order of first appearance. */
export function formulaVariables(formula: string | FormulaNode): string[] {
  const names = new Set<string>();
  const visit = (node: FormulaNode): void => {
    if (node.kind === "variable") names.add(node.name);
    else if (node.kind === "negate") visit(node.operand);
    else if (node.kind === "binary") {
      visit(node.left);
      visit(node.right);
    }
  };
  visit(typeof formula === "string" ? parseFormula(formula) : formula);
  return [...names];
}

/**
 * Computes a formula. Returns null, rather than a misleading number, when an input is missing
 * or a denominator is zero (a school with no teachers has no "share of teachers").
 */
export function evaluateFormula(
  formula: string | FormulaNode,
  values: FormulaValues,
): number | null {
  const compute = (node: FormulaNode): number | null => {
    switch (node.kind) {
      case "number":
        return node.value;
      case "variable": {
        const value = Object.hasOwn(values, node.name) ? values[node.name] : undefined;
        return value === undefined || !Number.isFinite(value) ? null : value;
      }
      case "negate": {
        const operand = compute(node.operand);
        return operand === null ? null : -operand;
      }
      case "binary": {
        const left = compute(node.left);
        const right = compute(node.right);
        if (left === null || right === null) return null;
        if (node.op === "+") return left + right;
        if (node.op === "-") return left - right;
        if (node.op === "*") return left * right;
        return right === 0 ? null : left / right;
      }
    }
  };
  const result = compute(typeof formula === "string" ? parseFormula(formula) : formula);
  return result === null || !Number.isFinite(result) ? null : result;
}
