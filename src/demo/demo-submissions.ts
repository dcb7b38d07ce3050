import { type Actor, recordAudit } from "../db/audit.ts";
import { type Db, inTransaction } from "../db/client.ts";
import type { DemoAnswer } from "./demo-answers.ts";
import type { Random } from "./prng.ts";

const DAY_MS = 86_400_000;

export interface AcceptedSubmission {
  campaignId: number;
  questionIds: ReadonlyMap<string, number>;
  coordinatorId: number;
  school: { id: number; deputyId: number };
  answers: DemoAnswer[];
  /** The school's generator for this form and period, so timing is as repeatable as answers. */
  random: Random;
  deadlineAt: Date;
  actor: Actor;
}

/**
 * Writes a submission as if the deputy had answered and the coordinator accepted it: answers,
 * a version snapshot per submit and the reviews. About one in seven is first returned for a
 * typo and resubmitted a day later; about one in ten comes in after the deadline.
 */
export async function writeAcceptedSubmission(db: Db, input: AcceptedSubmission): Promise<void> {
  const { random, school, answers, questionIds } = input;
  const late = random.chance(0.1);
  const submittedAt = late
    ? new Date(input.deadlineAt.getTime() + random.between(0.1, 3) * DAY_MS)
    : new Date(input.deadlineAt.getTime() - random.between(0.2, 12) * DAY_MS);
  const numeric = answers.filter((answer) => typeof answer.value === "number");
  const corrected = random.chance(0.15)
    ? numeric[random.int(0, Math.max(0, numeric.length - 1))]
    : undefined;
  const snapshot = (list: DemoAnswer[]) =>
    JSON.stringify(
      Object.fromEntries(
        list.map((answer) => [answer.code, { value: answer.value, warningReason: null }]),
      ),
    );

  await inTransaction(db, async (tx) => {
    const submission = await tx.submission.create({
      data: {
        campaignId: input.campaignId,
        schoolId: school.id,
        status: "accepted",
        version: corrected ? 2 : 1,
        submittedAt: corrected ? new Date(submittedAt.getTime() + DAY_MS) : submittedAt,
        submittedById: school.deputyId,
        late,
        lastTouchedById: school.deputyId,
        createdAt: new Date(submittedAt.getTime() - random.between(1, 5) * DAY_MS),
      },
    });
    await tx.answer.createMany({
      data: answers.map((answer) => ({
        submissionId: submission.id,
        questionId: questionIds.get(answer.code) ?? 0,
        value: answer.value === null ? null : JSON.stringify(answer.value),
        skipped: answer.skipped,
        answeredById: school.deputyId,
      })),
    });
    let at = submittedAt;
    if (corrected) {
      const typo = answers.map((answer) =>
        answer === corrected ? { ...answer, value: (answer.value as number) * 10 + 1 } : answer,
      );
      await tx.submissionVersion.create({
        data: {
          submissionId: submission.id,
          version: 1,
          answers: snapshot(typo),
          submittedById: school.deputyId,
          submittedAt: at,
          late,
        },
      });
      const review = await tx.review.create({
        data: {
          submissionId: submission.id,
          version: 1,
          decision: "return",
          comment:
            "Проверьте, пожалуйста, отмеченное значение: оно не сходится с данными прошлого периода.",
          reviewerId: input.coordinatorId,
          createdAt: new Date(at.getTime() + DAY_MS / 2),
        },
      });
      await tx.reviewMark.create({
        data: {
          reviewId: review.id,
          questionCode: corrected.code,
          reason: "Значение выглядит опечаткой.",
        },
      });
      at = new Date(at.getTime() + DAY_MS);
    }
    const version = corrected ? 2 : 1;
    await tx.submissionVersion.create({
      data: {
        submissionId: submission.id,
        version,
        answers: snapshot(answers),
        submittedById: school.deputyId,
        submittedAt: at,
        late,
      },
    });
    await tx.review.create({
      data: {
        submissionId: submission.id,
        version,
        decision: "accept",
        reviewerId: input.coordinatorId,
        createdAt: new Date(at.getTime() + random.between(0.1, 2) * DAY_MS),
      },
    });
    await recordAudit(tx, {
      actor: input.actor,
      action: "submission.accepted",
      entityType: "Submission",
      entityId: submission.id,
      data: { campaignId: input.campaignId, schoolId: school.id, version, demo: true },
    });
  });
}
