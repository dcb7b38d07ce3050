import { availableParallelism, loadavg } from "node:os";
import { performance } from "node:perf_hooks";
import { parseArgs } from "node:util";
import { Worker } from "node:worker_threads";
import { Bot, webhookCallback } from "grammy";
import type { UserFromGetMe } from "grammy/types";
import { Hono } from "hono";
import { startBot } from "../src/bot/run-bot.ts";
import { createConfig } from "../src/config.ts";
import { createDatabase } from "../src/db/client.ts";
import { createTranslator } from "../src/i18n/translator.ts";
import { createLogger } from "../src/logger.ts";
import { createServer, startServer } from "../src/server/index.ts";
import { type BenchDatabaseKind, createBenchDatabase } from "./bench-database.ts";
import { openCampaign, QUESTIONS, seed, USERS } from "./form-fixtures.ts";
import { type LevelResult, sustained } from "./load.ts";
import type { LoadReply, LoadRequest } from "./load-worker.ts";

const TOKEN = "123456:BENCH-TOKEN-abcdefghijklmnopqrstuvwxyz";
const SECRET = "bench-webhook-secret-0123456789";
/** A level counts as sustained when ≥ 95 % of the offered steps are served with p95 under this. */
const P95_LIMIT_MS = 100;
/** The rate whose p95 the report gives: the issue's target for one instance. */
const TARGET_PER_SECOND = 200;
/** PostgreSQL's goal: p95 at the target rate, and its ratio to bare as a share of SQLite's. */
const POSTGRES_P95_GOAL_MS = 25;
const POSTGRES_VS_SQLITE_GOAL = 0.8;
const LADDER = [
  100, 200, 300, 400, 450, 500, 550, 600, 650, 700, 800, 900, 1000, 1200, 1500, 2000, 2500, 3000,
  3500, 4000, 5000,
];

type LoadWorker = ReturnType<typeof startLoadWorker>;
interface Started {
  apiRoot: string;
  botInfo: unknown;
}
interface FormResult {
  kind: BenchDatabaseKind;
  atTarget: LevelResult;
  max: number;
}

/**
 * 200 deputies answering a 60-question form at once: each step is a Telegram update POSTed to the
 * real server's webhook → the real bot (conversation replay, validation, the answer saved in the
 * database) → the next question sent to a fake Bot API over HTTP. The deputies and the fake Bot
 * API run in a worker thread, so the bot's thread does only the bot's work, as in production. The
 * same harness then measures a bare grammY handler that only replies, so the cost of the product's
 * work shows as a ratio.
 *
 * `--db sqlite` (the default) measures SQLite; `--db postgres` measures SQLite and then PostgreSQL
 * (a fresh schema on BENCH_POSTGRES_URL) in one run against one bare baseline, so the two ratios
 * compare on the same machine at the same moment.
 *
 * The last lines, one per database (PostgreSQL's last):
 *   form-step p95_ms=… max_steps_per_s=… ratio_to_bare=… db=sqlite|postgres [vs_sqlite=…]
 * - p95_ms: p95 latency of one step, in ms, over 10 s at 200 steps/s (after a warm-up level);
 * - max_steps_per_s: the highest ladder rate sustained (≥ 95 % served, no errors, p95 ≤ 100 ms);
 * - ratio_to_bare: max_steps_per_s / the bare grammY handler's, measured once in this run;
 * - db: the database the line measured;
 * - vs_sqlite (PostgreSQL's line only): its ratio_to_bare / SQLite's in this run; the issue's goal
 *   is p95_ms ≤ 25 and vs_sqlite ≥ 0.8.
 */
