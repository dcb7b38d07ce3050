import type { Db } from "../client.ts";
import { schoolName } from "../message-params.ts";

export interface NamedSchool {
  id: number;
  code: string;
  name: string;
}

/**
 * How a campaign's schools kept the deadline: submitted on time, submitted late, returned for
 * correction, not submitted (no report or a draft) — each with the schools, by code.
 */
export interface Timeliness {
  targets: number;
  onTime: NamedSchool[];
  late: NamedSchool[];
  returned: NamedSchool[];
  notSubmitted: NamedSchool[];
  /** On time ÷ targets, 0–1 (0 for a campaign without targets). */
  onTimeShare: number;
}

export async function campaignTimeliness(db: Db, campaignId: number): Promise<Timeliness> {
  // One after the other: inside a transaction (closing) both would share one connection.
  const targets = await db.campaignSchool.findMany({
    where: { campaignId },
    include: { school: true },
  });
  const submissions = await db.submission.findMany({
    where: { campaignId },
    select: { schoolId: true, status: true, late: true },
  });
  const bySchool = new Map(submissions.map((submission) => [submission.schoolId, submission]));
  const result: Timeliness = {
    targets: targets.length,
    onTime: [],
    late: [],
    returned: [],
    notSubmitted: [],
    onTimeShare: 0,
  };
  const schools = targets
    .map((target) => target.school)
    .sort((a, b) => a.code.localeCompare(b.code, "ru", { numeric: true }));
  for (const school of schools) {
    const named = { id: school.id, code: school.code, name: schoolName(school) };
    const submission = bySchool.get(school.id);
    const handedIn = submission?.status === "submitted" || submission?.status === "accepted";
    if (handedIn) (submission.late ? result.late : result.onTime).push(named);
    else if (submission?.status === "returned") result.returned.push(named);
    else result.notSubmitted.push(named);
  }
  result.onTimeShare = targets.length ? result.onTime.length / targets.length : 0;
  return result;
}
