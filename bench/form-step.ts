import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Worker } from "node:worker_threads";
import { Bot, webhookCallback } from "grammy";
import type { UserFromGetMe } from "grammy/types";
import { Hono } from "hono";
import { startBot } from "../src/bot/run-bot.ts";
import { createConfig } from "../src/config.ts";
import { createDatabase, type Database } from "../src/db/client.ts";
import { createTranslator } from "../src/i18n/translator.ts";
import { createLogger } from "../src/logger.ts";
import { createServer, startServer } from "../src/server/index.ts";
import { type LevelResult, sustained } from "./load.ts";
import type { LoadReply, LoadRequest } from "./load-worker.ts";

const USERS = 200;
const QUESTIONS = 60;
const TOKEN = "123456:BENCH-TOKEN-abcdefghijklmnopqrstuvwxyz";
const SECRET = "bench-webhook-secret-0123456789";
/** A level counts as sustained when ≥ 95 % of the offered steps are served with p95 under this. */
const P95_LIMIT_MS = 100;
const LADDER = [
  100, 200, 300, 400, 450, 500, 550, 600, 650, 700, 800, 900, 1000, 1200, 1500, 2000, 2500, 3000,
  3500, 4000, 5000,
];

/**
 * 200 deputies answering a 60-question form at once: each step is a Telegram update POSTed to the
 * real server's webhook → the real bot (conversation replay, validation, the answer saved in
 * SQLite) → the next question sent to a fake Bot API over HTTP. The deputies and the fake Bot API
 * run in a worker thread, so the bot's thread does only the bot's work, as in production. The same
 * harness then measures a bare grammY handler that only replies, so the cost of the product's work
 * shows as a ratio.
 */
export async function runFormStepBenchmark(): Promise<void> {
  const load = startLoadWorker();
  const started = await load.ask({ kind: "start", token: TOKEN, secret: SECRET });
  if (started.kind !== "started") throw new Error("the load worker did not start");
  const dir = mkdtempSync(join(tmpdir(), "msoko-bench-"));
  const url = `file:${join(dir, "bench.db")}`;
  const db = createDatabase(url);
  db.migrate();
  const schoolIds = await seed(db);
  const config = createConfig({
    BOT_TOKEN: TOKEN,
    TELEGRAM_API_ROOT: started.apiRoot,
    DATABASE_URL: url,
    LOG_LEVEL: "silent",
    BOT_MODE: "webhook",
    PUBLIC_URL: "https://bench.invalid",
    WEBHOOK_SECRET: SECRET,
  });
  const deps = { config, db, logger: createLogger("silent"), translate: createTranslator() };
  const bot = await startBot(TOKEN, deps);
  const server = await startServer(createServer({ ...deps, webhook: bot.webhook }), {
    port: 0,
    host: "127.0.0.1",
  });
  const formUrl = `http://127.0.0.1:${server.port}/webhook/telegram`;

  /** A fresh campaign per level, so every deputy starts at question 1 with no old state. */
  let level = 0;
  const formLevel = async (perSecond: number, seconds: number): Promise<LevelResult> => {
    const campaignId = await openCampaign(db, schoolIds, ++level);
    const result = await load.level({
      url: formUrl,
      perSecond,
      seconds,
      open: { campaignId, schoolIds },
      answers: "numbers",
    });
    // Every served step must have saved an answer: a form that never opened (say, a changed
    // button format) would otherwise measure the bot's "I did not understand" reply instead.
    const saved = await db.prisma.answer.count({ where: { submission: { campaignId } } });
    if (saved < 0.95 * result.steps)
      throw new Error(
        `the form took ${saved} answers for ${result.steps} steps: it is not the form being measured`,
      );
    return result;
  };

  const bare = new Bot(TOKEN, {
    client: { apiRoot: started.apiRoot },
    botInfo: started.botInfo as UserFromGetMe,
  });
  bare.on("message", (ctx) => ctx.reply("ok"));
  const bareApp = new Hono().post("/", webhookCallback(bare, "hono", { secretToken: SECRET }));
  const bareServer = await startServer(bareApp, { port: 0, host: "127.0.0.1" });
  const bareUrl = `http://127.0.0.1:${bareServer.port}/`;
  const bareLevel = (perSecond: number, seconds: number) =>
    load.level({ url: bareUrl, perSecond, seconds, answers: "chatter" });

  console.log(
    `form-step: ${USERS} deputies, ${QUESTIONS}-question form, SQLite (WAL), webhook in, fake Bot API out`,
  );
  // Warm-up: the first steps compile the code paths; they are not what a busy instance sees.
  print("warm-up @100/s", await formLevel(100, 3));
  const atTarget = await formLevel(200, 10);
  print("form @200/s", atTarget);
  const formMax = await climb("form", formLevel);
  const bareMax = await climb("bare", bareLevel);
  const ratio = formMax > 0 ? formMax / bareMax : 0;
  console.log(`sustainable: ≥95% of offered steps served, no errors, p95 ≤ ${P95_LIMIT_MS} ms`);
  console.log(`form max ${formMax} steps/s; bare grammY handler max ${bareMax} steps/s`);
  console.log(
    `form-step p95_ms=${atTarget.p95.toFixed(1)} max_steps_per_s=${formMax} ratio_to_bare=${ratio.toFixed(3)}`,
  );

  await bareServer.close();
  await server.close();
  await bot.stop();
  await load.ask({ kind: "stop" });
  await load.terminate();
  await db.close();
  rmSync(dir, { recursive: true, force: true });
}

