import type { Answers } from "../../domain/form-engine/index.ts";
import type { Db } from "../client.ts";
import { toAnswers } from "./answer-codec.ts";

/** The answers of a submission keyed by question code; retired questions are left out. */
export async function loadAnswers(db: Db, submissionId: number): Promise<Answers> {
  const rows = await db.answer.findMany({
    where: { submissionId, question: { retiredAt: null } },
    include: { question: { select: { code: true } } },
  });
  return toAnswers(rows);
}
