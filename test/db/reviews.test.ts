import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { closeCampaign } from "../../src/db/campaigns/campaigns.ts";
import { sendReviewDigests } from "../../src/db/reviews/review-digest.ts";
import {
  acceptAllWithoutWarnings,
  acceptSubmission,
  ReviewError,
  reopenForSchool,
  returnSubmission,
  reviewQueue,
  submissionForReview,
  versionHistory,
} from "../../src/db/reviews/reviews.ts";
import {
  openSubmission,
  saveAnswer,
  saveWarningReason,
  submitSubmission,
} from "../../src/db/submissions/submissions.ts";
import { createTestDatabase, type TestDatabase } from "../support/database.ts";
import {
  buildMonitoringWorld,
  type MonitoringWorld,
  openTeachersCampaign,
  outboxOf,
} from "./monitoring-world.ts";

let db: TestDatabase;
let world: MonitoringWorld;
let campaignId: number;
beforeEach(async () => {
  db = await createTestDatabase();
  world = await buildMonitoringWorld(db.prisma);
  campaignId = (await openTeachersCampaign(db.prisma, world)).id;
});
afterEach(() => db.destroy());

const SUBMITTED_AT = new Date("2026-11-25T00:00:00Z");
const REVIEWED_AT = new Date("2026-11-26T00:00:00Z");

/** The school's answers, submitted by `personId`; returns the submission id. */
async function submitted(
  schoolId: number,
  personId: number,
  values: { total: number; diagnosed: number } = { total: 40, diagnosed: 20 },
): Promise<number> {
  const { submissionId } = await openSubmission(db.prisma, campaignId, schoolId, personId);
  for (const [code, value] of [
    ["total", values.total],
    ["diagnosed", values.diagnosed],
    ["has_plan", true],
  ] as const)
    await saveAnswer(db, submissionId, code, { value, skipped: false }, personId);
  await submitSubmission(db.prisma, submissionId, personId, SUBMITTED_AT);
  return submissionId;
}

async function refusal(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(ReviewError);
  return (error as ReviewError).reason;
}

describe("the review queue", () => {
  it("lists waiting submissions within the coordinator's municipality and directions", async () => {
    const lyceum = await submitted(world.schools.lyceum.id, world.people.lyceumDeputy.id);
    const queue = await reviewQueue(db.prisma, world.people.coordinator.id);
    expect(queue).toEqual([
      expect.objectContaining({
        submissionId: lyceum,
        schoolName: "Лицей № 1",
        formTitle: "Профессиональное развитие педагогов",
        periodCode: "2026-27",
        version: 1,
        submittedAt: SUBMITTED_AT,
        late: false,
        warningCount: 0,
      }),
    ]);
    expect(await reviewQueue(db.prisma, world.people.talentsCoordinator.id)).toEqual([]);
    expect(await reviewQueue(db.prisma, world.people.lyceumDeputy.id)).toEqual([]);
    expect(await submissionForReview(db.prisma, lyceum, world.people.talentsCoordinator.id)).toBe(
      null,
    );
  });

  it("accepts in one step only the submissions without warnings", async () => {
    const lyceum = await submitted(world.schools.lyceum.id, world.people.lyceumDeputy.id);
    const { submissionId: rural } = await openSubmission(
      db.prisma,
      campaignId,
      world.schools.rural.id,
      world.people.ruralDirector.id,
    );
    const director = world.people.ruralDirector.id;
    for (const [code, value] of [
      ["total", 400],
      ["diagnosed", 20],
      ["has_plan", false],
    ] as const)
      await saveAnswer(db, rural, code, { value, skipped: false }, director);
    await saveWarningReason(db.prisma, rural, "total", "Учтены совместители", director);
    await submitSubmission(db.prisma, rural, director, SUBMITTED_AT);

    const queue = await reviewQueue(db.prisma, world.people.coordinator.id);
    expect(queue.map((item) => [item.submissionId, item.warningCount])).toEqual([
      [lyceum, 0],
      [rural, 1],
    ]);
    expect(
      await acceptAllWithoutWarnings(db.prisma, world.people.coordinator.id, REVIEWED_AT),
    ).toEqual({
      accepted: 1,
    });
    const statuses = await db.prisma.submission.findMany({ orderBy: { id: "asc" } });
    expect(statuses.map((s) => s.status)).toEqual(["accepted", "submitted"]);
  });
});

