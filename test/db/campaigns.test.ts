import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  CampaignError,
  campaignCompletion,
  closeCampaign,
  closeDueCampaigns,
  createCampaign,
  listCampaigns,
  moveDeadline,
  type NewCampaign,
  openCampaign,
  selectTargetSchools,
} from "../../src/db/campaigns/campaigns.ts";
import { claimDueMessages } from "../../src/db/outbox.ts";
import {
  openSubmission,
  saveAnswer,
  submitSubmission,
} from "../../src/db/submissions/submissions.ts";
import { createTranslator } from "../../src/i18n/translator.ts";
import { startCampaignCloser } from "../../src/jobs/campaign-closer.ts";
import { renderMessage } from "../../src/jobs/outbox-sender.ts";
import { createLogger } from "../../src/logger.ts";
import { createTestDatabase, type TestDatabase } from "../support/database.ts";
import {
  buildMonitoringWorld,
  type MonitoringWorld,
  openTeachersCampaign,
  outboxOf,
} from "./monitoring-world.ts";

let db: TestDatabase;
let world: MonitoringWorld;
beforeEach(async () => {
  db = await createTestDatabase();
  world = await buildMonitoringWorld(db.prisma);
});
afterEach(() => db.destroy());

const NOW = new Date("2026-11-20T00:00:00Z");
const cli = { kind: "cli" } as const;

function input(overrides: Partial<NewCampaign> = {}): NewCampaign {
  return {
    formId: world.form.id,
    periodCode: "2026-27",
    municipalityId: world.municipality.id,
    selection: { kind: "all" },
    deadlineLocal: "2026-12-01 18:00",
    now: NOW,
    ...overrides,
  };
}

async function refusal(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(CampaignError);
  return (error as CampaignError).reason;
}

/** The lyceum's deputy answers every question of the teachers' form (not yet submitted). */
async function answerLyceum(campaignId: number) {
  const { lyceumDeputy } = world.people;
  const opened = await openSubmission(
    db.prisma,
    campaignId,
    world.schools.lyceum.id,
    lyceumDeputy.id,
  );
  for (const [code, value] of [
    ["total", 40],
    ["diagnosed", 20],
    ["has_plan", true],
  ] as const)
    await saveAnswer(db, opened.submissionId, code, { value, skipped: false }, lyceumDeputy.id);
  return opened;
}

describe("target schools", () => {
  const codes = async (formId: number, selection: Parameters<typeof selectTargetSchools>[3]) =>
    (await selectTargetSchools(db.prisma, world.municipality.id, formId, selection)).map(
      (school) => school.code,
    );

  it("takes every active school of the form's types for 'all'", async () => {
    expect(await codes(world.form.id, { kind: "all" })).toEqual(["ugl-01", "ugl-02"]);
    // The olympiads form names no school types: kindergartens answer it too.
    expect(await codes(world.talentsForm.id, { kind: "all" })).toEqual([
      "ugl-01",
      "ugl-02",
      "ugl-03",
    ]);
  });

  it("selects by type and by flag, still within the form's types", async () => {
    expect(await codes(world.form.id, { kind: "type", schoolType: "kindergarten" })).toEqual([]);
    expect(await codes(world.talentsForm.id, { kind: "type", schoolType: "kindergarten" })).toEqual(
      ["ugl-03"],
    );
    expect(await codes(world.form.id, { kind: "flag", flag: "lowResults" })).toEqual(["ugl-02"]);
    expect(await codes(world.form.id, { kind: "flag", flag: "unfavourableConditions" })).toEqual(
      [],
    );
  });

  it("keeps only active schools of the form's types among the picked ones", async () => {
    const { lyceum, kindergarten, closedSchool } = world.schools;
    expect(
      await codes(world.form.id, {
        kind: "picked",
        schoolIds: [lyceum.id, kindergarten.id, closedSchool.id],
      }),
    ).toEqual(["ugl-01"]);
  });
});

