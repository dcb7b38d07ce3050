import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { closeCampaign } from "../../src/db/campaigns/campaigns.ts";
import { reopenForSchool } from "../../src/db/reviews/reviews.ts";
import {
  municipalValues,
  previousPeriodValues,
} from "../../src/db/submissions/monitoring-context.ts";
import {
  lastTouchedBy,
  loadAnswers,
  openSubmission,
  SubmissionError,
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
  await db.prisma.outboxMessage.deleteMany();
});
afterEach(() => db.destroy());

const BEFORE_DEADLINE = new Date("2026-11-25T00:00:00Z");
const AFTER_DEADLINE = new Date("2026-12-01T08:00:00Z");

async function openLyceum(personId = world.people.lyceumDeputy.id) {
  return openSubmission(db.prisma, campaignId, world.schools.lyceum.id, personId);
}

async function fill(submissionId: number, personId = world.people.lyceumDeputy.id) {
  for (const [code, value] of [
    ["total", 40],
    ["diagnosed", 20],
    ["has_plan", true],
  ] as const)
    expect((await saveAnswer(db, submissionId, code, { value, skipped: false }, personId)).ok).toBe(
      true,
    );
  await saveAnswer(db, submissionId, "note", { value: null, skipped: true }, personId);
}

async function reason(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(SubmissionError);
  return (error as SubmissionError).reason;
}

describe("opening a submission", () => {
  it("creates one shared draft on first open, with the form without retired questions", async () => {
    const first = await openLyceum();
    const second = await openLyceum(world.people.lyceumDirector.id);
    expect(second.submissionId).toBe(first.submissionId);
    expect(first).toMatchObject({
      status: "draft",
      editable: true,
      returnedCodes: [],
      answers: {},
    });
    expect(first.formDef.questions.map((q) => q.code)).toEqual([
      "total",
      "diagnosed",
      "has_plan",
      "note",
    ]);
    expect(first.formDef.rules).toEqual([
      { kind: "lte", left: "diagnosed", right: "total", severity: "error" },
    ]);
    expect(await db.prisma.submission.count()).toBe(1);
    expect(await db.prisma.auditEvent.count({ where: { action: "submission.started" } })).toBe(1);
  });

  it("refuses people of other schools and schools the campaign does not ask", async () => {
    expect(await reason(openLyceum(world.people.ruralDirector.id))).toBe("forbidden");
    expect(
      await reason(
        openSubmission(
          db.prisma,
          campaignId,
          world.schools.kindergarten.id,
          world.people.lyceumDeputy.id,
        ),
      ),
    ).toBe("not-target");
  });
});

