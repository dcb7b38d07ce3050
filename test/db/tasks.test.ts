import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { closeCampaign, createCampaign, openCampaign } from "../../src/db/campaigns/campaigns.ts";
import { listTasks } from "../../src/db/campaigns/tasks.ts";
import {
  acceptSubmission,
  reopenForSchool,
  returnSubmission,
} from "../../src/db/reviews/reviews.ts";
import {
  openSubmission,
  saveAnswer,
  submitSubmission,
} from "../../src/db/submissions/submissions.ts";
import { createTestDatabase, type TestDatabase } from "../support/database.ts";
import {
  buildMonitoringWorld,
  type MonitoringWorld,
  openTeachersCampaign,
} from "./monitoring-world.ts";

let db: TestDatabase;
let world: MonitoringWorld;
beforeEach(async () => {
  db = await createTestDatabase();
  world = await buildMonitoringWorld(db.prisma);
});
afterEach(() => db.destroy());

const NOW = new Date("2026-11-21T00:00:00Z");

/** The olympiads form for 2026-27, due earlier than the teachers' form (28 November). */
async function openOlympiads() {
  const campaign = await createCampaign(
    db.prisma,
    {
      formId: world.talentsForm.id,
      periodCode: "2026-27",
      municipalityId: world.municipality.id,
      selection: { kind: "all" },
      deadlineLocal: "2026-11-28 12:00",
      now: NOW,
    },
    { kind: "cli" },
  );
  await openCampaign(db.prisma, campaign.id, { kind: "cli" }, NOW);
  return campaign;
}

async function submitTeachers(campaignId: number, personId: number, at: Date) {
  const { submissionId } = await openSubmission(
    db.prisma,
    campaignId,
    world.schools.lyceum.id,
    personId,
  );
  for (const [code, value] of [
    ["total", 40],
    ["diagnosed", 20],
    ["has_plan", true],
  ] as const)
    await saveAnswer(db, submissionId, code, { value, skipped: false }, personId);
  await submitSubmission(db.prisma, submissionId, personId, at);
  return submissionId;
}

describe("my tasks", () => {
  it("lists the open campaigns of the person's schools, soonest deadline first", async () => {
    const teachers = await openTeachersCampaign(db.prisma, world);
    const olympiads = await openOlympiads();
    const tasks = await listTasks(db.prisma, world.people.lyceumDeputy.id, NOW);
    expect(tasks).toEqual([
      {
        campaignId: olympiads.id,
        submissionId: null,
        schoolId: world.schools.lyceum.id,
        schoolName: "Лицей № 1",
        formTitle: "Олимпиады",
        formTitleEn: "Olympiads",
        periodCode: "2026-27",
        deadlineAt: new Date("2026-11-28T01:00:00Z"),
        timezone: "Asia/Sakhalin",
        status: "not_started",
        late: false,
        reopenedUntil: null,
      },
      expect.objectContaining({
        campaignId: teachers.id,
        deadlineAt: new Date("2026-12-01T07:00:00Z"),
        status: "not_started",
      }),
    ]);
    // A director sees the same tasks of the school; people of other schools see theirs.
    expect((await listTasks(db.prisma, world.people.lyceumDirector.id, NOW)).length).toBe(2);
    expect(
      (await listTasks(db.prisma, world.people.ruralDirector.id, NOW)).map((t) => t.schoolName),
    ).toEqual(["СОШ с. Бошняково", "СОШ с. Бошняково"]);
    expect(await listTasks(db.prisma, world.people.coordinator.id, NOW)).toEqual([]);
  });

  it("follows the submission through draft, submitted, returned and accepted", async () => {
    const campaign = await openTeachersCampaign(db.prisma, world);
    const deputy = world.people.lyceumDeputy.id;
    const status = async (now = NOW) =>
      (await listTasks(db.prisma, deputy, now)).map((task) => [task.status, task.late]);

    const { submissionId } = await openSubmission(
      db.prisma,
      campaign.id,
      world.schools.lyceum.id,
      deputy,
    );
    expect(await status()).toEqual([["draft", false]]);
    // Past the deadline an unsubmitted task is late.
    expect(await status(new Date("2026-12-02T00:00:00Z"))).toEqual([["draft", true]]);
    await submitTeachers(campaign.id, deputy, new Date("2026-11-25T00:00:00Z"));
    expect(await status()).toEqual([["submitted", false]]);
    const coordinator = world.people.coordinator.id;
    await returnSubmission(
      db.prisma,
      submissionId,
      coordinator,
      { comment: "Уточните", marks: [] },
      NOW,
    );
    expect(await status()).toEqual([["returned", false]]);
    await saveAnswer(db, submissionId, "total", { value: 41, skipped: false }, deputy);
    await submitSubmission(db.prisma, submissionId, deputy, new Date("2026-12-02T00:00:00Z"));
    await acceptSubmission(db.prisma, submissionId, coordinator, new Date("2026-12-02T01:00:00Z"));
    expect(await status(new Date("2026-12-02T02:00:00Z"))).toEqual([["accepted", true]]);
  });

  it("drops closed campaigns, except where a coordinator reopened the school", async () => {
    const campaign = await openTeachersCampaign(db.prisma, world);
    await closeCampaign(db.prisma, campaign.id, { kind: "cli" }, NOW);
    expect(await listTasks(db.prisma, world.people.lyceumDeputy.id, NOW)).toEqual([]);
    const until = new Date("2026-12-10T00:00:00Z");
    await reopenForSchool(
      db.prisma,
      campaign.id,
      world.schools.rural.id,
      world.people.coordinator.id,
      until,
      NOW,
    );
    expect(await listTasks(db.prisma, world.people.lyceumDeputy.id, NOW)).toEqual([]);
    const [task] = await listTasks(db.prisma, world.people.ruralDirector.id, NOW);
    expect(task).toMatchObject({ status: "draft", reopenedUntil: until });
    expect(await listTasks(db.prisma, world.people.ruralDirector.id, until)).toEqual([]);
  });
});