describe("creating a campaign", () => {
  it("stores the local deadline of a Sakhalin municipality as the UTC instant", async () => {
    const campaign = await createCampaign(
      db.prisma,
      input({ closesAtLocal: "2026-12-05 09:30" }),
      cli,
    );
    expect(campaign.deadlineAt.toISOString()).toBe("2026-12-01T07:00:00.000Z");
    expect(campaign.closesAt?.toISOString()).toBe("2026-12-04T22:30:00.000Z");
    expect(campaign.status).toBe("draft");
    const targets = await db.prisma.campaignSchool.findMany({ where: { campaignId: campaign.id } });
    expect(targets.map((t) => t.schoolId).sort()).toEqual(
      [world.schools.lyceum.id, world.schools.rural.id].sort(),
    );
    const period = await db.prisma.period.findUniqueOrThrow({ where: { id: campaign.periodId } });
    expect(period.code).toBe("2026-27");
    const audit = await db.prisma.auditEvent.findFirstOrThrow({
      where: { action: "campaign.created" },
    });
    expect(JSON.parse(audit.data)).toMatchObject({ formCode: "teachers", schools: 2 });
  });

  it("refuses a second campaign for the same form, period and municipality", async () => {
    await createCampaign(db.prisma, input(), cli);
    expect(
      await refusal(createCampaign(db.prisma, input({ deadlineLocal: "2026-12-10 18:00" }), cli)),
    ).toBe("duplicate");
    expect(await db.prisma.campaign.count()).toBe(1);
  });

  it("refuses a period of another kind, a past or malformed deadline, early closing and no schools", async () => {
    expect(await refusal(createCampaign(db.prisma, input({ periodCode: "2026-Q4" }), cli))).toBe(
      "period-kind",
    );
    expect(await refusal(createCampaign(db.prisma, input({ periodCode: "26-27" }), cli))).toBe(
      "period-invalid",
    );
    expect(
      await refusal(createCampaign(db.prisma, input({ deadlineLocal: "2026-11-19 18:00" }), cli)),
    ).toBe("deadline-past");
    expect(
      await refusal(createCampaign(db.prisma, input({ deadlineLocal: "1 декабря" }), cli)),
    ).toBe("deadline-invalid");
    expect(
      await refusal(createCampaign(db.prisma, input({ closesAtLocal: "2026-12-01 17:00" }), cli)),
    ).toBe("closes-before-deadline");
    expect(
      await refusal(
        createCampaign(
          db.prisma,
          input({ selection: { kind: "type", schoolType: "kindergarten" } }),
          cli,
        ),
      ),
    ).toBe("no-targets");
    expect(await db.prisma.campaign.count()).toBe(0);
  });
});

