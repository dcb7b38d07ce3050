import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { closeDueCampaigns, moveDeadline } from "../../src/db/campaigns/campaigns.ts";
import { formatLocalDateTime } from "../../src/domain/local-time.ts";
import { parsePolicy } from "../../src/domain/reminders/policy.ts";
import { remindersRound } from "../../src/jobs/reminders.ts";
import { createLogger } from "../../src/logger.ts";
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
beforeEach(async () => {
  db = await createTestDatabase();
});
afterEach(() => db.destroy());

const HOUR = 3_600_000;

/**
 * December 2026 for three municipalities of one deployment, an hour at a time: the reminder job
 * runs on every tick of a clock the test moves, schools submit and a deadline moves on the way.
 * What was sent is compared with the list below, worked out by hand from the default policy
 * (7, 3, 1 days before and the deadline day at 09:00; late every 2 days; the director a day
 * late; the coordinator's morning digest), quiet time (21:00–08:00, weekends, 31 December) and
 * the moves it causes: a reminder pushed to Monday 08:00, or merged with Monday's own at 09:00.
 */
const EXPECTED = [
  // Moscow (UTC+3): deadline Friday 11 December 18:00; M-1 submits on the 10th at 12:00.
  "2026-12-04 09:00 Europe/Moscow → Заместитель M-1: reminder-school-due",
  "2026-12-04 09:00 Europe/Moscow → Заместитель M-2: reminder-school-due",
  "2026-12-08 09:00 Europe/Moscow → Заместитель M-1: reminder-school-due",
  "2026-12-08 09:00 Europe/Moscow → Заместитель M-2: reminder-school-due",
  "2026-12-10 09:00 Europe/Moscow → Заместитель M-1: reminder-school-due",
  "2026-12-10 09:00 Europe/Moscow → Заместитель M-2: reminder-school-due",
  "2026-12-11 09:00 Europe/Moscow → Заместитель M-2: reminder-school-due",
  // Late by 2 days on Sunday the 13th → Monday 08:00; the director (a day late on Saturday) too.
  "2026-12-14 08:00 Europe/Moscow → Директор M-2: reminder-director-late",
  "2026-12-14 08:00 Europe/Moscow → Заместитель M-2: reminder-school-late",
  // Saturday's and Sunday's digests go with Monday's, at nine.
  "2026-12-14 09:00 Europe/Moscow → Координатор M: reminder-digest",
  "2026-12-15 09:00 Europe/Moscow → Заместитель M-2: reminder-school-late",
  "2026-12-15 09:00 Europe/Moscow → Координатор M: reminder-digest",
  "2026-12-16 09:00 Europe/Moscow → Координатор M: reminder-digest",
  "2026-12-17 09:00 Europe/Moscow → Заместитель M-2: reminder-school-late",
  "2026-12-17 09:00 Europe/Moscow → Координатор M: reminder-digest",
  "2026-12-18 09:00 Europe/Moscow → Координатор M: reminder-digest",
  // Saturday the 19th (8 days late) merges into Monday the 21st (10 days late) at 09:00.
  "2026-12-21 09:00 Europe/Moscow → Заместитель M-2: reminder-school-late",
  "2026-12-21 09:00 Europe/Moscow → Координатор M: reminder-digest",
  "2026-12-22 09:00 Europe/Moscow → Координатор M: reminder-digest",
  "2026-12-23 09:00 Europe/Moscow → Заместитель M-2: reminder-school-late",
  "2026-12-23 09:00 Europe/Moscow → Координатор M: reminder-digest",
  "2026-12-24 09:00 Europe/Moscow → Координатор M: reminder-digest",
  "2026-12-25 09:00 Europe/Moscow → Заместитель M-2: reminder-school-late",
  "2026-12-25 09:00 Europe/Moscow → Координатор M: reminder-digest",
  // Sunday the 27th → Monday 08:00; Monday's digest at nine.
  "2026-12-28 08:00 Europe/Moscow → Заместитель M-2: reminder-school-late",
  "2026-12-28 09:00 Europe/Moscow → Координатор M: reminder-digest",
  "2026-12-29 09:00 Europe/Moscow → Заместитель M-2: reminder-school-late",
  "2026-12-29 09:00 Europe/Moscow → Координатор M: reminder-digest",
  "2026-12-30 09:00 Europe/Moscow → Координатор M: reminder-digest",
  // 31 December is a non-working day: nothing until after the New Year holidays.

  // Yekaterinburg (UTC+5): deadline at midnight, Saturday 19 December 00:00 — the day before
  // is the last; opened on the 10th. Y-1 submits late, on the 22nd at 10:00.
  // 7 days before is Saturday the 12th → Monday 08:00; no deadline-day reminder (the
  // deadline is over by nine).
  "2026-12-14 08:00 Asia/Yekaterinburg → Заместитель Y-1: reminder-school-due",
  "2026-12-14 08:00 Asia/Yekaterinburg → Заместитель Y-2: reminder-school-due",
  "2026-12-16 09:00 Asia/Yekaterinburg → Заместитель Y-1: reminder-school-due",
  "2026-12-16 09:00 Asia/Yekaterinburg → Заместитель Y-2: reminder-school-due",
  "2026-12-18 09:00 Asia/Yekaterinburg → Заместитель Y-1: reminder-school-due",
  "2026-12-18 09:00 Asia/Yekaterinburg → Заместитель Y-2: reminder-school-due",
  // A day late on Sunday the 20th → Monday 08:00 to the directors; 2 days late on Monday.
  "2026-12-21 08:00 Asia/Yekaterinburg → Директор Y-1: reminder-director-late",
  "2026-12-21 08:00 Asia/Yekaterinburg → Директор Y-2: reminder-director-late",
  "2026-12-21 09:00 Asia/Yekaterinburg → Заместитель Y-1: reminder-school-late",
  "2026-12-21 09:00 Asia/Yekaterinburg → Заместитель Y-2: reminder-school-late",
  "2026-12-21 09:00 Asia/Yekaterinburg → Координатор Y: reminder-digest",
  "2026-12-22 09:00 Asia/Yekaterinburg → Координатор Y: reminder-digest",
  "2026-12-23 09:00 Asia/Yekaterinburg → Заместитель Y-2: reminder-school-late",
  "2026-12-23 09:00 Asia/Yekaterinburg → Координатор Y: reminder-digest",
  "2026-12-24 09:00 Asia/Yekaterinburg → Координатор Y: reminder-digest",
  "2026-12-25 09:00 Asia/Yekaterinburg → Заместитель Y-2: reminder-school-late",
  "2026-12-25 09:00 Asia/Yekaterinburg → Координатор Y: reminder-digest",
  "2026-12-28 08:00 Asia/Yekaterinburg → Заместитель Y-2: reminder-school-late",
  "2026-12-28 09:00 Asia/Yekaterinburg → Координатор Y: reminder-digest",
  "2026-12-29 09:00 Asia/Yekaterinburg → Заместитель Y-2: reminder-school-late",
  "2026-12-29 09:00 Asia/Yekaterinburg → Координатор Y: reminder-digest",
  "2026-12-30 09:00 Asia/Yekaterinburg → Координатор Y: reminder-digest",

  // Sakhalin (UTC+11), policy "3d,0d;overdue=3d;escalate=2d;digest=off", closing on the 25th at
  // 18:00. The deadline of Monday the 7th moves on the 3rd to Tuesday 15 December 12:00, before
  // anything was due; S-1 submits late, on the 16th.
  // 3 days before is Saturday the 12th → Monday 08:00.
  "2026-12-14 08:00 Asia/Sakhalin → Заместитель S-1: reminder-school-due",
  "2026-12-14 08:00 Asia/Sakhalin → Заместитель S-2: reminder-school-due",
  "2026-12-15 09:00 Asia/Sakhalin → Заместитель S-1: reminder-school-due",
  "2026-12-15 09:00 Asia/Sakhalin → Заместитель S-2: reminder-school-due",
  "2026-12-17 09:00 Asia/Sakhalin → Директор S-2: reminder-director-late",
  "2026-12-18 09:00 Asia/Sakhalin → Заместитель S-2: reminder-school-late",
  "2026-12-21 09:00 Asia/Sakhalin → Заместитель S-2: reminder-school-late",
  "2026-12-24 09:00 Asia/Sakhalin → Заместитель S-2: reminder-school-late",
  // Closed on the 25th at 18:00: nothing more.
];

