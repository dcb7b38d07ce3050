import { parseNumberText } from "./parse-text.ts";
import { fail, type ParseResult } from "./problem.ts";
import type { FormQuestionDef } from "./types.ts";

/** Beyond this a typed number is a slip of the finger (or past what a double keeps exactly). */
export const MAX_NUMBER = 1e12;

/**
 * A typed number for an integer, decimal or percent question, checked in the order a person
 * would fix it: is it a number at all, a whole one where due, not negative, within the limits.
 */
export function parseNumberAnswer(
  q: FormQuestionDef,
  text: string,
  language: "ru" | "en" = "ru",
): ParseResult {
  const parsed = parseNumberText(text, language);
  if (!parsed.ok) {
    return parsed.reason === "emoji"
      ? fail("form-error-emoji-not-number")
      : fail("form-error-not-a-number", { type: q.type });
  }
  const { value, percentSign } = parsed;
  if (percentSign && q.type !== "percent") return fail("form-error-no-percent-sign");
  if (q.type === "integer" && !Number.isInteger(value)) return fail("form-error-not-integer");
  if (Math.abs(value) > MAX_NUMBER) return fail("form-error-number-too-large");
  const negativeAllowed = q.min !== null && q.min < 0;
  if (value < 0 && !negativeAllowed) return fail("form-error-negative");

  // A percent is 0–100 unless the question itself sets other limits (growth can exceed 100 %).
  const ownLimits = (q.min !== null && q.min < 0) || (q.max !== null && q.max > 100);
  if (q.type === "percent" && !ownLimits && (value < 0 || value > 100)) {
    return fail("form-error-percent-range", { value });
  }
  const belowMin = q.min !== null && value < q.min;
  const aboveMax = q.max !== null && value > q.max;
  if (belowMin || aboveMax) {
    if (q.min !== null && q.max !== null) {
      return fail("form-error-out-of-range", { min: q.min, max: q.max, value });
    }
    if (q.min !== null) return fail("form-error-below-min", { min: q.min, value });
    if (q.max !== null) return fail("form-error-above-max", { max: q.max, value });
  }
  return { ok: true, value };
}
