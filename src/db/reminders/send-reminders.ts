import type { OutgoingMessage } from "../../domain/outgoing-message.ts";
import type { PlannedReminder, ReminderAudience } from "../../domain/reminders/plan.ts";
import { isQuiet } from "../../domain/reminders/quiet-hours.ts";
import { reminderToSend } from "../../domain/reminders/school-window.ts";
import { type Db, inTransaction } from "../client.ts";
import { enqueueMessage } from "../outbox.ts";
import {
  loadReminderCampaigns,
  planForSchool,
  type ReminderCampaign,
  type ReminderSchool,
  reminderSchools,
} from "./campaign-reminders.ts";
import { sendDueManualReminders } from "./remind-now.ts";
import { sendDueDigests } from "./reminder-digest.ts";
import { reminderMessage } from "./reminder-messages.ts";
import { isAlreadyRecorded, reminderRecipients } from "./reminder-recipients.ts";

const DAY_MS = 86_400_000;

/** What one round of the reminder job queued. */
export interface ReminderRound {
  reminders: number;
  digests: number;
  manual: number;
  messages: number;
}

/**
 * Sends every reminder due at `now`, as the database says it should be now: for each running
 * campaign (and each school reopened after closing) the latest reminder due to each school and
 * its director, the coordinators' digests and the "remind now" requests whose quiet time has
 * ended. Nothing goes in a municipality's quiet time; what is due then waits for its end.
 *
 * Each reminder is recorded under a unique key in the transaction that queues its messages: of
 * two workers (or a worker and its restarted self) the second finds the key and sends nothing.
 */
export async function sendDueReminders(db: Db, now: Date): Promise<ReminderRound> {
  const campaigns = await loadReminderCampaigns(db, {
    OR: [
      { status: "open" },
      { status: "closed", submissions: { some: { reopenedUntil: { gt: now } } } },
    ],
  });
  const round: ReminderRound = { reminders: 0, digests: 0, manual: 0, messages: 0 };
  for (const loaded of campaigns) {
    if (isQuiet(now, loaded.timezone, loaded.quiet, loaded.calendar)) continue;
    const sent = await db.sentReminder.findMany({
      where: { campaignId: loaded.campaign.id, schoolId: { not: null } },
      select: { key: true },
    });
    const keys = new Set(sent.map((row) => row.key));
    // Schools running towards the same deadline from the same moment share one plan.
    const plans = new Map<string, PlannedReminder[]>();
    for (const school of reminderSchools(loaded, now)) {
      const window = school.window;
      if (!window) continue;
      const shared = [window.deadlineAt, window.from, window.until, window.late].join("|");
      // A day ahead too: a missed reminder is dropped when a newer one comes later today.
      const plan =
        plans.get(shared) ?? planForSchool(loaded, window, new Date(now.getTime() + DAY_MS));
      plans.set(shared, plan);
      for (const audience of ["school", "director"] as const) {
        const chain = plan.filter((reminder) => reminder.audience === audience);
        const reminder = reminderToSend(chain, now, loaded.timezone);
        if (!reminder) continue;
        const key = reminderKey(loaded.campaign.id, school.id, audience, reminder);
        if (keys.has(key)) continue;
        const messages = await sendSchoolReminder(db, loaded, school, audience, reminder, key, now);
        if (messages === null) continue;
        round.reminders++;
        round.messages += messages;
      }
    }
  }
  const digests = await sendDueDigests(db, campaigns, now);
  const manual = await sendDueManualReminders(db, now);
  round.digests = digests.digests;
  round.manual = manual.requests;
  round.messages += digests.messages + manual.messages;
  return round;
}

export function reminderKey(
  campaignId: number,
  schoolId: number,
  audience: ReminderAudience,
  reminder: PlannedReminder,
): string {
  return `c${campaignId}:s${schoolId}:${audience}:${reminder.slot}`;
}

class SchoolSubmitted extends Error {}

/**
 * Records and queues one school reminder; null when another worker recorded it first or the
 * school submitted meanwhile. Returns how many messages went.
 */
async function sendSchoolReminder(
  db: Db,
  loaded: ReminderCampaign,
  school: ReminderSchool,
  audience: Exclude<ReminderAudience, "coordinator">,
  reminder: PlannedReminder,
  key: string,
  now: Date,
): Promise<number | null> {
  const window = school.window;
  if (!window) return null;
  try {
    return await inTransaction(db, async (tx) => {
      // Read again inside the transaction: a report submitted a moment ago stops the reminder.
      const submission = await tx.submission.findUnique({
        where: { campaignId_schoolId: { campaignId: loaded.campaign.id, schoolId: school.id } },
        select: { status: true },
      });
      if (submission?.status === "submitted" || submission?.status === "accepted")
        throw new SchoolSubmitted();
      const people = await reminderRecipients(tx, school.id, audience);
      await tx.sentReminder.create({
        data: {
          key,
          campaignId: loaded.campaign.id,
          schoolId: school.id,
          kind: reminder.kind,
          dueAt: reminder.dueAt,
          sentAt: now,
          messages: people.length,
        },
      });
      const message: OutgoingMessage = reminderMessage(
        {
          campaign: loaded.campaign,
          timezone: loaded.timezone,
          school,
          deadlineAt: window.deadlineAt,
        },
        audience,
        now,
      );
      for (const personId of people) await enqueueMessage(tx, personId, message);
      return people.length;
    });
  } catch (error) {
    if (error instanceof SchoolSubmitted || isAlreadyRecorded(error)) return null;
    throw error;
  }
}