function startLoadWorker() {
  // The worker is TypeScript: it loads through tsx's API (Node 20 workers ignore --import hooks).
  const api = import.meta.resolve("tsx/esm/api");
  const file = new URL("./load-worker.ts", import.meta.url).href;
  const worker = new Worker(
    `import(${JSON.stringify(api)}).then(({ tsImport }) => tsImport(${JSON.stringify(file)}, ${JSON.stringify(file)}));`,
    { eval: true },
  );
  const ask = (request: LoadRequest) =>
    new Promise<LoadReply>((resolve, reject) => {
      const fail = (error: Error) => reject(error);
      worker.once("error", fail);
      worker.once("message", (reply: LoadReply) => {
        worker.off("error", fail);
        resolve(reply);
      });
      worker.postMessage(request);
    });
  return {
    ask,
    async level(request: Omit<Extract<LoadRequest, { kind: "level" }>, "kind" | "users">) {
      const reply = await ask({ kind: "level", users: USERS, ...request });
      if (reply.kind !== "level") throw new Error(`the load worker answered ${reply.kind}`);
      return reply.result;
    },
    terminate: () => worker.terminate(),
  };
}

async function climb(
  name: string,
  run: (perSecond: number, seconds: number) => Promise<LevelResult>,
) {
  let best = 0;
  for (const perSecond of LADDER) {
    const result = await run(perSecond, 5);
    print(`${name} @${perSecond}/s`, result);
    if (!sustained(result, P95_LIMIT_MS)) break;
    best = perSecond;
  }
  return best;
}

function print(label: string, r: LevelResult): void {
  console.log(
    `${label.padEnd(16)} achieved ${r.achievedPerSecond.toFixed(0).padStart(5)}/s  p50 ${r.p50.toFixed(1)} ms  p95 ${r.p95.toFixed(1)} ms  p99 ${r.p99.toFixed(1)} ms  steps ${r.steps}  errors ${r.errors}`,
  );
}

async function seed(db: Database): Promise<number[]> {
  const prisma = db.prisma;
  const municipality = await prisma.municipality.create({
    data: { code: "bench", name: "Bench district", timezone: "Asia/Yekaterinburg" },
  });
  const form = await prisma.form.create({
    data: {
      code: "bench-form",
      title: "Нагрузочная форма",
      titleEn: "Load form",
      periodKind: "month",
      questions: {
        create: Array.from({ length: QUESTIONS }, (_, index) => ({
          code: `q${index + 1}`,
          position: index + 1,
          type: "integer",
          text: `Вопрос ${index + 1}: сколько?`,
          textEn: `Question ${index + 1}: how many?`,
          min: 0,
          max: 100_000,
        })),
      },
    },
  });
  await prisma.keyValue.create({ data: { key: "bench:form", value: String(form.id) } });
  const schoolIds: number[] = [];
  for (let index = 0; index < USERS; index++) {
    const school = await prisma.school.create({
      data: {
        code: `b${index}`,
        name: `Школа ${index}`,
        type: "general",
        municipalityId: municipality.id,
      },
    });
    const person = await prisma.person.create({
      data: { telegramId: BigInt(10_000 + index), fullName: `Deputy ${index}` },
    });
    await prisma.roleAssignment.create({
      data: {
        personId: person.id,
        role: "deputy",
        municipalityId: municipality.id,
        schoolId: school.id,
      },
    });
    schoolIds.push(school.id);
  }
  return schoolIds;
}

async function openCampaign(db: Database, schoolIds: number[], level: number): Promise<number> {
  const prisma = db.prisma;
  const formId = Number(
    (await prisma.keyValue.findUniqueOrThrow({ where: { key: "bench:form" } })).value,
  );
  const municipality = await prisma.municipality.findUniqueOrThrow({ where: { code: "bench" } });
  const year = 2030 + level;
  const period = await prisma.period.create({
    data: {
      code: `${year}-01`,
      kind: "month",
      startsOn: new Date(Date.UTC(year, 0, 1)),
      endsOn: new Date(Date.UTC(year, 0, 31)),
    },
  });
  const campaign = await prisma.campaign.create({
    data: {
      formId,
      periodId: period.id,
      municipalityId: municipality.id,
      status: "open",
      openedAt: new Date(),
      deadlineAt: new Date(Date.now() + 86_400_000),
      targets: { create: schoolIds.map((schoolId) => ({ schoolId })) },
    },
  });
  return campaign.id;
}