describe("saving answers", () => {
  it("saves each answer at once in the stored JSON encoding and marks who touched the draft", async () => {
    const { submissionId } = await openLyceum();
    const saved = await saveAnswer(
      db,
      submissionId,
      "total",
      { value: 40, skipped: false },
      world.people.lyceumDeputy2.id,
    );
    expect(saved.ok && saved.answer).toMatchObject({
      value: 40,
      skipped: false,
      answeredById: world.people.lyceumDeputy2.id,
    });
    await saveAnswer(
      db,
      submissionId,
      "note",
      { value: null, skipped: true },
      world.people.lyceumDeputy2.id,
    );
    const rows = await db.prisma.answer.findMany({ orderBy: { id: "asc" } });
    expect(rows.map((row) => [row.value, row.skipped])).toEqual([
      ["40", false],
      [null, true],
    ]);
    expect((await loadAnswers(db.prisma, submissionId)).note).toMatchObject({
      value: null,
      skipped: true,
    });
    expect(await lastTouchedBy(db.prisma, submissionId)).toMatchObject({
      personId: world.people.lyceumDeputy2.id,
      fullName: "Петров Олег Ильич",
    });
    expect(
      await reason(
        saveAnswer(
          db,
          submissionId,
          "old",
          { value: 1, skipped: false },
          world.people.lyceumDeputy.id,
        ),
      ),
    ).toBe("unknown-question");
  });

  it("refuses to overwrite an answer another person changed since it was read", async () => {
    const { submissionId } = await openLyceum();
    const { lyceumDeputy: maria, lyceumDeputy2: oleg } = world.people;
    // Maria sees no answer yet; Oleg answers first.
    const olegs = await saveAnswer(
      db,
      submissionId,
      "total",
      { value: 40, skipped: false },
      oleg.id,
      {
        expectedUpdatedAt: null,
      },
    );
    const conflict = await saveAnswer(
      db,
      submissionId,
      "total",
      { value: 42, skipped: false },
      maria.id,
      { expectedUpdatedAt: null },
    );
    expect(conflict).toMatchObject({
      ok: false,
      reason: "conflict",
      current: { value: 40, answeredById: oleg.id },
      by: { personId: oleg.id, fullName: "Петров Олег Ильич" },
    });
    expect((await loadAnswers(db.prisma, submissionId)).total?.value).toBe(40);

    // Having seen Oleg's answer, Maria may change it.
    const seen = olegs.ok ? olegs.answer.updatedAt : undefined;
    const resolved = await saveAnswer(
      db,
      submissionId,
      "total",
      { value: 42, skipped: false },
      maria.id,
      { expectedUpdatedAt: seen },
    );
    expect(resolved.ok).toBe(true);
    // The same value as the other person's is no conflict: nothing would be lost.
    const same = await saveAnswer(
      db,
      submissionId,
      "total",
      { value: 42, skipped: false },
      oleg.id,
      {
        expectedUpdatedAt: null,
      },
    );
    expect(same.ok).toBe(true);
  });

  it("saves colleagues' answers typed at the same moment, and one question's only once", async () => {
    const { submissionId } = await openLyceum();
    const { lyceumDeputy: maria, lyceumDeputy2: oleg, lyceumDirector: director } = world.people;
    const save = (code: string, value: number | boolean, personId: number) =>
      saveAnswer(db, submissionId, code, { value, skipped: false }, personId, {
        expectedUpdatedAt: null,
      });
    // Three people answer three questions at once, and two of them the same fourth question.
    const results = await Promise.all([
      save("total", 40, maria.id),
      save("diagnosed", 20, oleg.id),
      save("has_plan", true, director.id),
      save("total", 41, oleg.id),
      save("diagnosed", 21, director.id),
    ]);
    const answers = await loadAnswers(db.prisma, submissionId);
    expect([answers.total?.value, answers.diagnosed?.value, answers.has_plan?.value]).toEqual([
      expect.any(Number),
      expect.any(Number),
      true,
    ]);
    // Of two answers to one question, one is saved and the other person hears whose answer won.
    for (const [code, pair] of [
      ["total", [results[0], results[3]]],
      ["diagnosed", [results[1], results[4]]],
    ] as const) {
      const saved = pair.filter((result) => result.ok);
      const refused = pair.filter((result) => !result.ok);
      expect(saved).toHaveLength(1);
      expect(refused).toMatchObject([{ reason: "conflict" }]);
      const winner = saved[0]?.ok ? saved[0].answer : undefined;
      expect(answers[code]).toMatchObject({
        value: winner?.value,
        answeredById: winner?.answeredById,
      });
    }
    // Each saved answer has its audit record, and nothing refused has one.
    expect(await db.prisma.auditEvent.count({ where: { action: "answer.saved" } })).toBe(3);
    expect((await lastTouchedBy(db.prisma, submissionId))?.personId).toBeTypeOf("number");
  });

  it("locks answers when the campaign closes and lets a reopened school edit until the set time", async () => {
    const { submissionId } = await openLyceum();
    await closeCampaign(db.prisma, campaignId, { kind: "cli" });
    // The school had not sent its report: it is told the form closed, with no button to fill it in.
    const [closedNotice] = await outboxOf(db.prisma, world.people.lyceumDeputy.id);
    expect(closedNotice?.key).toBe("campaign-closed-unsubmitted");
    expect(closedNotice?.buttons).toEqual([]);
    const locked = await saveAnswer(
      db,
      submissionId,
      "total",
      { value: 40, skipped: false },
      world.people.lyceumDeputy.id,
      { now: BEFORE_DEADLINE },
    );
    expect(locked).toEqual({ ok: false, reason: "locked" });
    expect((await openLyceum()).editable).toBe(false);

    const until = new Date("2026-12-20T00:00:00Z");
    await reopenForSchool(
      db.prisma,
      campaignId,
      world.schools.lyceum.id,
      world.people.coordinator.id,
      until,
      BEFORE_DEADLINE,
    );
    const notices = await outboxOf(db.prisma, world.people.lyceumDeputy.id);
    expect(notices.map((notice) => notice.key)).toEqual([
      "campaign-closed-unsubmitted",
      "campaign-reopened",
    ]);
    const reopened = await saveAnswer(
      db,
      submissionId,
      "total",
      { value: 40, skipped: false },
      world.people.lyceumDeputy.id,
      { now: BEFORE_DEADLINE },
    );
    expect(reopened.ok).toBe(true);
    const expired = await saveAnswer(
      db,
      submissionId,
      "total",
      { value: 41, skipped: false },
      world.people.lyceumDeputy.id,
      { now: new Date("2026-12-21T00:00:00Z") },
    );
    expect(expired).toEqual({ ok: false, reason: "locked" });
  });

  it("keeps the deputy's warning reason with the answer until the value changes", async () => {
    const { submissionId } = await openLyceum();
    const deputy = world.people.lyceumDeputy.id;
    await saveAnswer(db, submissionId, "total", { value: 400, skipped: false }, deputy);
    expect(
      await saveWarningReason(db.prisma, submissionId, "total", "  Присоединили филиал ", deputy),
    ).toEqual({
      ok: true,
    });
    expect((await loadAnswers(db.prisma, submissionId)).total?.warningReason).toBe(
      "Присоединили филиал",
    );
    await saveAnswer(db, submissionId, "total", { value: 40, skipped: false }, deputy);
    expect((await loadAnswers(db.prisma, submissionId)).total?.warningReason).toBeNull();
    expect(await saveWarningReason(db.prisma, submissionId, "diagnosed", "—", deputy)).toEqual({
      ok: false,
      reason: "no-answer",
    });
  });
});

