import { callbackHead } from "./formats.ts";

/**
 * The same button before the formats were versioned: `task:` from /tasks, `form:open:` on the
 * campaign notices. Their layout is the one of `tk1:`, and a notice in a deputy's chat is the main
 * way into a form, so these still open it rather than being answered as out of date.
 */
export const LEGACY_TASK_HEADS = ["task:", "form:open:"];

/**
 * Buttons that open a school's form for a campaign, from /tasks and from the campaign's notices
 * (the outbox's neutral `open-form` action, encoded by src/bot/callback-data/message-action.ts).
 */
export const TASK_CALLBACK = new RegExp(
  `^(?:${callbackHead("task")}|${LEGACY_TASK_HEADS.join("|")})(\\d+):(\\d+)$`,
);

export function encodeTaskButton(campaignId: number, schoolId: number): string {
  return `${callbackHead("task")}${campaignId}:${schoolId}`;
}

export function isTaskButton(data: string | undefined): boolean {
  return data !== undefined && TASK_CALLBACK.test(data);
}