describe("a month of reminders in three time zones", () => {
  it("sends exactly the reminders a coordinator expects, each once", async () => {
    const prisma = db.prisma;
    const moscow = await reminderTown(prisma, {
      code: "M",
      timezone: "Europe/Moscow",
      schools: 2,
      telegramBase: 10_000,
    });
    const yekaterinburg = await reminderTown(prisma, {
      code: "Y",
      timezone: "Asia/Yekaterinburg",
      schools: 2,
      telegramBase: 20_000,
    });
    const sakhalin = await reminderTown(prisma, {
      code: "S",
      timezone: "Asia/Sakhalin",
      schools: 2,
      telegramBase: 30_000,
    });
    const sakhalinPolicy = parsePolicy("3d,0d;overdue=3d;escalate=2d;digest=off");
    if (!sakhalinPolicy.ok) throw new Error("bad policy");

    // What happens in the month, on each town's clocks, besides the reminder job.
    const events: Array<{ at: Date; run: () => Promise<unknown> }> = [];
    const at = (town: ReminderTown, local: string, run: () => Promise<unknown>) =>
      events.push({ at: townTime(town, local), run });
    const campaigns = new Map<string, number>();
    const id = (code: string) => campaigns.get(code) ?? 0;
    at(moscow, "2026-12-01 10:00", async () => {
      const campaign = await openTownCampaign(prisma, moscow, {
        period: "2026-11",
        deadline: "2026-12-11 18:00",
        openedAt: "2026-12-01 10:00",
      });
      campaigns.set("M", campaign.id);
    });
    at(sakhalin, "2026-12-01 09:30", async () => {
      const campaign = await openTownCampaign(prisma, sakhalin, {
        period: "2026-11",
        deadline: "2026-12-07 18:00",
        openedAt: "2026-12-01 09:30",
        closesAt: "2026-12-25 18:00",
        policy: sakhalinPolicy.policy,
      });
      campaigns.set("S", campaign.id);
    });
    at(sakhalin, "2026-12-03 12:00", () =>
      moveDeadline(
        prisma,
        id("S"),
        "2026-12-15 12:00",
        { kind: "cli" },
        {
          now: townTime(sakhalin, "2026-12-03 12:00"),
        },
      ),
    );
    at(yekaterinburg, "2026-12-10 10:00", async () => {
      const campaign = await openTownCampaign(prisma, yekaterinburg, {
        period: "2026-11",
        deadline: "2026-12-19 00:00",
        openedAt: "2026-12-10 10:00",
      });
      campaigns.set("Y", campaign.id);
    });
    const school = (town: ReminderTown, index: number) => town.schools[index - 1]?.id ?? 0;
    at(moscow, "2026-12-10 12:00", () =>
      submitReport(prisma, id("M"), school(moscow, 1), townTime(moscow, "2026-12-10 12:00")),
    );
    at(sakhalin, "2026-12-16 15:00", () =>
      submitReport(prisma, id("S"), school(sakhalin, 1), townTime(sakhalin, "2026-12-16 15:00")),
    );
    at(yekaterinburg, "2026-12-22 10:00", () =>
      submitReport(
        prisma,
        id("Y"),
        school(yekaterinburg, 1),
        townTime(yekaterinburg, "2026-12-22 10:00"),
      ),
    );
    events.sort((a, b) => a.at.getTime() - b.at.getTime());

    const zones = new Map(
      [moscow, yekaterinburg, sakhalin].map((town) => [town.municipality.code, town.timezone]),
    );
    const zoneOf = (name: string) => zones.get(name.split(" ").at(-1)?.split("-")[0] ?? "") ?? "";
    const read = outboxReader(prisma);
    let clock = new Date("2026-11-30T12:00:00Z");
    const deps = { db, logger: createLogger("silent"), instanceId: "month", now: () => clock };
    const sent: string[] = [];
    const end = new Date("2026-12-31T21:00:00Z");
    for (; clock < end; clock = new Date(clock.getTime() + HOUR)) {
      while (events[0] && events[0].at <= clock) await events.shift()?.run();
      await closeDueCampaigns(prisma, clock);
      await remindersRound(deps);
      for (const message of await read()) {
        if (!message.key.startsWith("reminder-")) continue;
        const zone = zoneOf(message.to);
        sent.push(`${formatLocalDateTime(clock, zone)} ${zone} → ${message.to}: ${message.key}`);
      }
    }
    const byTime = (line: string) => {
      const [date, time, zone] = line.split(" ");
      const instant = townTime({ timezone: zone ?? "" }, `${date} ${time}`);
      return `${instant.toISOString()} ${line}`;
    };
    const sorted = (lines: string[]) => lines.map(byTime).sort();
    expect(sorted(sent)).toEqual(sorted(EXPECTED));
    // 744 rounds of the job: seconds of work that a busy machine may stretch.
  }, 180_000);
});