describe("opening a campaign", () => {
  it("tells each school's deputies, or its director where it has no deputy", async () => {
    const campaign = await createCampaign(db.prisma, input(), cli);
    const result = await openCampaign(db.prisma, campaign.id, cli, NOW);
    expect(result).toEqual({ notified: 3, schoolsWithoutPeople: [] });
    const { lyceumDeputy, lyceumDeputy2, lyceumDirector, ruralDirector } = world.people;
    expect(await outboxOf(db.prisma, lyceumDirector.id)).toEqual([]);
    for (const person of [lyceumDeputy, lyceumDeputy2])
      expect((await outboxOf(db.prisma, person.id)).map((m) => m.key)).toEqual(["campaign-opened"]);
    const [message] = await outboxOf(db.prisma, ruralDirector.id);
    expect(message?.params.school).toBe("СОШ с. Бошняково");
    expect(message?.buttons).toEqual([
      [
        {
          kind: "action",
          labelKey: "campaign-button-fill",
          action: { kind: "open-form", campaignId: campaign.id, schoolId: world.schools.rural.id },
        },
      ],
    ]);
    const opened = await db.prisma.campaign.findUniqueOrThrow({ where: { id: campaign.id } });
    expect(opened).toMatchObject({ status: "open", openedAt: NOW });
    expect(await refusal(openCampaign(db.prisma, campaign.id, cli, NOW))).toBe("not-draft");
  });

  it("shows the deadline on the municipality's clock in each recipient's language", async () => {
    await db.prisma.person.update({
      where: { id: world.people.lyceumDeputy2.id },
      data: { language: "en" },
    });
    await openTeachersCampaign(db.prisma, world);
    const translate = createTranslator();
    const texts = (
      await claimDueMessages(db, { holder: "test", now: new Date(), leaseMs: 60_000, limit: 10 })
    ).map((due) => {
      if ("unreadable" in due.message) throw new Error(due.message.unreadable);
      return {
        personId: due.person.id,
        text: renderMessage(translate, due.person.language, due.message).text,
      };
    });
    const ru = texts.find((m) => m.personId === world.people.lyceumDeputy.id)?.text;
    const en = texts.find((m) => m.personId === world.people.lyceumDeputy2.id)?.text;
    expect(ru).toContain("Форма: «Профессиональное развитие педагогов»");
    expect(ru).toContain("Период: 2026/27 учебный год");
    expect(ru).toContain("Срок сдачи: 1 декабря 2026 г. в 18:00 (местное время)");
    expect(en).toContain("Form: “Teachers' professional development”");
    expect(en).toContain("Period: 2026/27 school year");
    expect(en).toContain("Deadline: 1 December 2026 at 18:00 (local time)");
  });

  it("reports the schools nobody could be told about", async () => {
    await db.prisma.roleAssignment.updateMany({
      where: { schoolId: world.schools.rural.id },
      data: { revokedAt: NOW },
    });
    const campaign = await createCampaign(db.prisma, input(), cli);
    expect(await openCampaign(db.prisma, campaign.id, cli, NOW)).toEqual({
      notified: 2,
      schoolsWithoutPeople: [world.schools.rural.id],
    });
  });
});

