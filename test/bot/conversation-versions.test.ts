import { afterEach, describe, expect, it } from "vitest";
import { CAMPAIGN_CONVERSATION } from "../../src/bot/conversations/campaign.ts";
import { FORM_CONVERSATION, FORM_CONVERSATION_VERSION } from "../../src/bot/conversations/form.ts";
import {
  createConversationStorage,
  type StoredConversations,
} from "../../src/bot/conversations/versioning.ts";
import type { BotContext } from "../../src/bot/index.ts";
import { type Harness, startHarness } from "../support/bot-harness.ts";
import { chatAs } from "../support/chat.ts";
import { createTestDatabase, type TestDatabase } from "../support/database.ts";
import { monitoringScene } from "../support/monitoring.ts";

let h: Harness | undefined;
let db: TestDatabase | undefined;
afterEach(async () => {
  await h?.stop();
  await db?.destroy();
  h = db = undefined;
});

const UPDATED =
  "Форма обновилась, пока вы её заполняли. Ответы сохранены — продолжите заполнение из /tasks.";

async function deputyAtForm() {
  h = await startHarness();
  const scene = await monitoringScene(h, { allTypes: true });
  const deputy = chatAs(h, scene.people.deputy);
  await deputy.press("📝 Заполнить форму");
  return { ...scene, deputy, harness: h };
}

/** Rewrites the chat's stored conversations as older code would have left them. */
async function storeAsOlderCode(
  harness: Harness,
  chatId: number,
  change: (stored: StoredConversations) => unknown,
) {
  const key = `conversation:${chatId}`;
  const row = await harness.db.prisma.keyValue.findUniqueOrThrow({ where: { key } });
  const value = JSON.stringify(change(JSON.parse(row.value) as StoredConversations));
  await harness.db.prisma.keyValue.update({ where: { key }, data: { value } });
}

const answersOf = async (harness: Harness) => {
  const rows = await harness.db.prisma.answer.findMany({ include: { question: true } });
  return Object.fromEntries(rows.map((row) => [row.question.code, JSON.parse(String(row.value))]));
};

describe("a guided conversation stored by an older version of the bot", () => {
  it("ends politely when the deputy types: the answers stay and /tasks goes on", async () => {
    const { deputy, people, harness } = await deputyAtForm();
    await deputy.say("120");
    expect(deputy.lastText()).toContain("Вопрос 2 из 11");
    await storeAsOlderCode(harness, people.deputy.id, (stored) => ({
      ...stored,
      versions: { [FORM_CONVERSATION]: FORM_CONVERSATION_VERSION - 1 },
    }));

    expect(await deputy.say("70")).toEqual([UPDATED]);
    expect(await answersOf(harness)).toEqual({ students: 120 });
    expect(
      await harness.db.prisma.keyValue.count({
        where: { key: `conversation:${people.deputy.id}` },
      }),
    ).toBe(0);

    await deputy.say("/tasks");
    await deputy.press("📝 Заполнить форму");
    expect(deputy.lastText()).toContain("Вопрос 2 из 11");
  });

  it("ends politely when a button of the old form is pressed", async () => {
    const { deputy, people, harness } = await deputyAtForm();
    const question = deputy.last();
    await storeAsOlderCode(harness, people.deputy.id, (stored) => ({
      ...stored,
      versions: { [FORM_CONVERSATION]: FORM_CONVERSATION_VERSION + 1 },
    }));
    const label = deputy.buttons()[0];
    if (!question || !label) throw new Error("the question has no buttons");
    expect(await deputy.pressOn(question, label)).toEqual([UPDATED]);
    const pressed = deputy.messages().find((m) => m.message_id === question.message_id);
    expect(pressed?.reply_markup?.inline_keyboard ?? []).toEqual([]);
  });

  it("ends a run stored under the older single-version scheme the same way", async () => {
    const { deputy, people, harness } = await deputyAtForm();
    await storeAsOlderCode(harness, people.deputy.id, ({ state }) => ({ version: [0, 2], state }));
    expect(await deputy.say("70")).toEqual([UPDATED]);
  });

  it("lets a command through without the notice: the person already chose what to do", async () => {
    const { deputy, people, harness } = await deputyAtForm();
    await storeAsOlderCode(harness, people.deputy.id, ({ state }) => ({ version: [0, 2], state }));
    const replies = await deputy.say("/help");
    expect(replies).not.toContain(UPDATED);
    expect(replies.length).toBeGreaterThan(0);
  });
});

describe("the conversation storage", () => {
  it("keeps a run whose conversation kept its version when another one's changed", async () => {
    db = await createTestDatabase();
    const storage = createConversationStorage(db.sql);
    if (storage.type !== "context") throw new Error("expected a context storage");
    const ctx = { chatId: 77 } as BotContext;
    const run = { interrupts: [], replay: { send: [], receive: [] } };
    await storage.adapter.write(ctx, {
      version: [0, "per-conversation"],
      state: { [FORM_CONVERSATION]: [run] },
    });
    const key = "conversation:77";
    const row = await db.prisma.keyValue.findUniqueOrThrow({ where: { key } });
    const stored = JSON.parse(row.value) as StoredConversations;
    expect(stored.versions).toEqual({ [FORM_CONVERSATION]: FORM_CONVERSATION_VERSION });

    // The campaign wizard's version moved on; the form's run is untouched.
    stored.state[CAMPAIGN_CONVERSATION] = [run];
    stored.versions = { ...stored.versions, [CAMPAIGN_CONVERSATION]: 0 };
    await db.prisma.keyValue.update({ where: { key }, data: { value: JSON.stringify(stored) } });
    const read = await storage.adapter.read({ chatId: 77 } as BotContext);
    expect(Object.keys(read?.state ?? {})).toEqual([FORM_CONVERSATION]);
  });
});
