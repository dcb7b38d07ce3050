import type { Db } from "../client.ts";
import { schoolName } from "../message-params.ts";
import { schoolsOfPerson } from "../people/recipients.ts";
import type { TaskStatus } from "./campaign-lists.ts";

export type { TaskStatus } from "./campaign-lists.ts";

export interface Task {
  campaignId: number;
  submissionId: number | null;
  schoolId: number;
  schoolName: string;
  formTitle: string;
  formTitleEn: string;
  periodCode: string;
  deadlineAt: Date;
  timezone: string;
  status: TaskStatus;
  /** Submitted after the deadline, or not submitted and the deadline has passed. */
  late: boolean;
  /** Set when a coordinator let this school edit after the campaign closed. */
  reopenedUntil: Date | null;
}

const PENDING: readonly TaskStatus[] = ["not_started", "draft", "returned"];

/**
 * "My tasks": the open campaigns of the schools where the person is a deputy or a director (and
 * closed ones reopened for their school), soonest deadline first.
 */
export async function listTasks(db: Db, personId: number, now: Date): Promise<Task[]> {
  const schoolIds = await schoolsOfPerson(db, personId);
  if (schoolIds.length === 0) return [];
  const targets = await db.campaignSchool.findMany({
    where: {
      schoolId: { in: schoolIds },
      OR: [
        { campaign: { status: "open" } },
        {
          campaign: {
            status: "closed",
            submissions: { some: { reopenedUntil: { gt: now } } },
          },
        },
      ],
    },
    include: {
      school: true,
      campaign: { include: { form: true, period: true, municipality: true } },
    },
  });
  const submissions = await db.submission.findMany({
    where: {
      OR: targets.map((target) => ({ campaignId: target.campaignId, schoolId: target.schoolId })),
    },
  });
  const byKey = new Map(submissions.map((s) => [`${s.campaignId}:${s.schoolId}`, s]));
  const tasks: Task[] = [];
  for (const { campaign, school } of targets) {
    const submission = byKey.get(`${campaign.id}:${school.id}`) ?? null;
    const reopened =
      submission?.reopenedUntil && submission.reopenedUntil > now ? submission.reopenedUntil : null;
    // The OR above matches a closed campaign reopened for any of the person's schools.
    if (campaign.status === "closed" && !reopened) continue;
    const status = (submission?.status ?? "not_started") as TaskStatus;
    tasks.push({
      campaignId: campaign.id,
      submissionId: submission?.id ?? null,
      schoolId: school.id,
      schoolName: schoolName(school),
      formTitle: campaign.form.title,
      formTitleEn: campaign.form.titleEn,
      periodCode: campaign.period.code,
      deadlineAt: campaign.deadlineAt,
      timezone: campaign.municipality.timezone,
      status,
      late: PENDING.includes(status)
        ? now.getTime() > campaign.deadlineAt.getTime()
        : (submission?.late ?? false),
      reopenedUntil: reopened,
    });
  }
  return tasks.sort(
    (a, b) =>
      a.deadlineAt.getTime() - b.deadlineAt.getTime() ||
      a.schoolName.localeCompare(b.schoolName, "ru", { numeric: true }) ||
      a.formTitle.localeCompare(b.formTitle, "ru"),
  );
}
