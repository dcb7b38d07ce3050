import type { Update } from "grammy/types";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { moveDeadline } from "../src/db/campaigns/campaign-lifecycle.ts";
import { createCampaign, openCampaign } from "../src/db/campaigns/campaigns.ts";
import { type Harness, startHarness, TEST_TOKEN } from "./support/bot-harness.ts";
import { chatAs } from "./support/chat.ts";
import { testDatabaseKind } from "./support/database.ts";
import { monitoringScene } from "./support/monitoring.ts";
import { explainedWait } from "./support/pending-waits.ts";
import { freePort, type SpawnedApp, spawnApp, waitForOutput } from "./support/spawn-app.ts";
import { createUser, textMessage } from "./support/telegram-updates.ts";

const SECRET = "two-instances-secret-0123456789";
const PEOPLE = 500;
/** Update ids above any the fake gave out while the scene was built. */
let nextUpdateId = 1_000_000;

type Scene = Awaited<ReturnType<typeof monitoringScene>>;

interface Instance {
  app: SpawnedApp;
  port: number;
}

/** `npm start` as a real process: webhook mode, on the test's PostgreSQL schema. */
async function startInstance(h: Harness): Promise<Instance> {
  const port = await freePort();
  const app = spawnApp({
    BOT_TOKEN: TEST_TOKEN,
    TELEGRAM_API_ROOT: h.fake.apiRoot,
    DATABASE_URL: h.db.url,
    BOT_MODE: "webhook",
    PUBLIC_URL: "https://msoko.example.ru",
    WEBHOOK_SECRET: SECRET,
    PORT: String(port),
    HOST: "127.0.0.1",
    // Debug lines say when an update is taken and a message sent: the events the tests wait on.
    LOG_LEVEL: "debug",
    // A dead instance's messages go out two seconds after its claim, not a minute.
    OUTBOX_CLAIM_SECONDS: "2",
    // As a bot with paid broadcasts: these tests are about each message once, not about pace
    // (pacing has tests of its own, test/domain/delivery-pacing.test.ts and the fake's limits).
    DELIVERY_PER_SECOND: "1000",
    PAID_BROADCAST: "true",
  });
  started.push(app);
  await waitForOutput(app, '"msg":"server listening"');
  return { app, port };
}

/** Telegram's webhook call: one update POSTed to one instance. */
function post(instance: Instance, update: Update): Promise<Response> {
  return fetch(`http://127.0.0.1:${instance.port}/webhook/telegram`, {
    method: "POST",
    headers: { "Content-Type": "application/json", "X-Telegram-Bot-Api-Secret-Token": SECRET },
    body: JSON.stringify(update),
  });
}

function textUpdate(user: Parameters<typeof textMessage>[0], text: string): Update {
  const { message } = textMessage(user, text) as { message: Update["message"] & object };
  const updateId = nextUpdateId++;
  return { update_id: updateId, message: { ...message, message_id: updateId } };
}

/** Messages the fake received for each chat. */
function sendsPerChat(h: Harness, from = 0): Map<number, number> {
  const counts = new Map<number, number>();
  for (const call of h.fake.callsOf("sendMessage"))
    if (call.index >= from) {
      const chat = Number(call.payload.chat_id);
      counts.set(chat, (counts.get(chat) ?? 0) + 1);
    }
  return counts;
}

/** Every instance started, the killed one included: their log lines are the events waited on. */
const started: SpawnedApp[] = [];

/**
 * Waits until the instances' log lines, taken together, satisfy `done`: checked again on every
 * line any of them prints, so the wait ends on the event itself. No deadline of its own.
 */
function untilLogged(what: string, done: (lines: string[]) => boolean): Promise<void> {
  const lines = () => started.flatMap((app) => app.stdout().split("\n"));
  const logged = new Promise<void>((resolve) => {
    const check = () => {
      if (!done(lines())) return;
      for (const app of started) app.child.stdout?.off("data", check);
      resolve();
    };
    for (const app of started) app.child.stdout?.on("data", check);
    check();
  });
  return explainedWait(logged, () => `untilLogged(): no instance has logged ${what} yet`);
}

/** Waits until an instance has taken the update (recorded it), i.e. it is there, waiting its turn. */
function untilTaken(updateId: number): Promise<void> {
  const taken = new RegExp(`"updateId":${updateId}[,}]`);
  return untilLogged(`update ${updateId} as taken`, (lines) =>
    lines.some((line) => line.includes('"msg":"update taken"') && taken.test(line)),
  );
}

