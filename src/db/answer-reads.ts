import type { Answers } from "../domain/form-engine/index.ts";
import { toAnswers } from "./answer-codec.ts";
import type { Db } from "./client.ts";
import type { Prisma } from "./generated/client.ts";

/** The answers of a submission keyed by question code; retired questions are left out. */
export async function loadAnswers(
  db: Db | Prisma.TransactionClient,
  submissionId: number,
): Promise<Answers> {
  const rows = await db.answer.findMany({
    where: { submissionId, question: { retiredAt: null } },
    include: { question: { select: { code: true } } },
  });
  return toAnswers(rows);
}
