import { type FormQuestionDef, visibleQuestions } from "../../domain/form-engine/index.ts";
import { loadFormDef } from "../catalog/form-definitions.ts";
import type { Db } from "../client.ts";
import { loadAnswers } from "../submissions/answer-reads.ts";

export type ReturnQuestion = Pick<FormQuestionDef, "code" | "position" | "text" | "textEn">;

/** The questions a coordinator may mark when returning a submission: those its answers show. */
export async function returnQuestions(db: Db, submissionId: number): Promise<ReturnQuestion[]> {
  const submission = await db.submission.findUniqueOrThrow({
    where: { id: submissionId },
    select: { campaign: { select: { formId: true } } },
  });
  const form = await loadFormDef(db, submission.campaign.formId);
  const answers = await loadAnswers(db, submissionId);
  return visibleQuestions(form, answers).map((q) => ({
    code: q.code,
    position: q.position,
    text: q.text,
    textEn: q.textEn,
  }));
}