export async function runFormStepBenchmark(args: string[] = []): Promise<void> {
  const kinds = databasesToMeasure(args);
  // Other work on the machine shows in every figure: say how busy it was, before and after.
  const machine = () =>
    `machine: ${availableParallelism()} cores, load average ${loadavg()[0]?.toFixed(2)}`;
  console.log(machine());
  const load = startLoadWorker();
  try {
    const started = await load.ask({ kind: "start", token: TOKEN, secret: SECRET });
    if (started.kind !== "started") throw new Error("the load worker did not start");

    const forms: FormResult[] = [];
    for (const kind of kinds) forms.push(await measureForm(kind, started, load));
    const bareMax = await measureBare(started, load);

    console.log(machine());
    console.log(`sustainable: ≥95% of offered steps served, no errors, p95 ≤ ${P95_LIMIT_MS} ms`);
    for (const form of forms)
      console.log(
        `${form.kind} form max ${form.max} steps/s; bare grammY handler max ${bareMax} steps/s`,
      );
    const ratioOf = (form: FormResult) => (form.max > 0 && bareMax > 0 ? form.max / bareMax : 0);
    const sqliteRatio = ratioOf(forms[0] as FormResult);
    const postgres = forms.find((form) => form.kind === "postgres");
    if (postgres) {
      const vsSqlite = sqliteRatio > 0 ? ratioOf(postgres) / sqliteRatio : 0;
      const met =
        postgres.atTarget.p95 <= POSTGRES_P95_GOAL_MS && vsSqlite >= POSTGRES_VS_SQLITE_GOAL;
      console.log(
        `postgres goal (p95 ≤ ${POSTGRES_P95_GOAL_MS} ms @${TARGET_PER_SECOND}/s, ratio ≥ ${POSTGRES_VS_SQLITE_GOAL} × SQLite's): ${met ? "met" : "missed"}`,
      );
    }
    for (const form of forms) {
      const ratio = ratioOf(form);
      const vsSqlite =
        form.kind === "postgres"
          ? ` vs_sqlite=${(sqliteRatio > 0 ? ratio / sqliteRatio : 0).toFixed(3)}`
          : "";
      console.log(
        `form-step p95_ms=${form.atTarget.p95.toFixed(1)} max_steps_per_s=${form.max} ratio_to_bare=${ratio.toFixed(3)} db=${form.kind}${vsSqlite}`,
      );
    }
    await load.ask({ kind: "stop" });
  } finally {
    await load.terminate();
  }
}

function databasesToMeasure(args: string[]): BenchDatabaseKind[] {
  const { values } = parseArgs({
    args,
    options: { db: { type: "string", default: "sqlite" } },
    strict: true,
  });
  if (values.db === "sqlite") return ["sqlite"];
  if (values.db === "postgres") return ["sqlite", "postgres"];
  throw new Error(`--db ${values.db}: the form-step benchmark runs on sqlite or postgres`);
}

/** The real server and bot on a fresh database of `kind`: warm-up, the target rate, the climb. */
async function measureForm(
  kind: BenchDatabaseKind,
  started: Started,
  load: LoadWorker,
): Promise<FormResult> {
  const target = await createBenchDatabase(kind);
  try {
    const db = createDatabase(target.url);
    try {
      await db.migrate();
      const schoolIds = await seed(db);
      const config = createConfig({
        BOT_TOKEN: TOKEN,
        TELEGRAM_API_ROOT: started.apiRoot,
        DATABASE_URL: target.url,
        LOG_LEVEL: "silent",
        BOT_MODE: "webhook",
        PUBLIC_URL: "https://bench.invalid",
        WEBHOOK_SECRET: SECRET,
      });
      const deps = { config, db, logger: createLogger("silent"), translate: createTranslator() };
      // The webhook answers an update still busy after 3 s and finishes it in the background
      // (run-bot.ts): the forms' opening and each level end only when the bot has finished every
      // update it was sent, so no leftover work runs inside a timed level or misses the count.
      const handling = createUpdateCounter();
      const bot = await startBot(TOKEN, deps, { onUpdateDone: handling.done });
      const webhook = bot.webhook;
      if (!webhook) throw new Error("the bot did not start in webhook mode");
      const server = await startServer(
        createServer({ ...deps, webhook: (c) => webhook(handling.started(c)) }),
        { port: 0, host: "127.0.0.1" },
      );
      try {
        const formUrl = `http://127.0.0.1:${server.port}/webhook/telegram`;
        /** A fresh campaign per level, so every deputy starts at question 1 with no old state. */
        let level = 0;
        const formLevel = async (perSecond: number, seconds: number): Promise<LevelResult> => {
          const campaignId = await openCampaign(db, schoolIds, ++level);
          await load.open({ url: formUrl, campaignId, schoolIds });
          await handling.drained();
          const result = await load.level({ url: formUrl, perSecond, seconds, answers: "numbers" });
          await handling.drained();
          // Every served step must have saved an answer: a form that never opened (say, a changed
          // button format) would otherwise measure the bot's "I did not understand" reply instead.
          const saved = await db.prisma.answer.count({ where: { submission: { campaignId } } });
          if (saved < 0.95 * result.steps)
            throw new Error(
              `the form took ${saved} answers for ${result.steps} steps: it is not the form being measured`,
            );
          return result;
        };

        console.log(
          `form-step: ${USERS} deputies, ${QUESTIONS}-question form, ${target.label}, webhook in, fake Bot API out`,
        );
        // Warm-up: the first steps compile the code paths; they are not what a busy instance sees.
        print("warm-up @100/s", await formLevel(100, 3));
        const atTarget = await formLevel(TARGET_PER_SECOND, 10);
        print(`form @${TARGET_PER_SECOND}/s`, atTarget);
        const max = await climb("form", formLevel);
        return { kind, atTarget, max };
      } finally {
        await server.close();
        await bot.stop();
      }
    } finally {
      await db.close();
    }
  } finally {
    await target.remove();
  }
}

