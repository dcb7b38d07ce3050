import type { Db } from "../client.ts";

/**
 * Who last changed the shared draft and when — shown to the other people of the school. The
 * instant is that of their latest answer (the submission's own change time when none).
 */
export async function lastTouchedBy(
  db: Db,
  submissionId: number,
): Promise<{ personId: number; fullName: string; at: Date } | null> {
  const submission = await db.submission.findUnique({ where: { id: submissionId } });
  if (!submission?.lastTouchedById) return null;
  const personId = submission.lastTouchedById;
  const [person, latest] = await Promise.all([
    db.person.findUnique({ where: { id: personId }, select: { fullName: true } }),
    db.answer.findFirst({
      where: { submissionId, answeredById: personId },
      orderBy: { updatedAt: "desc" },
      select: { updatedAt: true },
    }),
  ]);
  if (!person) return null;
  return { personId, fullName: person.fullName, at: latest?.updatedAt ?? submission.updatedAt };
}
