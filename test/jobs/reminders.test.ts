import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { closeCampaign, moveDeadline } from "../../src/db/campaigns/campaigns.ts";
import { remindNow } from "../../src/db/reminders/remind-now.ts";
import { setReminderPolicy } from "../../src/db/reminders/reminder-policy.ts";
import { sendDueReminders } from "../../src/db/reminders/send-reminders.ts";
import { reopenForSchool } from "../../src/db/reviews/review-reopen.ts";
import { DEFAULT_POLICY } from "../../src/domain/reminders/policy.ts";
import { createTestDatabase, type TestDatabase } from "../support/database.ts";
import {
  openTownCampaign,
  outboxReader,
  type ReminderTown,
  reminderTown,
  submitReport,
  townTime,
} from "../support/reminder-town.ts";

let db: TestDatabase;
let town: ReminderTown;
let read: ReturnType<typeof outboxReader>;
beforeEach(async () => {
  db = await createTestDatabase();
  // Moscow; the deadline of each test is Friday 11 December 2026 at 18:00.
  town = await reminderTown(db.prisma, {
    code: "M",
    timezone: "Europe/Moscow",
    schools: 2,
    telegramBase: 10_000,
  });
  read = outboxReader(db.prisma);
});
afterEach(() => db.destroy());

const at = (local: string) => townTime(town, local);
const open = () =>
  openTownCampaign(db.prisma, town, {
    period: "2026-11",
    deadline: "2026-12-11 18:00",
    openedAt: "2026-12-01 10:00",
  });

/** A round of the reminder job at this local time; who got what. */
async function round(local: string): Promise<string[]> {
  await sendDueReminders(db.prisma, at(local));
  return (await read()).map((message) => `${message.to}: ${message.key}`).sort();
}

