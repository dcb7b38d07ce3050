import { toLocalDateTime } from "../../domain/local-time.ts";
import { latestDigestDue } from "../../domain/reminders/plan.ts";
import { isoDate, isQuiet } from "../../domain/reminders/quiet-hours.ts";
import { daysToDeadline } from "../../domain/reminders/school-window.ts";
import { parseDirectionCodes } from "../../domain/roles.ts";
import { type Db, inTransaction } from "../client.ts";
import { enqueueMessage } from "../outbox.ts";
import { scopeCovers } from "../people/recipients.ts";
import { type ReminderCampaign, reminderSchools } from "./campaign-reminders.ts";
import { type DigestCampaign, digestMessage } from "./reminder-messages.ts";
import { isAlreadyRecorded } from "./reminder-recipients.ts";

/**
 * Each morning (REMINDER_HOUR on the municipality's clocks, moved out of quiet time) every
 * coordinator gets one digest of the schools late in the running campaigns they cover whose
 * policy keeps the digest — from the day after a deadline, and only when some school is late.
 * A digest is recorded per coordinator, municipality and day, so it goes once.
 */
export async function sendDueDigests(
  db: Db,
  campaigns: readonly ReminderCampaign[],
  now: Date,
): Promise<{ digests: number; messages: number }> {
  const running = campaigns.filter(
    (loaded) => loaded.campaign.status === "open" && loaded.policy.digest,
  );
  const municipalities = [...new Set(running.map((loaded) => loaded.campaign.municipalityId))];
  if (municipalities.length === 0) return { digests: 0, messages: 0 };
  const roles = await db.roleAssignment.findMany({
    where: { role: "coordinator", revokedAt: null, municipalityId: { in: municipalities } },
    orderBy: { id: "asc" },
  });
  let digests = 0;
  for (const municipalityId of municipalities) {
    const here = running.filter((loaded) => loaded.campaign.municipalityId === municipalityId);
    const first = here[0];
    if (!first || isQuiet(now, first.timezone, first.quiet, first.calendar)) continue;
    const due = latestDigestDue(now, first);
    if (!due) continue;
    const late: DigestCampaign[] = [];
    const lateIds: number[] = [];
    for (const loaded of here) {
      // From the day after the deadline day: the deadline's own evening is not yet "late" news.
      if (daysToDeadline(due, loaded.campaign.deadlineAt, loaded.timezone) >= 0) continue;
      const schools = reminderSchools(loaded, now).filter((school) => school.window?.late);
      if (schools.length === 0) continue;
      late.push({ campaign: loaded.campaign, lateSchools: schools.map((school) => school.name) });
      lateIds.push(loaded.campaign.id);
    }
    if (late.length === 0) continue;
    const day = isoDate(toLocalDateTime(due, first.timezone));
    const people = new Map<number, DigestCampaign[]>();
    for (const role of roles.filter((r) => r.municipalityId === municipalityId)) {
      const scope = { municipalityId, directions: parseDirectionCodes(role.directionCodes) };
      const covered = late.filter((_item, index) => {
        const loaded = here.find((c) => c.campaign.id === lateIds[index]);
        return scopeCovers([scope], municipalityId, loaded?.campaign.form.direction?.code ?? null);
      });
      if (covered.length)
        people.set(role.personId, [...(people.get(role.personId) ?? []), ...covered]);
    }
    for (const [personId, covered] of people) {
      const key = `digest:p${personId}:m${municipalityId}:${day}`;
      if (await db.sentReminder.findUnique({ where: { key }, select: { id: true } })) continue;
      const unique = [...new Map(covered.map((item) => [item.campaign.id, item])).values()];
      try {
        await inTransaction(db, async (tx) => {
          await tx.sentReminder.create({
            data: { key, personId, kind: "digest", dueAt: due, sentAt: now, messages: 1 },
          });
          await enqueueMessage(tx, personId, digestMessage(unique));
        });
        digests++;
      } catch (error) {
        if (!isAlreadyRecorded(error)) throw error;
      }
    }
  }
  return { digests, messages: digests };
}
