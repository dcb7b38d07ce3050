import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { campaignTimeliness } from "../../src/db/campaigns/campaign-timeliness.ts";
import { closeCampaign } from "../../src/db/campaigns/campaigns.ts";
import { createTestDatabase, type TestDatabase } from "../support/database.ts";
import {
  openTownCampaign,
  reminderTown,
  submitReport,
  townTime,
} from "../support/reminder-town.ts";

let db: TestDatabase;
beforeEach(async () => {
  db = await createTestDatabase();
});
afterEach(() => db.destroy());

describe("completeness and timeliness of a campaign", () => {
  it("names the schools on time, late, returned and not submitted, and keeps the share on time at closing", async () => {
    const town = await reminderTown(db.prisma, {
      code: "T",
      timezone: "Asia/Yekaterinburg",
      schools: 5,
      telegramBase: 40_000,
    });
    const campaign = await openTownCampaign(db.prisma, town, {
      period: "2026-11",
      deadline: "2026-12-11 18:00",
      openedAt: "2026-12-01 10:00",
    });
    const [t1, t2, t3, t4] = town.schools.map((school) => school.id);
    const at = (local: string) => townTime(town, local);
    await submitReport(db.prisma, campaign.id, t1 ?? 0, at("2026-12-11 17:59"));
    await submitReport(db.prisma, campaign.id, t2 ?? 0, at("2026-12-11 18:01"));
    await submitReport(db.prisma, campaign.id, t3 ?? 0, at("2026-12-10 12:00"));
    await db.prisma.submission.update({
      where: { campaignId_schoolId: { campaignId: campaign.id, schoolId: t3 ?? 0 } },
      data: { status: "returned" },
    });
    await db.prisma.submission.create({
      data: { campaignId: campaign.id, schoolId: t4 ?? 0, status: "draft" },
    });
    const names = (list: Array<{ name: string }>) => list.map((school) => school.name);
    const status = await campaignTimeliness(db.prisma, campaign.id);
    expect({
      targets: status.targets,
      onTime: names(status.onTime),
      late: names(status.late),
      returned: names(status.returned),
      notSubmitted: names(status.notSubmitted),
      onTimeShare: status.onTimeShare,
    }).toEqual({
      targets: 5,
      onTime: ["Школа T-1"],
      late: ["Школа T-2"],
      returned: ["Школа T-3"],
      notSubmitted: ["Школа T-4", "Школа T-5"],
      onTimeShare: 0.2,
    });
    await closeCampaign(db.prisma, campaign.id, { kind: "cli" }, at("2026-12-20 10:00"));
    const closed = await db.prisma.campaign.findUniqueOrThrow({ where: { id: campaign.id } });
    expect(closed.onTimeShare).toBeCloseTo(0.2);
    const audit = await db.prisma.auditEvent.findFirstOrThrow({
      where: { action: "campaign.closed", entityId: String(campaign.id) },
    });
    expect(JSON.parse(audit.data ?? "{}")).toMatchObject({ onTimeShare: 0.2 });
  });
});