describe("submitting", () => {
  it("snapshots a version, notifies the coordinators of the form's direction who review one by one", async () => {
    const digest = await db.prisma.person.create({
      data: { fullName: "Орлова Инна", reviewMode: "digest" },
    });
    await db.prisma.roleAssignment.create({
      data: { personId: digest.id, role: "coordinator", municipalityId: world.municipality.id },
    });
    const { submissionId } = await openLyceum();
    await fill(submissionId);
    const result = await submitSubmission(
      db.prisma,
      submissionId,
      world.people.lyceumDeputy.id,
      BEFORE_DEADLINE,
    );
    expect(result).toEqual({ version: 1, late: false, alreadySubmitted: false });
    const version = await db.prisma.submissionVersion.findFirstOrThrow();
    expect(JSON.parse(version.answers)).toEqual({
      total: { value: 40, warningReason: null },
      diagnosed: { value: 20, warningReason: null },
      has_plan: { value: true, warningReason: null },
      note: { value: null, warningReason: null },
    });
    const submission = await db.prisma.submission.findUniqueOrThrow({
      where: { id: submissionId },
    });
    expect(submission).toMatchObject({
      status: "submitted",
      version: 1,
      submittedById: world.people.lyceumDeputy.id,
      submittedAt: BEFORE_DEADLINE,
    });
    const [message, ...rest] = await outboxOf(db.prisma, world.people.coordinator.id);
    expect(rest).toEqual([]);
    expect(message).toMatchObject({
      key: "review-new-submission",
      params: { school: "Лицей № 1", version: 1, late: "no" },
      buttons: [[{ kind: "action", action: { kind: "open-review", submissionId } }]],
    });
    // Scoped to another direction, or reading a digest: nobody else is told now.
    expect(await outboxOf(db.prisma, world.people.talentsCoordinator.id)).toEqual([]);
    expect(await outboxOf(db.prisma, digest.id)).toEqual([]);
    // A second tap on "Submit" submits nothing new.
    expect(
      await submitSubmission(
        db.prisma,
        submissionId,
        world.people.lyceumDeputy.id,
        BEFORE_DEADLINE,
      ),
    ).toEqual({ version: 1, late: false, alreadySubmitted: true });
  });

  it("flags a submission after the local deadline as late", async () => {
    const { submissionId } = await openLyceum();
    await fill(submissionId);
    const result = await submitSubmission(
      db.prisma,
      submissionId,
      world.people.lyceumDeputy.id,
      AFTER_DEADLINE,
    );
    expect(result.late).toBe(true);
    const [message] = await outboxOf(db.prisma, world.people.coordinator.id);
    expect(message?.params.late).toBe("yes");
  });

  it("refuses a submission with unanswered required questions or a broken rule", async () => {
    const { submissionId } = await openLyceum();
    const deputy = world.people.lyceumDeputy.id;
    await saveAnswer(db, submissionId, "total", { value: 40, skipped: false }, deputy);
    expect(await reason(submitSubmission(db.prisma, submissionId, deputy, BEFORE_DEADLINE))).toBe(
      "incomplete",
    );
    await fill(submissionId);
    await saveAnswer(db, submissionId, "diagnosed", { value: 50, skipped: false }, deputy);
    expect(await reason(submitSubmission(db.prisma, submissionId, deputy, BEFORE_DEADLINE))).toBe(
      "incomplete",
    );
  });

  it("turns a changed submission back into a draft that becomes version 2 when resubmitted", async () => {
    const { submissionId } = await openLyceum();
    const deputy = world.people.lyceumDeputy.id;
    await fill(submissionId);
    await submitSubmission(db.prisma, submissionId, deputy, BEFORE_DEADLINE);
    // Saving the same value changes nothing.
    await saveAnswer(db, submissionId, "total", { value: 40, skipped: false }, deputy);
    expect((await openLyceum()).status).toBe("submitted");
    await saveAnswer(db, submissionId, "total", { value: 41, skipped: false }, deputy);
    expect((await openLyceum()).status).toBe("draft");
    expect(await submitSubmission(db.prisma, submissionId, deputy, BEFORE_DEADLINE)).toMatchObject({
      version: 2,
    });
    expect(await db.prisma.submissionVersion.count({ where: { submissionId } })).toBe(2);
  });
});

