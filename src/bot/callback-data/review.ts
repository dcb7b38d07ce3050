import { callbackHead, callbackPattern } from "./formats.ts";

/** What a button of the review queue or a submission's card does. */
export type ReviewButton = "open" | "accept" | "return" | "all" | "mode" | "queue";

/**
 * `rv1:<action>:<number>`: the submission's id for open, accept and return; 1 (digest) or 0 (each)
 * for mode; 0 for all and queue. The action and the number are the match's groups 1 and 2.
 */
export const REVIEW_CALLBACK = callbackPattern(
  "review",
  "(open|accept|return|all|mode|queue):(\\d+)$",
);

export function encodeReviewButton(action: ReviewButton, id = 0): string {
  return `${callbackHead("review")}${action}:${id}`;
}

/**
 * What every button of one return of a submission starts with: `rr1:<submissionId>`, followed by
 * `:x` cancel, `:d` marks done or `:t:<position>` mark a question.
 */
export function reviewReturnHead(submissionId: number): string {
  return `${callbackHead("reviewReturn")}${submissionId}`;
}
