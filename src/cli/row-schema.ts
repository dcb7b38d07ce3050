import { z } from "zod";
import { isTimeZone } from "../domain/local-time.ts";
import type { CliContext } from "./command.ts";
import { normaliseHeader, type TableRow } from "./table-file.ts";

/** A row the import left out, and why. `reasonKey` is a locale key. */
export interface Rejection {
  rowNumber: number;
  /** The header as written in the file, or the expected header when the column is absent. */
  column: string;
  value: string;
  reasonKey: string;
  params?: Record<string, string | number>;
}

export const CODE_PATTERN = /^[\p{L}\p{N}._-]{1,64}$/u;

export const requiredText = (max: number) =>
  z
    .string("cli-import-error-required")
    .trim()
    .min(1, "cli-import-error-required")
    .max(max, "cli-import-error-too-long");

/** Absent column → undefined (leave as is); empty cell → null (clear it). */
export const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, "cli-import-error-too-long")
    .optional()
    .transform((value) => (value === undefined ? undefined : value || null));

export const code = z
  .string("cli-import-error-required")
  .trim()
  .min(1, "cli-import-error-required")
  .regex(CODE_PATTERN, "cli-import-error-code");

export const timezone = z
  .string()
  .trim()
  .refine((value) => value === "" || isTimeZone(value), "cli-import-error-timezone")
  .optional()
  .transform((value) => value || undefined);

/**
 * A cell whose words name one of a few values: `choice({ director: ["директор"] })` accepts
 * "director" and "Директор". Comparison ignores case, `ё` and repeated spaces.
 */
export function choice<Value extends string>(
  words: Record<Value, readonly string[]>,
  errorKey: string,
) {
  const lookup = new Map<string, Value>();
  for (const [value, synonyms] of Object.entries(words) as [Value, readonly string[]][])
    for (const word of [value, ...synonyms]) lookup.set(normaliseHeader(word), value);
  return z
    .string("cli-import-error-required")
    .trim()
    .min(1, "cli-import-error-required")
    .transform((text, ctx) => {
      const value = lookup.get(normaliseHeader(text));
      if (value === undefined) ctx.addIssue({ code: "custom", message: errorKey });
      return value as Value;
    });
}

const YES = ["да", "yes", "y", "д", "1", "true", "истина", "+", "x", "х"];
const NO = ["нет", "no", "n", "н", "0", "false", "ложь", "-", ""];

/** да/нет, yes/no, 1/0; an empty cell is "no"; an absent column is undefined (leave as is). */
export const yesNo = z
  .string()
  .optional()
  .transform((text, ctx) => {
    if (text === undefined) return undefined;
    const word = normaliseHeader(text);
    if (YES.includes(word)) return true;
    if (NO.includes(word)) return false;
    ctx.addIssue({ code: "custom", message: "cli-import-error-yes-no" });
    return undefined;
  });

/** Turns a failed row's zod issues into rejections naming the column as the file has it. */
export function rejectionsFromIssues<Field extends string>(
  row: TableRow<Field>,
  issues: readonly z.core.$ZodIssue[],
  columnName: (field: Field) => string,
): Rejection[] {
  return issues.map((issue) => {
    const field = String(issue.path[0] ?? "") as Field;
    return {
      rowNumber: row.rowNumber,
      column: columnName(field),
      value: row.cells[field] ?? "",
      reasonKey: issue.message,
    };
  });
}

/** Prints rejections one per line, in row order. */
export function printRejections(ctx: CliContext, rejections: readonly Rejection[]): void {
  if (rejections.length === 0) return;
  const rows = new Set(rejections.map((rejection) => rejection.rowNumber));
  ctx.print(ctx.t("cli-import-rejected-title", { count: rows.size }));
  const sorted = [...rejections].sort((a, b) => a.rowNumber - b.rowNumber);
  for (const rejection of sorted)
    ctx.print(
      `  ${ctx.t(rejection.value ? "cli-import-rejected-line" : "cli-import-rejected-line-empty", {
        row: rejection.rowNumber,
        column: rejection.column,
        value: rejection.value,
        reason: ctx.t(rejection.reasonKey, rejection.params),
      })}`,
    );
}