describe("closing and moving the deadline", () => {
  it("closes the open campaigns whose closing time has come, once", async () => {
    const due = await openTeachersCampaign(db.prisma, world, { closesAtLocal: "2026-12-03 18:00" });
    const later = await createCampaign(
      db.prisma,
      input({ formId: world.talentsForm.id, closesAtLocal: "2026-12-20 18:00" }),
      cli,
    );
    await openCampaign(db.prisma, later.id, cli, NOW);
    const draft = await createCampaign(
      db.prisma,
      input({ periodCode: "2027-28", closesAtLocal: "2026-12-02 18:00" }),
      cli,
    );
    const at = new Date("2026-12-03T08:00:00Z");
    expect(await closeDueCampaigns(db.prisma, at)).toBe(1);
    expect(await closeDueCampaigns(db.prisma, at)).toBe(0);
    const statuses = await db.prisma.campaign.findMany({ orderBy: { id: "asc" } });
    expect(statuses.map((c) => [c.id, c.status])).toEqual([
      [due.id, "closed"],
      [later.id, "open"],
      [draft.id, "draft"],
    ]);
    expect(statuses[0]?.closedAt).toEqual(at);
    const audit = await db.prisma.auditEvent.findFirstOrThrow({
      where: { action: "campaign.closed" },
    });
    expect(audit.actorKind).toBe("system");
    expect(await refusal(closeCampaign(db.prisma, due.id, cli))).toBe("not-open");
  });

  it("runs as a job that closes due campaigns on its clock", async () => {
    const campaign = await openTeachersCampaign(db.prisma, world, {
      closesAtLocal: "2026-12-03 18:00",
    });
    const closer = startCampaignCloser({
      db,
      instanceId: "test",
      logger: createLogger("silent"),
      intervalMs: 10,
      now: () => new Date("2026-12-04T00:00:00Z"),
    });
    await expect
      .poll(
        async () =>
          (await db.prisma.campaign.findUniqueOrThrow({ where: { id: campaign.id } })).status,
      )
      .toBe("closed");
    await closer.stop();
  });

  it("tells the schools that never sent their report when the campaign closes, no one else", async () => {
    const campaign = await openTeachersCampaign(db.prisma, world);
    const { lyceumDeputy } = world.people;
    const opened = await answerLyceum(campaign.id);
    await submitSubmission(
      db.prisma,
      opened.submissionId,
      lyceumDeputy.id,
      new Date("2026-11-30T00:00:00Z"),
    );
    await db.prisma.outboxMessage.deleteMany();

    await closeCampaign(db.prisma, campaign.id, cli);
    expect(await outboxOf(db.prisma, lyceumDeputy.id)).toEqual([]);
    const [notice] = await outboxOf(db.prisma, world.people.ruralDirector.id);
    expect(notice?.key).toBe("campaign-closed-unsubmitted");
    expect(notice?.buttons).toEqual([]);
    const text = renderMessage(createTranslator(), "ru", notice as never);
    expect(text.text).toContain("закрыт");
    const audit = await db.prisma.auditEvent.findFirstOrThrow({
      where: { action: "campaign.closed" },
    });
    const targets = await db.prisma.campaignSchool.count({ where: { campaignId: campaign.id } });
    expect(JSON.parse(audit.data)).toMatchObject({ unsubmitted: targets - 1 });
  });

  it("moves the deadline, tells the schools not yet accepted and recomputes late flags", async () => {
    const campaign = await openTeachersCampaign(db.prisma, world);
    const { lyceumDeputy } = world.people;
    const opened = await answerLyceum(campaign.id);
    const late = await submitSubmission(
      db.prisma,
      opened.submissionId,
      lyceumDeputy.id,
      new Date("2026-12-02T00:00:00Z"),
    );
    expect(late.late).toBe(true);
    await db.prisma.outboxMessage.deleteMany();

    const { notified } = await moveDeadline(db.prisma, campaign.id, "2026-12-10 18:00", cli, {
      now: new Date("2026-12-02T01:00:00Z"),
    });
    expect(notified).toBe(3);
    const moved = await db.prisma.campaign.findUniqueOrThrow({ where: { id: campaign.id } });
    expect(moved.deadlineAt.toISOString()).toBe("2026-12-10T07:00:00.000Z");
    const [message] = await outboxOf(db.prisma, world.people.ruralDirector.id);
    expect(message?.key).toBe("campaign-deadline-moved");
    expect(message?.params.previous).toEqual({
      date: "2026-12-01T07:00:00.000Z",
      timezone: "Asia/Sakhalin",
    });
    const submission = await db.prisma.submission.findUniqueOrThrow({
      where: { id: opened.submissionId },
    });
    expect(submission.late).toBe(false);
  });
});

describe("listing campaigns", () => {
  it("lists a municipality's campaigns with completion by status", async () => {
    const campaign = await openTeachersCampaign(db.prisma, world);
    await openSubmission(
      db.prisma,
      campaign.id,
      world.schools.lyceum.id,
      world.people.lyceumDeputy.id,
    );
    const [summary] = await listCampaigns(db.prisma, world.municipality.id, { status: "open" });
    expect(summary).toMatchObject({
      id: campaign.id,
      formCode: "teachers",
      periodCode: "2026-27",
      timezone: "Asia/Sakhalin",
      directionCode: "quality",
      completion: { targets: 2, not_started: 1, draft: 1, submitted: 0, accepted: 0, late: 0 },
    });
    expect(await listCampaigns(db.prisma, world.municipality.id, { status: "closed" })).toEqual([]);
    expect(
      await listCampaigns(db.prisma, world.municipality.id, { directionCodes: ["talents"] }),
    ).toEqual([]);
    expect(await campaignCompletion(db.prisma, campaign.id)).toEqual(summary?.completion);
  });
});
