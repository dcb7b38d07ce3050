import type { User } from "grammy/types";
import { afterEach, describe, expect, it } from "vitest";
import { encodeReviewButton } from "../../src/bot/callback-data/review.ts";
import { type Harness, startHarness } from "../support/bot-harness.ts";
import { monitoringScene } from "../support/monitoring.ts";

let h: Harness;
afterEach(async () => {
  await h.stop();
});

/** Presses a button with `data` on an old message of the bot (sent before this release). */
async function toastAfterPressing(user: User, data: string) {
  const mark = h.fake.mark();
  h.fake.pushUpdate({
    callback_query: {
      id: `old-${mark}`,
      from: user,
      chat_instance: String(user.id),
      data,
      message: {
        message_id: 1,
        date: Math.floor(Date.now() / 1000) - 86_400,
        chat: { id: user.id, type: "private", first_name: user.first_name },
        text: "…",
      },
    },
  });
  const answer = await h.fake.waitForCall("answerCallbackQuery", undefined, { after: mark });
  await h.fake.settle();
  return answer.payload.text;
}

describe("a button left by an older release of the bot", () => {
  it("is answered with a toast that it is out of date, in the person's language", async () => {
    h = await startHarness();
    const scene = await monitoringScene(h);
    const { deputy, coordinator } = scene.people;

    expect(await toastAfterPressing(deputy, `f:1:${scene.campaign.id}:c:${scene.school.id}`)).toBe(
      "Эта кнопка осталась от прежней версии бота и больше не работает. Откройте /menu — там актуальные кнопки.",
    );
    await h.db.prisma.person.updateMany({
      where: { telegramId: coordinator.id },
      data: { language: "en" },
    });
    expect(await toastAfterPressing(coordinator, "rv0:open:1")).toBe(
      "This button is from an older version of the bot and no longer works. Open /menu for the current buttons.",
    );
  });

  it("opens the form from a campaign notice sent before the formats were versioned", async () => {
    h = await startHarness();
    const scene = await monitoringScene(h);
    await toastAfterPressing(
      scene.people.deputy,
      `form:open:${scene.campaign.id}:${scene.school.id}`,
    );
    expect(h.fake.lastCall("sendMessage")?.payload.text).toMatch(/^Вопрос 1 из /m);
  });

  it("still works when it has the current version", async () => {
    h = await startHarness();
    const { people } = await monitoringScene(h);

    expect(
      await toastAfterPressing(people.coordinator, encodeReviewButton("queue")),
    ).toBeUndefined();
    expect(h.fake.lastCall("sendMessage")?.payload.text).toMatch(/Очередь|проверк/i);
  });
});