/** Waits until the instances have logged each of these outbox messages as sent (and marked so). */
function untilSent(outboxIds: number[]): Promise<void> {
  return untilLogged(`all ${outboxIds.length} outbox messages as sent`, (lines) => {
    const sent = new Set(
      lines
        .filter((line) => line.includes('"msg":"outbox message sent"'))
        .map((line) => Number(/"outboxId":(\d+)/.exec(line)?.[1])),
    );
    return outboxIds.every((id) => sent.has(id));
  });
}

/** The outbox messages queued after message `afterId`. */
async function queuedSince(h: Harness, afterId: number): Promise<number[]> {
  const rows = await h.db.prisma.outboxMessage.findMany({
    where: { id: { gt: afterId } },
    select: { id: true },
  });
  return rows.map((row) => row.id);
}

async function lastOutboxId(h: Harness): Promise<number> {
  const last = await h.db.prisma.outboxMessage.findFirst({ orderBy: { id: "desc" } });
  return last?.id ?? 0;
}

/** Schools with one deputy each, all with Telegram, so a campaign notice reaches `count` people. */
async function addSchoolsWithDeputies(h: Harness, scene: Scene, count: number): Promise<void> {
  const prisma = h.db.prisma;
  await prisma.school.createMany({
    data: Array.from({ length: count }, (_, i) => ({
      municipalityId: scene.municipality.id,
      code: `bulk-${i}`,
      name: `МБОУ СОШ № ${i + 100}`,
      type: "general",
    })),
  });
  await prisma.person.createMany({
    data: Array.from({ length: count }, (_, i) => ({
      fullName: `Заместитель ${i}`,
      telegramId: BigInt(700_000 + i),
    })),
  });
  const schools = await prisma.school.findMany({ where: { code: { startsWith: "bulk-" } } });
  const people = await prisma.person.findMany({ where: { telegramId: { gte: 700_000n } } });
  const schoolByIndex = new Map(schools.map((s) => [Number(s.code.slice(5)), s.id]));
  await prisma.roleAssignment.createMany({
    data: people.map((person) => ({
      personId: person.id,
      role: "deputy",
      municipalityId: scene.municipality.id,
      schoolId: schoolByIndex.get(Number(person.telegramId) - 700_000) ?? 0,
    })),
  });
}

