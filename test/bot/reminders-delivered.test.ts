import { afterEach, describe, expect, it } from "vitest";
import { sendDueReminders } from "../../src/db/reminders/send-reminders.ts";
import { localToUtc } from "../../src/domain/local-time.ts";
import { type Harness, startHarness } from "../support/bot-harness.ts";
import { chatAs } from "../support/chat.ts";
import { monitoringScene } from "../support/monitoring.ts";

let h: Harness;
afterEach(async () => {
  await h.stop();
});

const sakhalin = (local: string) => localToUtc(local, "Asia/Sakhalin") as Date;

describe("reminders in Telegram", () => {
  it("reach the deputy the day before with a button that opens the form, and the director once late", async () => {
    h = await startHarness();
    // The scene's campaign is due on Saturday 1 June 2030 at 18:00 in Sakhalin.
    const scene = await monitoringScene(h, { allTypes: true });
    const deputy = chatAs(h, scene.people.deputy);
    const director = chatAs(h, scene.people.director);

    // Friday 31 May at 09:00 on Sakhalin's clocks: a day left.
    await sendDueReminders(h.db.prisma, sakhalin("2030-05-31 09:00"));
    await h.fake.settle();
    expect(deputy.lastText()).toContain("Завтра последний день сдачи отчёта по форме");
    expect(deputy.lastText()).toContain("1 июня 2030 г. в 18:00");
    const opened = await deputy.press("📝 Заполнить форму");
    expect(opened.at(-1)).toContain("Вопрос 1 из 11");

    // Sunday 2 June, a day late, is quiet: the director hears on Monday at 08:00, in Telegram.
    const before = director.messages().length;
    await sendDueReminders(h.db.prisma, sakhalin("2030-06-02 12:00"));
    await h.fake.settle();
    expect(director.messages()).toHaveLength(before);
    await sendDueReminders(h.db.prisma, sakhalin("2030-06-03 08:00"));
    await h.fake.settle();
    expect(director.lastText()).toContain("не сдала отчёт");
    expect(director.lastText()).toContain("просрочка — 2 дня");
  });
});
