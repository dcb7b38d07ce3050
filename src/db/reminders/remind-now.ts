import { nextAllowed } from "../../domain/reminders/quiet-hours.ts";
import { type Actor, recordAudit } from "../audit.ts";
import { type Db, inTransaction } from "../client.ts";
import { enqueueMessage } from "../outbox.ts";
import { loadReminderCampaigns, reminderSchools } from "./campaign-reminders.ts";
import { reminderMessage } from "./reminder-messages.ts";
import { reminderRecipients } from "./reminder-recipients.ts";

export type RemindNowResult =
  /** Reminded now (`dueAt` = now) or at the end of quiet time. */
  | { outcome: "queued"; schools: number; messages: number; dueAt: Date; immediate: boolean }
  /** Every target school has submitted. */
  | { outcome: "nobody"; schools: 0 }
  /** A reminder asked for less than REPEAT_AFTER_MS ago went or still waits: not again. */
  | { outcome: "recent"; at: Date; pending: boolean }
  | { outcome: "not-open" };

/** A second "remind now" within this long after the first is refused as a double tap. */
export const REPEAT_AFTER_MS = 60 * 60_000;

/**
 * "Remind now": every school of an open campaign that has not submitted is reminded at once — or,
 * when asked in the municipality's quiet time, at its end (a request at night goes at 08:00).
 * The request is kept, so a restart before then still sends it, once.
 */
export async function remindNow(
  db: Db,
  campaignId: number,
  actor: Actor,
  now: Date,
): Promise<RemindNowResult> {
  const [loaded] = await loadReminderCampaigns(db, { id: campaignId });
  if (loaded?.campaign.status !== "open") return { outcome: "not-open" };
  const recent = await db.manualReminder.findFirst({
    where: {
      campaignId,
      OR: [{ sentAt: null }, { sentAt: { gt: new Date(now.getTime() - REPEAT_AFTER_MS) } }],
    },
    orderBy: { id: "desc" },
  });
  if (recent)
    return {
      outcome: "recent",
      at: recent.sentAt ?? recent.dueAt,
      pending: recent.sentAt === null,
    };
  const schools = reminderSchools(loaded, now).filter((school) => school.window !== null);
  if (schools.length === 0) return { outcome: "nobody", schools: 0 };
  const dueAt = nextAllowed(now, loaded.timezone, loaded.quiet, loaded.calendar);
  const immediate = dueAt.getTime() <= now.getTime();
  const request = await inTransaction(db, async (tx) => {
    const created = await tx.manualReminder.create({
      data: {
        campaignId,
        requestedById: actor.kind === "person" ? actor.personId : null,
        requestedAt: now,
        dueAt,
      },
    });
    await recordAudit(tx, {
      actor,
      action: "campaign.remind_now",
      entityType: "Campaign",
      entityId: campaignId,
      data: { schools: schools.length, dueAt: dueAt.toISOString() },
    });
    return created;
  });
  const messages = immediate ? ((await sendManualReminder(db, request.id, now))?.messages ?? 0) : 0;
  return { outcome: "queued", schools: schools.length, messages, dueAt, immediate };
}

/**
 * Sends one "remind now" request, if no worker has yet: claimed, and its messages queued, in
 * one transaction. Null when it was already sent.
 */
async function sendManualReminder(
  db: Db,
  requestId: number,
  now: Date,
): Promise<{ schools: number; messages: number } | null> {
  const request = await db.manualReminder.findUnique({ where: { id: requestId } });
  if (!request || request.sentAt) return null;
  const [loaded] = await loadReminderCampaigns(db, { id: request.campaignId });
  if (!loaded) return null;
  const schools = reminderSchools(loaded, now).filter((school) => school.window !== null);
  return inTransaction(db, async (tx) => {
    const claimed = await tx.manualReminder.updateMany({
      where: { id: requestId, sentAt: null },
      data: { sentAt: now, schools: schools.length },
    });
    if (claimed.count === 0) return null;
    let messages = 0;
    for (const school of schools) {
      const window = school.window;
      if (!window) continue;
      const message = reminderMessage(
        {
          campaign: loaded.campaign,
          timezone: loaded.timezone,
          school,
          deadlineAt: window.deadlineAt,
        },
        "school",
        now,
      );
      for (const personId of await reminderRecipients(tx, school.id, "school")) {
        await enqueueMessage(tx, personId, message);
        messages++;
      }
    }
    return { schools: schools.length, messages };
  });
}

/** Sends the "remind now" requests whose moment has come (those asked for in quiet time). */
export async function sendDueManualReminders(
  db: Db,
  now: Date,
): Promise<{ requests: number; messages: number }> {
  const due = await db.manualReminder.findMany({
    where: { sentAt: null, dueAt: { lte: now } },
    orderBy: { id: "asc" },
  });
  let requests = 0;
  let messages = 0;
  for (const request of due) {
    const sent = await sendManualReminder(db, request.id, now);
    if (!sent) continue;
    requests++;
    messages += sent.messages;
  }
  return { requests, messages };
}
