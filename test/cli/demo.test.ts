import { readdirSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { demoCommand } from "../../src/cli/demo-command.ts";
import type { Db } from "../../src/db/client.ts";
import { createTestCliContext } from "../support/cli-context.ts";
import { createTestDatabase, type TestDatabase } from "../support/database.ts";

// Each run imports the catalog and writes about 150 submissions: seconds, not milliseconds.
const SLOW = 120_000;

let db: TestDatabase;
beforeEach(async () => {
  db = await createTestDatabase();
});
afterEach(async () => {
  await db.destroy();
});

async function counts(prisma: Db) {
  return {
    municipalities: await prisma.municipality.count(),
    schools: await prisma.school.count(),
    people: await prisma.person.count(),
    invites: await prisma.invite.count(),
    periods: await prisma.period.count(),
    campaigns: await prisma.campaign.count(),
    targets: await prisma.campaignSchool.count(),
    submissions: await prisma.submission.count(),
    answers: await prisma.answer.count(),
    versions: await prisma.submissionVersion.count(),
    reviews: await prisma.review.count(),
    indicatorValues: await prisma.indicatorValue.count(),
  };
}

describe("demo", () => {
  it(
    "builds schools, people, two closed periods per form and indicators, and a re-run changes no counts",
    async () => {
      const ctx = createTestCliContext(db);

      expect(await demoCommand.run([], ctx)).toBe(0);

      const prisma = db.prisma;
      const municipality = await prisma.municipality.findUniqueOrThrow({ where: { code: "demo" } });
      expect(municipality.timezone).toBe("Asia/Yekaterinburg");
      const schools = await prisma.school.findMany();
      expect(schools).toHaveLength(12);
      expect(new Set(schools.map((school) => school.type))).toEqual(
        new Set(["general", "kindergarten", "additional"]),
      );
      expect(schools.some((school) => school.lowResults)).toBe(true);
      expect(schools.some((school) => school.unfavourableConditions)).toBe(true);

      // A coordinator, and a director and a deputy per school, each with an invite made for them.
      expect(await prisma.person.count({ where: { telegramId: null } })).toBe(25);
      expect(await prisma.invite.count({ where: { role: "coordinator", schoolId: null } })).toBe(1);
      expect(await prisma.invite.count({ where: { role: "director" } })).toBe(12);
      expect(await prisma.invite.count({ where: { role: "deputy" } })).toBe(12);

      const schoolYears = await prisma.period.findMany({
        where: { kind: "school_year" },
        orderBy: { startsOn: "asc" },
      });
      expect(schoolYears).toHaveLength(2);
      expect(schoolYears[1]?.previousId).toBe(schoolYears[0]?.id);
      const periods = await prisma.period.findMany();
      for (const kind of new Set(periods.map((period) => period.kind)))
        expect(
          periods.filter((period) => period.kind === kind && period.previousId !== null),
        ).toHaveLength(1);

      const campaigns = await prisma.campaign.findMany({
        include: { targets: true, submissions: true },
      });
      expect(campaigns.length).toBeGreaterThanOrEqual(periods.length);
      for (const campaign of campaigns) {
        expect(campaign.status).toBe("closed");
        expect(campaign.closedAt?.getTime()).toBeLessThan(Date.now());
        expect(campaign.submissions.map((submission) => submission.schoolId).sort()).toEqual(
          campaign.targets.map((target) => target.schoolId).sort(),
        );
      }
      const submissions = await prisma.submission.findMany({
        include: { reviews: true, versions: true, answers: true },
      });
      expect(submissions.length).toBeGreaterThan(100);
      for (const submission of submissions) {
        expect(submission.status).toBe("accepted");
        expect(submission.answers.length).toBeGreaterThan(0);
        expect(submission.versions.map((version) => version.version)).toContain(submission.version);
        expect(submission.reviews.at(-1)).toMatchObject({
          decision: "accept",
          version: submission.version,
        });
      }
      // Kindergartens answer only the forms that fit them.
      const kindergarten = schools.find((school) => school.type === "kindergarten");
      const kindergartenForms = await prisma.campaign.findMany({
        where: { targets: { some: { schoolId: kindergarten?.id } } },
        include: { form: true },
      });
      expect(kindergartenForms.map((campaign) => campaign.form.code)).not.toContain(
        "student-preparation",
      );

      const values = await prisma.indicatorValue.findMany({ include: { indicator: true } });
      expect(values.length).toBeGreaterThan(200);
      const share = values.filter((value) => value.indicator.unit === "percent");
      for (const value of share) {
        expect(value.value).toBeGreaterThanOrEqual(0);
        expect(value.value).toBeLessThanOrEqual(100);
      }

      const output = ctx.output();
      expect(output).toContain("организаций: 12; людей: 25");
      expect(output).toMatch(
        /Директор\s+Лицей № 1\s+Галиев Ринат Маратович\s+https:\/\/t\.me\/msoko_test_bot\?start=[A-Za-z0-9_-]{24}/,
      );
      expect(readdirSync(join(db.filesDir, "invites"))).toHaveLength(25);

      const before = await counts(prisma);
      const valuesBefore = await prisma.indicatorValue.findMany({
        orderBy: { id: "asc" },
        select: { id: true, value: true },
      });
      const second = createTestCliContext(db);
      expect(await demoCommand.run([], second)).toBe(0);
      expect(await counts(prisma)).toEqual(before);
      expect(
        await prisma.indicatorValue.findMany({
          orderBy: { id: "asc" },
          select: { id: true, value: true },
        }),
      ).toEqual(valuesBefore);
      expect(second.output()).toContain("(добавлено сейчас: 0)");
      expect(second.output()).toContain("приглашение #2 выдано ранее");
      expect(second.output()).toContain("npm run cli -- demo --reissue");
    },
    SLOW,
  );

  it(
    "uses the given time zone for deadlines, prints codes when the bot has no username, and answers as anywhere else",
    async () => {
      const ctx = createTestCliContext(db, { env: { BOT_USERNAME: "" } });

      expect(await demoCommand.run(["--timezone", "Asia/Sakhalin"], ctx)).toBe(0);

      expect(
        (await db.prisma.municipality.findUniqueOrThrow({ where: { code: "demo" } })).timezone,
      ).toBe("Asia/Sakhalin");
      const campaign = await db.prisma.campaign.findFirstOrThrow();
      expect(campaign.deadlineAt.getUTCHours()).toBe(7);
      expect(ctx.output()).toContain("Имя бота неизвестно");
      expect(ctx.output()).toMatch(
        /Директор\s+Лицей № 1\s+Галиев Ринат Маратович\s+[A-Za-z0-9_-]{24}$/m,
      );

      // Seeded by school, form and period: another database gets the very same answers.
      const other = await createTestDatabase();
      try {
        await demoCommand.run([], createTestCliContext(other));
        const answers = (prisma: Db) =>
          prisma.answer.findMany({
            orderBy: [
              { submission: { school: { code: "asc" } } },
              { questionId: "asc" },
              { submissionId: "asc" },
            ],
            select: { value: true, skipped: true, question: { select: { code: true } } },
          });
        expect(await answers(other.prisma)).toEqual(await answers(db.prisma));
      } finally {
        await other.destroy();
      }
    },
    SLOW,
  );

  it("refuses an unknown time zone with exit code 2", async () => {
    const ctx = createTestCliContext(db);

    expect(await demoCommand.run(["--timezone", "MSK"], ctx)).toBe(2);

    expect(ctx.lines[0]).toBe(
      "Ошибка в --timezone: нужен часовой пояс IANA, например Europe/Moscow, Asia/Yekaterinburg или Asia/Sakhalin.",
    );
    expect(await db.prisma.school.count()).toBe(0);
  });
});