describe.runIf(testDatabaseKind() === "postgresql")(
  "two instances behind a load balancer on one PostgreSQL database",
  () => {
    let h: Harness;
    let scene: Scene;
    let instances: Instance[] = [];

    beforeAll(async () => {
      h = await startHarness();
      scene = await monitoringScene(h, { formCode: "career-guidance" });
      // The deputy opens the form in the in-process bot; the two instances take over from there.
      await chatAs(h, scene.people.deputy).press("📝 Заполнить форму");
      await h.stopBot();
      instances = await Promise.all([startInstance(h), startInstance(h)]);
    }, 120_000);

    afterAll(async () => {
      await Promise.all(instances.map(({ app }) => app.stop("SIGKILL")));
      await h?.stop();
    });

    it("has the effects of an update once, posted to both at once and again later", async () => {
      const stranger = createUser({ id: 9001, firstName: "Гость" });
      const update = textUpdate(stranger, "/start");
      const [a, b] = instances as [Instance, Instance];
      const answers = await Promise.all([post(a, update), post(b, update)]);
      expect(answers.map((answer) => answer.status)).toEqual([200, 200]);
      // Telegram delivers it once more after a timeout, to whichever instance.
      expect((await post(b, update)).status).toBe(200);
      expect(sendsPerChat(h).get(9001)).toBe(1);
      const reply = await h.fake.waitForCall(
        "sendMessage",
        (call) => call.payload.chat_id === 9001,
      );
      expect(String(reply.payload.text)).toContain("ссылке-приглашению");
    });

    it("saves one deputy's two answers, reaching the two at once, both and in order", async () => {
      const deputy = scene.people.deputy;
      const [a, b] = instances as [Instance, Instance];
      const busy = textUpdate(deputy, "/start");
      const first = textUpdate(deputy, "400");
      const second = textUpdate(deputy, "380");
      const mark = h.fake.mark();
      // Instance a is in the middle of an update of the deputy's chat: its reply is in flight.
      const held = h.fake.holdNext("sendMessage");
      const answered = [post(a, busy)];
      await held.arrived;
      // Meanwhile both answers arrive, the later one first, each at another instance.
      answered.push(post(b, second));
      await untilTaken(second.update_id);
      answered.push(post(a, first));
      await untilTaken(first.update_id);
      // Neither goes ahead while the chat's earlier update is being handled.
      expect(sendsPerChat(h, mark).get(deputy.id) ?? 0).toBe(0);
      held.release();
      await h.fake.waitForCall(
        "sendMessage",
        (call) =>
          call.payload.chat_id === deputy.id && /^Вопрос 3 из/.test(String(call.payload.text)),
        { after: mark },
      );
      expect((await Promise.all(answered)).map((answer) => answer.status)).toEqual([200, 200, 200]);
      const answers = await h.db.prisma.answer.findMany({
        where: { submission: { campaignId: scene.campaign.id, schoolId: scene.school.id } },
        include: { question: true },
        orderBy: { question: { position: "asc" } },
      });
      expect(answers.map((answer) => JSON.parse(answer.value ?? "null"))).toEqual([400, 380]);
      // The form asked question 2 once and question 3 once: no answer was taken for another.
      const asked = h.fake
        .callsOf("sendMessage")
        .filter((call) => call.index >= mark && call.payload.chat_id === deputy.id)
        .map((call) => /^Вопрос \d+/.exec(String(call.payload.text))?.[0])
        .filter(Boolean);
      expect(asked).toEqual(["Вопрос 1", "Вопрос 2", "Вопрос 3"]);
    });

    it("delivers a notice to 500 people exactly once each", async () => {
      await addSchoolsWithDeputies(h, scene, PEOPLE - 1);
      const form = await h.db.prisma.form.findUniqueOrThrow({
        where: { code: "student-preparation" },
      });
      const campaign = await createCampaign(
        h.db.prisma,
        {
          formId: form.id,
          periodCode: "2025-26",
          municipalityId: scene.municipality.id,
          selection: { kind: "all" },
          deadlineLocal: "2030-06-01 18:00",
        },
        { kind: "cli" },
      );
      const from = h.fake.mark();
      const before = await lastOutboxId(h);
      const { notified } = await openCampaign(h.db.prisma, campaign.id, { kind: "cli" });
      expect(notified).toBe(PEOPLE);
      // Once every message is marked sent, no instance sends any of them again.
      await untilSent(await queuedSince(h, before));
      const counts = sendsPerChat(h, from);
      expect(counts.size).toBe(PEOPLE);
      expect([...counts.values()].filter((n) => n !== 1)).toEqual([]);
      scene = { ...scene, campaign };
    });

    it("finishes the delivery of an instance killed in the middle, repeating only sends in flight", async () => {
      const held = h.fake.holdNext("sendMessage");
      const from = h.fake.mark();
      const before = await lastOutboxId(h);
      const { notified } = await moveDeadline(h.db.prisma, scene.campaign.id, "2030-06-15 18:00", {
        kind: "cli",
      });
      expect(notified).toBe(PEOPLE);
      // One instance's send is now in flight and unanswered; its claim names the instance.
      const inFlight = await held.arrived;
      const claim = await h.db.prisma.outboxMessage.findFirstOrThrow({
        where: {
          status: "pending",
          claimedBy: { not: null },
          person: { telegramId: BigInt(Number(inFlight.chat_id)) },
        },
      });
      const pid = Number(String(claim.claimedBy).split(":")[1]);
      const victim = instances.find(({ app }) => app.child.pid === pid);
      if (!victim) throw new Error(`no instance with pid ${pid} (claim ${claim.claimedBy})`);
      expect(await victim.app.stop("SIGKILL")).toBeNull();
      // The victim kept several sends in flight: any of them may go again, and nothing else may.
      // They are the requests unanswered at the kill, and the messages answered but not recorded.
      const notRecorded = await h.db.prisma.outboxMessage.findMany({
        where: { id: { gt: before }, status: "pending" },
        select: { person: { select: { telegramId: true } } },
      });
      const pendingChats = new Set(notRecorded.map((row) => Number(row.person.telegramId)));
      const mayRepeat = new Set([
        ...h.fake.unanswered().map((call) => Number(call.payload.chat_id)),
        ...[...sendsPerChat(h, from).keys()].filter((chat) => pendingChats.has(chat)),
      ]);
      held.release();
      instances = instances.filter((instance) => instance !== victim);

      await untilSent(await queuedSince(h, before));
      const counts = sendsPerChat(h, from);
      expect(counts.size).toBe(PEOPLE);
      const repeated = [...counts.entries()].filter(([, n]) => n > 1).map(([chat]) => chat);
      expect(repeated).toContain(Number(inFlight.chat_id));
      expect(repeated.filter((chat) => !mayRepeat.has(chat))).toEqual([]);
      expect(Math.max(...counts.values())).toBe(2);
      console.info(`SIGKILL mid-delivery: ${repeated.length} repeat(s) of ${PEOPLE} messages`);
    });
  },
);