describe("reminders", () => {
  it("go once however many workers look at the same moment, and not again after a restart", async () => {
    await open();
    await read();
    // Three workers (or one and its restarted self) at 09:00 on 4 December, 7 days before.
    await Promise.all([1, 2, 3].map(() => sendDueReminders(db.prisma, at("2026-12-04 09:00"))));
    expect((await read()).map((m) => m.to).sort()).toEqual(["Заместитель M-1", "Заместитель M-2"]);
    expect(await round("2026-12-04 09:01")).toEqual([]);
    expect(await round("2026-12-04 15:00")).toEqual([]);
  });

  it("sends the latest missed reminder once on start, and none of the ones it supersedes", async () => {
    await open();
    await read();
    // Down from 3 December to noon on the 10th: the 7-, 3- and 1-day reminders were due; only
    // the last goes, saying what is true now.
    await sendDueReminders(db.prisma, at("2026-12-10 12:00"));
    const caughtUp = await read();
    expect(caughtUp.map((m) => m.to).sort()).toEqual(["Заместитель M-1", "Заместитель M-2"]);
    expect(caughtUp[0]?.text).toContain("Завтра последний день сдачи отчёта по форме «Отчёт M»");
    expect(await round("2026-12-10 13:00")).toEqual([]);
    expect(await round("2026-12-11 09:00")).toEqual([
      "Заместитель M-1: reminder-school-due",
      "Заместитель M-2: reminder-school-due",
    ]);
  });

  it("waits out the night with a missed reminder, and drops it for the one due later that day", async () => {
    await open();
    await read();
    // Started at 23:00 on the 9th with the 3-day reminder of the 8th missed: quiet time.
    expect(await round("2026-12-09 23:00")).toEqual([]);
    // At 08:00 on the 10th the 1-day reminder is an hour away: it says all, the old one goes unsent.
    expect(await round("2026-12-10 08:00")).toEqual([]);
    expect(await round("2026-12-10 09:00")).toHaveLength(2);
  });

  it("never reminds a school that has submitted, even a minute before its reminder", async () => {
    const campaign = await open();
    await read();
    await submitReport(db.prisma, campaign.id, town.schools[0]?.id ?? 0, at("2026-12-08 08:59"));
    expect(await round("2026-12-08 09:00")).toEqual(["Заместитель M-2: reminder-school-due"]);
    expect(await round("2026-12-14 09:00")).toEqual(
      [
        "Директор M-2: reminder-director-late",
        "Заместитель M-2: reminder-school-late",
        "Координатор M: reminder-digest",
      ].sort(),
    );
  });

  it("resumes for a report returned for correction, from the return on", async () => {
    const campaign = await open();
    const school = town.schools[1]?.id ?? 0;
    await submitReport(db.prisma, campaign.id, school, at("2026-12-03 10:00"));
    await read();
    expect(await round("2026-12-08 09:00")).toEqual(["Заместитель M-1: reminder-school-due"]);
    // Returned on the 9th at 10:00 (as a coordinator's return does): the 3-day reminder of the
    // 8th, due while the report was with the coordinator, is not sent now; the next ones are.
    await db.prisma.submission.update({
      where: { campaignId_schoolId: { campaignId: campaign.id, schoolId: school } },
      data: { status: "returned", remindersFrom: at("2026-12-09 10:00") },
    });
    expect(await round("2026-12-09 10:01")).toEqual([]);
    expect(await round("2026-12-10 09:00")).toEqual([
      "Заместитель M-1: reminder-school-due",
      "Заместитель M-2: reminder-school-due",
    ]);
  });

  it("follows a moved deadline from the moment it moves, without a burst of the new plan", async () => {
    const campaign = await open();
    await round("2026-12-04 09:00");
    // On the 9th at 10:00 the deadline moves from the 11th to Wednesday the 16th: by the new plan
    // the 7-day reminder was due at 09:00 on the 9th — before the move, so it is not sent.
    await moveDeadline(
      db.prisma,
      campaign.id,
      "2026-12-16 18:00",
      { kind: "cli" },
      {
        now: at("2026-12-09 10:00"),
      },
    );
    await read();
    expect(await round("2026-12-09 10:01")).toEqual([]);
    expect(await round("2026-12-10 09:00")).toEqual([]);
    expect(await round("2026-12-11 09:00")).toEqual([]);
    // 3 days before the new deadline is Sunday the 13th: Monday 08:00.
    expect(await round("2026-12-14 08:00")).toHaveLength(2);
    expect(await round("2026-12-15 09:00")).toHaveLength(2);
    expect(await round("2026-12-16 09:00")).toHaveLength(2);
  });

  it("re-plans a changed policy from the change on", async () => {
    const campaign = await open();
    await read();
    await setReminderPolicy(
      db.prisma,
      campaign.id,
      { ...DEFAULT_POLICY, beforeDays: [2], deadlineDay: false },
      { kind: "cli" },
      at("2026-12-02 12:00"),
    );
    expect(await round("2026-12-04 09:00")).toEqual([]);
    expect(await round("2026-12-08 09:00")).toEqual([]);
    expect(await round("2026-12-09 09:00")).toHaveLength(2);
    expect(await round("2026-12-10 09:00")).toEqual([]);
    expect(await round("2026-12-11 09:00")).toEqual([]);
  });

  it("stops when the campaign closes, and reminds a school reopened after it up to its new end", async () => {
    const campaign = await open();
    await closeCampaign(db.prisma, campaign.id, { kind: "cli" }, at("2026-12-12 10:00"));
    await read();
    expect(await round("2026-12-14 09:00")).toEqual([]);
    // Reopened on Monday the 14th until Friday the 18th at 18:00: 3 days, 1 day and the day.
    const school = town.schools[1]?.id ?? 0;
    await reopenForSchool(
      db.prisma,
      campaign.id,
      school,
      town.coordinator.id,
      at("2026-12-18 18:00"),
      at("2026-12-14 10:00"),
    ).catch(async (error) => {
      throw error;
    });
    await read();
    expect(await round("2026-12-15 09:00")).toEqual(["Заместитель M-2: reminder-school-due"]);
    expect(await round("2026-12-16 09:00")).toEqual([]);
    expect(await round("2026-12-17 09:00")).toEqual(["Заместитель M-2: reminder-school-due"]);
    expect(await round("2026-12-18 09:00")).toEqual(["Заместитель M-2: reminder-school-due"]);
    // After the exception ends, nothing: no late reminders, no director, no digest.
    expect(await round("2026-12-21 09:00")).toEqual([]);
  });

  it("reminds now at night at 08:00, once, only the schools that have not submitted", async () => {
    const campaign = await open();
    await submitReport(db.prisma, campaign.id, town.schools[0]?.id ?? 0, at("2026-12-02 11:00"));
    await read();
    const asked = await remindNow(
      db.prisma,
      campaign.id,
      { kind: "person", personId: town.coordinator.id },
      at("2026-12-02 23:30"),
    );
    expect(asked).toMatchObject({ outcome: "queued", schools: 1, immediate: false });
    expect(asked.outcome === "queued" && asked.dueAt).toEqual(at("2026-12-03 08:00"));
    expect(await read()).toEqual([]);
    const again = await remindNow(
      db.prisma,
      campaign.id,
      { kind: "person", personId: town.coordinator.id },
      at("2026-12-02 23:40"),
    );
    expect(again).toMatchObject({ outcome: "recent", pending: true });
    expect(await round("2026-12-03 07:59")).toEqual([]);
    expect(await round("2026-12-03 08:00")).toEqual(["Заместитель M-2: reminder-school-due"]);
    expect(await round("2026-12-03 08:01")).toEqual([]);
    const audit = await db.prisma.auditEvent.findMany({ where: { action: "campaign.remind_now" } });
    expect(audit).toHaveLength(1);
  });

  it("reminds now at once during working hours, with the count", async () => {
    const campaign = await open();
    await read();
    const asked = await remindNow(
      db.prisma,
      campaign.id,
      { kind: "person", personId: town.coordinator.id },
      at("2026-12-02 11:00"),
    );
    expect(asked).toMatchObject({ outcome: "queued", schools: 2, messages: 2, immediate: true });
    expect((await read()).map((m) => m.to).sort()).toEqual(["Заместитель M-1", "Заместитель M-2"]);
  });
});
