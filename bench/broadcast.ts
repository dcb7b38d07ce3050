import { availableParallelism, loadavg } from "node:os";
import { parseArgs } from "node:util";
import { createDatabase } from "../src/db/client.ts";
import { broadcastTown, sendTownOrder } from "../test/support/broadcast-town.ts";
import {
  type FakeBotApi,
  startFakeBotApi,
  TELEGRAM_SEND_LIMITS,
} from "../test/support/fake-bot-api.ts";
import { freePort, type SpawnedApp, spawnApp, waitForOutput } from "../test/support/spawn-app.ts";
import { type BenchDatabaseKind, createBenchDatabase } from "./bench-database.ts";

const TOKEN = "123456:BENCH-TOKEN-abcdefghijklmnopqrstuvwxyz";
/** 750 schools with a director and three deputies each: 3,000 recipients. */
const SCHOOLS = 750;
const DEPUTIES = 3;
const FIRST_TELEGRAM_ID = 900_000;
/** Telegram's free limit, which the fake enforces. */
const LIMIT_PER_SECOND = TELEGRAM_SEND_LIMITS.perSecond;
/** The answer to a request comes after this many ms, as from Telegram's servers. */
const LATENCY_MS: [number, number] = [30, 80];
/** This share of messages sent is answered with a 429 (retry_after 1) or a 502, in turn. */
const FAULT_SHARE = 0.01;
const PDF = new TextEncoder().encode("%PDF-1.4\n% приказ № 112 о мониторинге\n%%EOF\n");

interface RunResult {
  recipients: number;
  delivered: number;
  lost: number;
  duplicated: number;
  /** Successful deliveries a second, from the first to the last. */
  perSecond: number;
  refused: { limit: number; injected: number };
  /** Only with a kill: requests in flight at the kill, and deliveries Telegram had but the DB not. */
  kill?: { inFlight: number; unrecorded: number; deliveredBefore: number };
}

/**
 * An order with a PDF to 3,000 directors and deputies of 750 schools, sent by the real app (`npm start` as a
 * separate process) through a fake Bot API that enforces Telegram's 30 messages a second, answers
 * after 30–80 ms and fails 1 % of the messages with a 429 or a 502. Then the same with the app
 * SIGKILLed halfway (by the messages the fake received) and started again.
 *
 * ratio = delivered / (last delivery − first delivery) / 30; lost = recipients who never got the
 * order; duplicated = recipients who got it more than once. `--db sqlite` (default) runs on a fresh
 * SQLite file, `--db postgres` on a fresh schema of BENCH_POSTGRES_URL. The last line:
 *   broadcast ratio=… lost=… duplicated=… restart_lost=… restart_duplicated=…
 */
export async function runBroadcastBenchmark(args: string[] = []): Promise<void> {
  const kind = databaseOf(args);
  const machine = () =>
    `machine: ${availableParallelism()} cores, load average ${loadavg()[0]?.toFixed(2)}`;
  console.log(machine());
  console.log(
    `${SCHOOLS * (1 + DEPUTIES)} recipients, fake Bot API at ${LIMIT_PER_SECOND}/s, latency ${LATENCY_MS.join("–")} ms, ${FAULT_SHARE * 100} % 429/502, db=${kind}`,
  );
  const plain = await measure(kind, false);
  report("straight through", plain);
  const killed = await measure(kind, true);
  report("SIGKILL halfway and restart", killed);
  console.log(machine());
  console.log(
    `broadcast ratio=${(plain.perSecond / LIMIT_PER_SECOND).toFixed(3)} lost=${plain.lost} duplicated=${plain.duplicated} restart_lost=${killed.lost} restart_duplicated=${killed.duplicated}`,
  );
}

function databaseOf(args: string[]): BenchDatabaseKind {
  const { values } = parseArgs({
    args,
    options: { db: { type: "string", default: "sqlite" } },
    strict: true,
  });
  if (values.db === "sqlite" || values.db === "postgres") return values.db;
  throw new Error(`--db ${values.db}: the broadcast benchmark runs on sqlite or postgres`);
}

