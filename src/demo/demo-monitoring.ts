import { type Actor, recordAudit } from "../db/audit.ts";
import type { Db } from "../db/client.ts";
import type { Period, Prisma } from "../db/generated/client.ts";
import type { FormRule, QuestionCondition } from "../domain/catalog/schema.ts";
import { fromLocalDateTime } from "../domain/local-time.ts";
import {
  isPeriodKind,
  parsePeriodCode,
  periodContaining,
  previousPeriodCode,
} from "../domain/periods.ts";
import { generateAnswers, type ShareHint } from "./demo-answers.ts";
import type { DemoSchool } from "./demo-data.ts";
import { writeAcceptedSubmission } from "./demo-submissions.ts";
import { createRandom } from "./prng.ts";

const DAY_MS = 86_400_000;
/** Days from a period's end to the deadline, and from the deadline to closing. */
const DEADLINE_AFTER_DAYS = 15;
const CLOSE_AFTER_DAYS = 5;

export type DemoForm = Prisma.FormGetPayload<{
  include: { questions: { include: { dataElement: true } } };
}>;

/**
 * The last `count` periods of a kind whose campaigns would already be closed at `now`, oldest
 * first: consecutive, so each links to the one before.
 */
export function closedPeriodCodes(kind: string, now: Date, timeZone: string, count = 2): string[] {
  if (!isPeriodKind(kind)) return [];
  const codes: string[] = [];
  let code: string | null = periodContaining(kind, now, timeZone);
  while (code && codes.length < count) {
    const { endsOn } = parsePeriodCode(code);
    if (endsOn.getTime() + (DEADLINE_AFTER_DAYS + CLOSE_AFTER_DAYS + 1) * DAY_MS < now.getTime())
      codes.unshift(code);
    code = previousPeriodCode(code);
  }
  return codes;
}

/** Deadline 18:00 local time, two weeks after the period; opened three weeks before it. */
export function campaignTimeline(period: Pick<Period, "endsOn">, timeZone: string) {
  const day = new Date(period.endsOn.getTime() + DEADLINE_AFTER_DAYS * DAY_MS);
  const deadlineAt = fromLocalDateTime(
    {
      year: day.getUTCFullYear(),
      month: day.getUTCMonth() + 1,
      day: day.getUTCDate(),
      hour: 18,
      minute: 0,
      second: 0,
    },
    timeZone,
  );
  return {
    deadlineAt,
    openedAt: new Date(deadlineAt.getTime() - 21 * DAY_MS),
    closedAt: new Date(deadlineAt.getTime() + CLOSE_AFTER_DAYS * DAY_MS),
  };
}

export interface CampaignInput {
  form: DemoForm;
  period: Period;
  municipalityId: number;
  timeZone: string;
  coordinatorId: number;
  schools: Array<{ id: number; demo: DemoSchool; deputyId: number }>;
  hints: ReadonlyMap<string, ShareHint>;
  actor: Actor;
}

/**
 * A closed campaign for the form and period with an accepted submission from every target
 * school. Existing campaigns and submissions are kept as they are, so a re-run adds only
 * what is missing. Returns how many submissions were created.
 */
export async function ensureClosedCampaign(db: Db, input: CampaignInput): Promise<number> {
  const { form, period, municipalityId, timeZone, coordinatorId, actor } = input;
  const timeline = campaignTimeline(period, timeZone);
  let campaign = await db.campaign.findFirst({
    where: { formId: form.id, periodId: period.id, municipalityId },
  });
  if (!campaign) {
    campaign = await db.campaign.create({
      data: {
        formId: form.id,
        periodId: period.id,
        municipalityId,
        status: "closed",
        deadlineAt: timeline.deadlineAt,
        closesAt: timeline.closedAt,
        openedAt: timeline.openedAt,
        closedAt: timeline.closedAt,
        createdById: coordinatorId,
        createdAt: new Date(timeline.openedAt.getTime() - DAY_MS),
      },
    });
    await recordAudit(db, {
      actor,
      action: "campaign.created",
      entityType: "Campaign",
      entityId: campaign.id,
      data: { formCode: form.code, periodCode: period.code, demo: true },
    });
  }
  const questionIds = new Map(form.questions.map((question) => [question.code, question.id]));
  let created = 0;
  for (const school of input.schools) {
    const target = { campaignId: campaign.id, schoolId: school.id };
    await db.campaignSchool.upsert({
      where: { campaignId_schoolId: target },
      create: target,
      update: {},
    });
    const existing = await db.submission.findUnique({ where: { campaignId_schoolId: target } });
    if (existing) continue;
    const random = createRandom(`${school.demo.code}|${form.code}|${period.code}`);
    const answers = generateAnswers({
      questions: form.questions.map((question) => ({
        code: question.code,
        type: question.type,
        required: question.required,
        min: question.min,
        max: question.max,
        options: (JSON.parse(question.options) as Array<{ value: string }>).map(
          (option) => option.value,
        ),
        showIf: question.showIf ? (JSON.parse(question.showIf) as QuestionCondition) : null,
        dataElement: question.dataElement?.code ?? null,
      })),
      rules: JSON.parse(form.rules) as FormRule[],
      profile: profileFor(school.demo, period),
      hints: input.hints,
      period,
      random,
    });
    await writeAcceptedSubmission(db, {
      campaignId: campaign.id,
      questionIds,
      coordinatorId,
      school,
      answers,
      random,
      deadlineAt: timeline.deadlineAt,
      actor,
    });
    created++;
  }
  return created;
}

/** Schools grow a little and most improve a little from one year to the next. */
function profileFor(school: DemoSchool, period: Period) {
  const years = period.startsOn.getUTCFullYear() - 2020;
  const { profile } = school;
  return {
    ...profile,
    students: Math.round(profile.students * (1 + 0.015 * years)),
    teachers: Math.round(profile.teachers * (1 + 0.01 * years)),
    quality: Math.min(1, profile.quality + 0.03 * years - 0.12),
  };
}