describe("accepting", () => {
  it("accepts, tells the submitter and the director at once and computes the indicators", async () => {
    const id = await submitted(world.schools.lyceum.id, world.people.lyceumDeputy.id);
    const card = await submissionForReview(db.prisma, id, world.people.coordinator.id);
    expect(card).toMatchObject({
      reviewable: true,
      schoolName: "Лицей № 1",
      submittedBy: { fullName: "Иванова Мария Петровна" },
      changes: [],
      previousReturn: null,
    });
    expect(card?.items.map((item) => [item.code, item.text, item.value])).toEqual([
      ["total", "Сколько педагогов?", 40],
      ["diagnosed", "Сколько прошли диагностику?", 20],
      ["has_plan", "Есть план?", true],
    ]);
    expect(card?.indicators).toEqual([
      expect.objectContaining({ code: "diagnosed-share", value: 50, unit: "percent" }),
    ]);
    await db.prisma.outboxMessage.deleteMany();

    expect(await acceptSubmission(db.prisma, id, world.people.coordinator.id, REVIEWED_AT)).toEqual(
      {
        notified: 2,
      },
    );
    for (const person of [world.people.lyceumDeputy, world.people.lyceumDirector])
      expect((await outboxOf(db.prisma, person.id)).map((m) => m.key)).toEqual(["review-accepted"]);
    expect(await outboxOf(db.prisma, world.people.lyceumDeputy2.id)).toEqual([]);
    const value = await db.prisma.indicatorValue.findFirstOrThrow();
    expect(value).toMatchObject({ schoolId: world.schools.lyceum.id, value: 50 });
    const opened = await openSubmission(
      db.prisma,
      campaignId,
      world.schools.lyceum.id,
      world.people.lyceumDeputy.id,
    );
    expect(opened).toMatchObject({ status: "accepted", editable: false });
    expect(
      await refusal(acceptSubmission(db.prisma, id, world.people.coordinator.id, REVIEWED_AT)),
    ).toBe("not-submitted");
    expect(
      await refusal(
        acceptSubmission(db.prisma, id, world.people.talentsCoordinator.id, REVIEWED_AT),
      ),
    ).toBe("out-of-scope");
  });
});

describe("returning", () => {
  it("returns with marks: the school is told, the form reopens at the marked questions", async () => {
    const id = await submitted(world.schools.lyceum.id, world.people.lyceumDeputy.id);
    await db.prisma.outboxMessage.deleteMany();
    await returnSubmission(
      db.prisma,
      id,
      world.people.coordinator.id,
      {
        comment: "Проверьте численность педагогов.",
        marks: [
          { questionCode: "has_plan", reason: "Приложите план" },
          { questionCode: "total", reason: "Не сходится с ОО-1" },
        ],
      },
      REVIEWED_AT,
    );
    const opened = await openSubmission(
      db.prisma,
      campaignId,
      world.schools.lyceum.id,
      world.people.lyceumDeputy2.id,
    );
    expect(opened).toMatchObject({
      status: "returned",
      editable: true,
      returnedCodes: ["total", "has_plan"],
      returnedReasons: { total: "Не сходится с ОО-1", has_plan: "Приложите план" },
      reviewComment: "Проверьте численность педагогов.",
    });
    expect(opened.answers.total?.value).toBe(40);
    for (const person of [world.people.lyceumDeputy, world.people.lyceumDirector]) {
      const [message] = await outboxOf(db.prisma, person.id);
      expect(message).toMatchObject({
        key: "review-returned",
        params: { comment: "Проверьте численность педагогов.", marked: 2, overdue: "no" },
        buttons: [
          [{ action: { kind: "open-form", campaignId, schoolId: world.schools.lyceum.id } }],
        ],
      });
    }
    expect(await outboxOf(db.prisma, world.people.lyceumDeputy2.id)).toEqual([]);
    const audit = await db.prisma.auditEvent.findFirstOrThrow({
      where: { action: "submission.returned" },
    });
    expect(audit.data).not.toContain("Проверьте");
  });

  it("shows the coordinator what changed on resubmission and keeps the version history", async () => {
    const id = await submitted(world.schools.lyceum.id, world.people.lyceumDeputy.id);
    const coordinator = world.people.coordinator.id;
    await returnSubmission(
      db.prisma,
      id,
      coordinator,
      { comment: "Уточните", marks: [{ questionCode: "total", reason: "Опечатка?" }] },
      REVIEWED_AT,
    );
    const fixer = world.people.lyceumDeputy2.id;
    await saveAnswer(db, id, "total", { value: 42, skipped: false }, fixer);
    await submitSubmission(db.prisma, id, fixer, new Date("2026-11-27T00:00:00Z"));

    const card = await submissionForReview(db.prisma, id, coordinator);
    expect(card?.version).toBe(2);
    expect(card?.changes).toEqual([
      { questionCode: "total", before: 40, after: 42, beforeReason: null, afterReason: null },
    ]);
    expect(card?.previousReturn).toEqual({
      comment: "Уточните",
      marks: [{ questionCode: "total", reason: "Опечатка?" }],
    });
    await acceptSubmission(db.prisma, id, coordinator, new Date("2026-11-28T00:00:00Z"));

    const history = await versionHistory(db.prisma, id);
    expect(history.map((v) => [v.version, v.submittedBy?.fullName, v.changes.length])).toEqual([
      [1, "Иванова Мария Петровна", 0],
      [2, "Петров Олег Ильич", 1],
    ]);
    expect(history[0]?.reviews).toEqual([
      expect.objectContaining({ decision: "return", comment: "Уточните" }),
    ]);
    expect(history[1]?.reviews.map((r) => r.decision)).toEqual(["accept"]);
  });

  it("needs a comment, and after closing lets the school fix it for three days", async () => {
    const id = await submitted(world.schools.lyceum.id, world.people.lyceumDeputy.id);
    const coordinator = world.people.coordinator.id;
    expect(
      await refusal(
        returnSubmission(db.prisma, id, coordinator, { comment: "  ", marks: [] }, REVIEWED_AT),
      ),
    ).toBe("comment-required");
    expect(
      await refusal(
        returnSubmission(
          db.prisma,
          id,
          coordinator,
          { comment: "Да", marks: [{ questionCode: "nope", reason: "?" }] },
          REVIEWED_AT,
        ),
      ),
    ).toBe("unknown-question");
    await closeCampaign(db.prisma, campaignId, { kind: "cli" }, REVIEWED_AT);
    await returnSubmission(
      db.prisma,
      id,
      coordinator,
      { comment: "Исправьте", marks: [] },
      REVIEWED_AT,
    );
    const submission = await db.prisma.submission.findUniqueOrThrow({ where: { id } });
    expect(submission.reopenedUntil?.toISOString()).toBe("2026-11-29T00:00:00.000Z");
    const editable = await saveAnswer(
      db,
      id,
      "total",
      { value: 41, skipped: false },
      world.people.lyceumDeputy.id,
      { now: new Date("2026-11-28T00:00:00Z") },
    );
    expect(editable.ok).toBe(true);
  });
});