function report(title: string, result: RunResult): void {
  console.log(
    `${title}: delivered ${result.delivered}/${result.recipients} at ${result.perSecond.toFixed(1)}/s ` +
      `(${((100 * result.perSecond) / LIMIT_PER_SECOND).toFixed(1)} % of ${LIMIT_PER_SECOND}/s), ` +
      `lost ${result.lost}, duplicated ${result.duplicated}; 429 from the limits ${result.refused.limit}, ` +
      `injected faults ${result.refused.injected}`,
  );
  if (result.kill)
    console.log(
      `  at the kill: ${result.kill.deliveredBefore} delivered, ${result.kill.inFlight} request(s) in flight, ` +
        `${result.kill.unrecorded} delivered but not recorded (the only ones that may repeat)`,
    );
}

async function measure(kind: BenchDatabaseKind, kill: boolean): Promise<RunResult> {
  const target = await createBenchDatabase(kind);
  const fake = await startFakeBotApi({
    limits: TELEGRAM_SEND_LIMITS,
    network: { latencyMs: LATENCY_MS, faultShare: FAULT_SHARE, seed: kill ? 2 : 1 },
  });
  const apps: SpawnedApp[] = [];
  try {
    const db = createDatabase(target.url);
    let unrecordedAtKill = 0;
    let kept: { inFlight: number; deliveredBefore: number } | undefined;
    try {
      await db.migrate();
      const town = await broadcastTown(db.prisma, {
        schools: SCHOOLS,
        deputies: DEPUTIES,
        firstTelegramId: FIRST_TELEGRAM_ID,
      });
      await sendTownOrder(db.prisma, town, { document: PDF });
      const start = async () => {
        const app = spawnApp({
          BOT_TOKEN: TOKEN,
          TELEGRAM_API_ROOT: fake.apiRoot,
          DATABASE_URL: target.url,
          PORT: String(await freePort()),
          HOST: "127.0.0.1",
          LOG_LEVEL: "info",
          OUTBOX_CLAIM_SECONDS: "5",
        });
        apps.push(app);
        return app;
      };
      const first = await start();
      if (kill) {
        await fake.untilReceivedSends(town.recipients / 2);
        first.child.kill("SIGKILL");
        const inFlight = fake.unanswered().length;
        await first.exited;
        await fake.settle();
        const sent = await db.prisma.outboxMessage.findMany({
          where: { deliveryId: { not: null }, status: "sent" },
          select: { person: { select: { telegramId: true } } },
        });
        const recorded = new Set(sent.map((row) => Number(row.person.telegramId)));
        const before = deliveriesPerChat(fake);
        unrecordedAtKill = [...before.keys()].filter((chat) => !recorded.has(chat)).length;
        kept = { inFlight, deliveredBefore: before.size };
        await waitForOutput(await start(), '"msg":"order delivery complete"');
      } else await waitForOutput(first, '"msg":"order delivery complete"');
      return summarise(fake, town.recipients, kept && { ...kept, unrecorded: unrecordedAtKill });
    } finally {
      await db.close();
    }
  } finally {
    for (const app of apps) await app.stop("SIGKILL");
    await fake.close();
    await target.remove();
  }
}

function deliveriesPerChat(fake: FakeBotApi): Map<number, number> {
  const counts = new Map<number, number>();
  for (const call of fake.callsOf("sendDocument"))
    if (!call.failed) {
      const chat = Number(call.payload.chat_id);
      counts.set(chat, (counts.get(chat) ?? 0) + 1);
    }
  return counts;
}

function summarise(fake: FakeBotApi, recipients: number, kill?: RunResult["kill"]): RunResult {
  const counts = deliveriesPerChat(fake);
  const delivered = fake.callsOf("sendDocument").filter((call) => !call.failed);
  const times = delivered.map((call) => call.at);
  const elapsed = (Math.max(...times) - Math.min(...times)) / 1000;
  let lost = 0;
  for (let i = 0; i < recipients; i++) if (!counts.has(FIRST_TELEGRAM_ID + i)) lost++;
  const refused = fake.calls.filter((call) => call.failed && call.method.startsWith("send"));
  return {
    recipients,
    delivered: counts.size,
    lost,
    duplicated: [...counts.values()].filter((n) => n > 1).length,
    perSecond: elapsed > 0 ? delivered.length / elapsed : 0,
    refused: {
      limit: refused.filter((call) => !call.injected && call.error?.error_code === 429).length,
      injected: refused.filter((call) => call.injected).length,
    },
    ...(kill ? { kill } : {}),
  };
}
