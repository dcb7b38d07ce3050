/**
 * The form engine: question order, conditions, validation of answers, cross-question rules,
 * indicator values, warnings, diffs and display of values. Pure and messenger-neutral: plain
 * data in, plain data out, user-facing text only as locale keys (form-error-…, form-warning-…).
 */
export * from "./catalog.ts";
export * from "./diff.ts";
export * from "./files.ts";
export * from "./format.ts";
export * from "./navigation.ts";
export * from "./parse-answer.ts";
export * from "./parse-number.ts";
export * from "./parse-text.ts";
export * from "./problem.ts";
export * from "./rules.ts";
export * from "./summary.ts";
export * from "./types.ts";
export * from "./visibility.ts";
export * from "./warnings.ts";