describe("monitoring context", () => {
  it("gives last period's accepted values and the other schools' values this campaign", async () => {
    const { submissionId } = await openLyceum();
    await fill(submissionId);
    await submitSubmission(db.prisma, submissionId, world.people.lyceumDeputy.id, BEFORE_DEADLINE);
    const campaign = await db.prisma.campaign.findUniqueOrThrow({ where: { id: campaignId } });
    expect(await municipalValues(db.prisma, campaignId, world.schools.rural.id)).toEqual({
      teachers_total: [40],
      teachers_diagnosed: [20],
    });
    expect(await municipalValues(db.prisma, campaignId, world.schools.lyceum.id)).toEqual({});

    // The same school a year later sees these as its previous values once accepted.
    await db.prisma.submission.update({
      where: { id: submissionId },
      data: { status: "accepted" },
    });
    const next = await db.prisma.period.create({
      data: {
        code: "2027-28",
        kind: "school_year",
        startsOn: new Date("2027-09-01T00:00:00Z"),
        endsOn: new Date("2028-08-31T00:00:00Z"),
        previousId: campaign.periodId,
      },
    });
    expect(
      await previousPeriodValues(db.prisma, world.schools.lyceum.id, world.form.id, next.id),
    ).toEqual({ teachers_total: 40, teachers_diagnosed: 20 });
    expect(
      await previousPeriodValues(
        db.prisma,
        world.schools.lyceum.id,
        world.form.id,
        campaign.periodId,
      ),
    ).toEqual({});
  });
});
