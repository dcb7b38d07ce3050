import type { MessageAction, OutgoingMessage } from "../../domain/outgoing-message.ts";
import { formOpenAction } from "../campaigns/campaign-notices.ts";
import type { Db } from "../client.ts";
import { dateParam, formParam, periodParam, schoolName } from "../message-params.ts";
import { enqueueMessage } from "../outbox.ts";
import { coordinatorsFor, schoolDirectors } from "../people/recipients.ts";

/** The action of the button that opens a submission for review. */
export function reviewOpenAction(submissionId: number): MessageAction {
  return { kind: "open-review", submissionId };
}

function loadSubmission(tx: Db, submissionId: number) {
  return tx.submission.findUniqueOrThrow({
    where: { id: submissionId },
    include: {
      school: true,
      campaign: {
        include: { form: { include: { direction: true } }, period: true, municipality: true },
      },
    },
  });
}

/**
 * Tells the coordinators who cover the form's direction in the municipality about a submission;
 * those who chose a digest hear of it later from the digest job. Returns how many were told.
 */
export async function notifyCoordinators(
  tx: Db,
  submissionId: number,
  version: number,
  late: boolean,
): Promise<number> {
  const submission = await loadSubmission(tx, submissionId);
  const { campaign } = submission;
  const coordinators = await coordinatorsFor(
    tx,
    campaign.municipalityId,
    campaign.form.direction?.code ?? null,
  );
  let notified = 0;
  for (const coordinator of coordinators) {
    if (coordinator.reviewMode === "digest") continue;
    await enqueueMessage(tx, coordinator.personId, {
      key: "review-new-submission",
      params: {
        school: schoolName(submission.school),
        form: formParam(campaign.form),
        period: periodParam(campaign.period.code),
        version,
        late: late ? "yes" : "no",
      },
      buttons: [
        [
          {
            kind: "action",
            labelKey: "review-button-open",
            action: reviewOpenAction(submissionId),
          },
        ],
      ],
    });
    notified++;
  }
  return notified;
}

/**
 * Tells the school of a coordinator's decision: the person who submitted and the director, at
 * once. A returned submission's message carries the comment and a button to fix it.
 */
export async function notifySchoolOfDecision(
  tx: Db,
  submissionId: number,
  decision: "accept" | "return",
  now: Date,
  extra: OutgoingMessage["params"] = {},
): Promise<number> {
  const submission = await loadSubmission(tx, submissionId);
  const { campaign } = submission;
  const people = new Set(await schoolDirectors(tx, submission.schoolId));
  if (submission.submittedById) people.add(submission.submittedById);
  const fix = [
    [
      {
        kind: "action" as const,
        labelKey: "review-button-fix",
        action: formOpenAction(campaign.id, submission.schoolId),
      },
    ],
  ];
  // The school may fix it until the campaign's deadline, or the coordinator's later exception.
  const until =
    submission.reopenedUntil && submission.reopenedUntil > campaign.deadlineAt
      ? submission.reopenedUntil
      : campaign.deadlineAt;
  for (const personId of people)
    await enqueueMessage(tx, personId, {
      key: decision === "accept" ? "review-accepted" : "review-returned",
      params: {
        school: schoolName(submission.school),
        form: formParam(campaign.form),
        period: periodParam(campaign.period.code),
        version: submission.version,
        deadline: dateParam(until, campaign.municipality.timezone),
        overdue: until.getTime() < now.getTime() ? "yes" : "no",
        ...extra,
      },
      buttons: decision === "return" ? fix : [],
    });
  return people.size;
}
