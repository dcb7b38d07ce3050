/**
 * Buttons that open a school's form for a campaign: `task:<campaignId>:<schoolId>` from /tasks,
 * `form:open:…` from the campaign's notification (written by the outbox, src/db/campaign-notices.ts).
 */
export const TASK_CALLBACK = /^(?:task|form:open):(\d+):(\d+)$/;

export function encodeTaskButton(campaignId: number, schoolId: number): string {
  return `task:${campaignId}:${schoolId}`;
}

export function isTaskButton(data: string | undefined): boolean {
  return data !== undefined && TASK_CALLBACK.test(data);
}
