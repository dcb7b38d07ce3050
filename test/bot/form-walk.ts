import type { Message } from "grammy/types";
import { ensurePeriod } from "../../src/db/catalog/periods.ts";
import { type Harness, startHarness } from "../support/bot-harness.ts";
import { buttonsOf, chatAs } from "../support/chat.ts";
import { monitoringScene } from "../support/monitoring.ts";

/**
 * A deputy walking the catalog's career guidance form, for the form-*.test.ts files: twelve
 * questions, three of them follow-ups (graduates enrolled if there are 11th-graders; two on
 * students with disabilities if there are any).
 */

export type Scene = Awaited<ReturnType<typeof monitoringScene>>;
export type Chat = ReturnType<typeof chatAs>;

/** A fresh bot with the career guidance campaign open, its deputy at the first question. */
export async function careerGuidance(prepare?: (h: Harness, scene: Scene) => Promise<void>) {
  const h = await startHarness();
  const scene = await monitoringScene(h, { formCode: "career-guidance" });
  await prepare?.(h, scene);
  const deputy = chatAs(h, scene.people.deputy);
  const opened = await deputy.press("📝 Заполнить форму");
  return { h, ...scene, deputy, opened };
}

/** The school's accepted report of 2024/25 with these values, as last period's to compare with. */
export async function lastYear(h: Harness, scene: Scene, values: Record<string, number>) {
  const prisma = h.db.prisma;
  const period = await ensurePeriod(prisma, "2024-25");
  const campaign = await prisma.campaign.create({
    data: {
      formId: scene.form.id,
      periodId: period.id,
      municipalityId: scene.municipality.id,
      status: "closed",
      deadlineAt: new Date("2025-06-01T07:00:00Z"),
    },
  });
  const submission = await prisma.submission.create({
    data: { campaignId: campaign.id, schoolId: scene.school.id, status: "accepted", version: 1 },
  });
  for (const [code, value] of Object.entries(values)) {
    const question = await prisma.formQuestion.findFirstOrThrow({
      where: { formId: scene.form.id, code },
    });
    await prisma.answer.create({
      data: { submissionId: submission.id, questionId: question.id, value: JSON.stringify(value) },
    });
  }
}

const HEADER = /^(?:Вопрос|Question) (\d+) (?:из|of) (\d+)/;

/** "Вопрос 7 из 12" of the question on screen. */
export function place(deputy: Chat): { index: number; total: number } {
  const match = HEADER.exec(deputy.lastText());
  if (!match) throw new Error(`no question on screen: ${deputy.lastText()}`);
  return { index: Number(match[1]), total: Number(match[2]) };
}

/** Answers question after question, noting the place shown before each answer. */
export async function answerAll(deputy: Chat, steps: Array<() => Promise<unknown>>) {
  const seen = [place(deputy)];
  for (const [number, step] of steps.entries()) {
    await step();
    if (number < steps.length - 1) seen.push(place(deputy));
  }
  return seen;
}

export const say = (deputy: Chat, text: string) => () => deputy.say(text);
export const press = (deputy: Chat, label: string | RegExp) => () => deputy.press(label);
export const formats = (deputy: Chat) => async () => {
  await deputy.press(/Профессиональные пробы/);
  await deputy.press("✔️ Готово");
};

/** Every follow-up opened: graduates of grade 11, students with disabilities. */
export const everyFollowUp = (deputy: Chat, numbers = ["400", "380", "60", "58", "38", "30"]) => [
  say(deputy, numbers[0] ?? ""),
  say(deputy, numbers[1] ?? ""),
  formats(deputy),
  say(deputy, numbers[2] ?? ""),
  say(deputy, numbers[3] ?? ""),
  say(deputy, numbers[4] ?? ""),
  say(deputy, numbers[5] ?? ""),
  press(deputy, "Да"),
  say(deputy, "4"),
  say(deputy, "4"),
  press(deputy, "Да"),
  press(deputy, "⏭ Пропустить"),
];

/** No grade 11, no students with disabilities: three follow-ups never asked. */
export const noFollowUps = (deputy: Chat) => [
  say(deputy, "100"),
  say(deputy, "90"),
  formats(deputy),
  say(deputy, "20"),
  say(deputy, "19"),
  say(deputy, "0"),
  press(deputy, "Нет"),
  press(deputy, "Нет"),
  press(deputy, "⏭ Пропустить"),
];

/** The whole text of the newest summary, however many messages it took. */
export const summaryText = (deputy: Chat): string => {
  const messages = deputy.messages();
  const start = messages.findLastIndex((m) => m.text?.startsWith("📋 Проверьте ответы"));
  return messages
    .slice(start)
    .map((m) => m.text ?? "")
    .join("\n");
};

export const summaryOf = (deputy: Chat): Message => {
  const summary = [...deputy.messages()]
    .reverse()
    .find((message) => buttonsOf(message).some((b) => b.text === "✅ Отправить координатору"));
  if (!summary) throw new Error(`no summary; last message: ${deputy.lastText()}`);
  return summary;
};