describe("reopening one school after closing", () => {
  it("creates the draft for a school that never started and refuses a past date or another scope", async () => {
    await closeCampaign(db.prisma, campaignId, { kind: "cli" }, REVIEWED_AT);
    const until = new Date("2026-12-10T00:00:00Z");
    expect(
      await refusal(
        reopenForSchool(
          db.prisma,
          campaignId,
          world.schools.rural.id,
          world.people.coordinator.id,
          REVIEWED_AT,
          REVIEWED_AT,
        ),
      ),
    ).toBe("until-past");
    expect(
      await refusal(
        reopenForSchool(
          db.prisma,
          campaignId,
          world.schools.rural.id,
          world.people.talentsCoordinator.id,
          until,
          REVIEWED_AT,
        ),
      ),
    ).toBe("out-of-scope");
    const { submissionId, notified } = await reopenForSchool(
      db.prisma,
      campaignId,
      world.schools.rural.id,
      world.people.coordinator.id,
      until,
      REVIEWED_AT,
    );
    expect(notified).toBe(1);
    const opened = await openSubmission(
      db.prisma,
      campaignId,
      world.schools.rural.id,
      world.people.ruralDirector.id,
      REVIEWED_AT,
    );
    expect(opened).toMatchObject({ submissionId, status: "draft", editable: true });
  });
});

describe("review digests", () => {
  it("sends a coordinator who chose a digest one summary a day from 9:00 local time", async () => {
    const coordinator = world.people.coordinator.id;
    await db.prisma.person.update({ where: { id: coordinator }, data: { reviewMode: "digest" } });
    await submitted(world.schools.lyceum.id, world.people.lyceumDeputy.id);
    expect(await outboxOf(db.prisma, coordinator)).toEqual([]);
    // 08:00 and 09:30 on Sakhalin (UTC+11).
    expect(await sendReviewDigests(db.prisma, new Date("2026-11-25T21:00:00Z"))).toBe(0);
    expect(await sendReviewDigests(db.prisma, new Date("2026-11-25T22:30:00Z"))).toBe(1);
    expect(await sendReviewDigests(db.prisma, new Date("2026-11-25T23:30:00Z"))).toBe(0);
    const [digest] = await outboxOf(db.prisma, coordinator);
    expect(digest).toMatchObject({
      key: "review-digest",
      params: { count: 1, fresh: 1, late: 0, warnings: 0 },
      buttons: [[{ action: { kind: "review-queue" } }]],
    });
    // The next morning it reminds of what still waits; none new since.
    expect(await sendReviewDigests(db.prisma, new Date("2026-11-26T22:30:00Z"))).toBe(1);
    expect((await outboxOf(db.prisma, coordinator))[1]?.params).toMatchObject({
      count: 1,
      fresh: 0,
    });
  });
});
