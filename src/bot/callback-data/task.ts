import { callbackHead, callbackPattern } from "./formats.ts";

/**
 * Buttons that open a school's form for a campaign, from /tasks and from the campaign's notices
 * (the outbox's neutral `open-form` action, encoded by src/bot/callback-data/message-action.ts).
 */
export const TASK_CALLBACK = callbackPattern("task", "(\\d+):(\\d+)$");

export function encodeTaskButton(campaignId: number, schoolId: number): string {
  return `${callbackHead("task")}${campaignId}:${schoolId}`;
}

export function isTaskButton(data: string | undefined): boolean {
  return data !== undefined && TASK_CALLBACK.test(data);
}