/** The same harness against a grammY bot that only replies: the baseline of the ratio. */
async function measureBare(started: Started, load: LoadWorker): Promise<number> {
  const bare = new Bot(TOKEN, {
    client: { apiRoot: started.apiRoot },
    botInfo: started.botInfo as UserFromGetMe,
  });
  bare.on("message", (ctx) => ctx.reply("ok"));
  const bareApp = new Hono().post("/", webhookCallback(bare, "hono", { secretToken: SECRET }));
  const bareServer = await startServer(bareApp, { port: 0, host: "127.0.0.1" });
  try {
    const bareUrl = `http://127.0.0.1:${bareServer.port}/`;
    return await climb("bare", (perSecond, seconds) =>
      load.level({ url: bareUrl, perSecond, seconds, answers: "chatter" }),
    );
  } finally {
    await bareServer.close();
  }
}

/** Counts updates into the webhook and out of the bot's middleware, to wait until none is busy. */
function createUpdateCounter() {
  let started = 0;
  let done = 0;
  let waiters: Array<() => void> = [];
  return {
    started<T>(request: T): T {
      started++;
      return request;
    },
    done(): void {
      done++;
      if (done < started) return;
      for (const resolve of waiters) resolve();
      waiters = [];
    },
    drained(): Promise<void> {
      if (done >= started) return Promise.resolve();
      return new Promise((resolve) => waiters.push(resolve));
    },
  };
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
    async open(request: Omit<Extract<LoadRequest, { kind: "open" }>, "kind">) {
      const reply = await ask({ kind: "open", ...request });
      if (reply.kind !== "opened") throw new Error(`the load worker answered ${reply.kind}`);
    },
    async level(request: Omit<Extract<LoadRequest, { kind: "level" }>, "kind" | "users">) {
      // How busy the bot's thread (this one) was shows where a limit comes from.
      const before = performance.eventLoopUtilization();
      const reply = await ask({ kind: "level", users: USERS, ...request });
      if (reply.kind !== "level") throw new Error(`the load worker answered ${reply.kind}`);
      return { ...reply.result, botBusy: performance.eventLoopUtilization(before).utilization };
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
    `${label.padEnd(16)} achieved ${r.achievedPerSecond.toFixed(0).padStart(5)}/s  p50 ${r.p50.toFixed(1)} ms  p95 ${r.p95.toFixed(1)} ms  p99 ${r.p99.toFixed(1)} ms  steps ${r.steps}  errors ${r.errors}${r.botBusy === undefined ? "" : `  bot thread busy ${(100 * r.botBusy).toFixed(0)}%`}`,
  );
}
