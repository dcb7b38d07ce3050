import type { AnswerValue, Problem } from "./types.ts";

export type ParseResult = { ok: true; value: AnswerValue } | { ok: false; problem: Problem };

/** A refused answer with its locale key (form-error-…) and parameters. */
export function fail(key: string, params?: Problem["params"]): ParseResult {
  return { ok: false, problem: params ? { key, params } : { key } };
}
