import type { Db } from "../client.ts";

export type SubmissionErrorReason =
  | "not-found"
  | "not-target"
  | "forbidden"
  | "not-open"
  | "closed"
  | "locked"
  | "incomplete"
  | "unknown-question";

/** A refused submission operation; `reason` tells the bot which message to show. */
export class SubmissionError extends Error {
  constructor(
    readonly reason: SubmissionErrorReason,
    message: string,
  ) {
    super(message);
    this.name = "SubmissionError";
  }
}

/** Only the school's deputies and directors answer its forms. */
export async function assertSchoolMember(
  db: Db,
  personId: number,
  schoolId: number,
): Promise<void> {
  const role = await db.roleAssignment.findFirst({
    where: { personId, schoolId, role: { in: ["deputy", "director"] }, revokedAt: null },
    select: { id: true },
  });
  if (!role)
    throw new SubmissionError(
      "forbidden",
      `person ${personId} is neither deputy nor director of school ${schoolId}`,
    );
}

/** The latest return of a submission with its marks, or null. */
export function lastReturn(db: Db, submissionId: number) {
  return db.review.findFirst({
    where: { submissionId, decision: "return" },
    include: { marks: { orderBy: { id: "asc" } } },
    orderBy: { id: "desc" },
  });
}
