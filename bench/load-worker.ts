import { Agent, request } from "node:http";
import { parentPort } from "node:worker_threads";
import { encodeTaskButton } from "../src/bot/callback-data/task.ts";
import { startFakeBotApi } from "../test/support/fake-bot-api.ts";
import { type LevelResult, runLevel } from "./load.ts";

/**
 * The load generator and the fake Telegram Bot API, in a thread of their own: the bot under test
 * gets its process's main thread to itself, as it would facing the real Telegram.
 */
export type LoadRequest =
  | { kind: "start"; token: string; secret: string }
  /** Before a form level: each deputy taps the task of this campaign for their school. */
  | { kind: "open"; url: string; campaignId: number; schoolIds: number[] }
  | {
      kind: "level";
      url: string;
      users: number;
      perSecond: number;
      seconds: number;
      /** Text of step n of user i: a number for the form, anything for the bare bot. */
      answers: "numbers" | "chatter";
    }
  | { kind: "stop" };

export type LoadReply =
  | { kind: "started"; apiRoot: string; botInfo: unknown }
  | { kind: "opened" }
  | { kind: "level"; result: LevelResult }
  | { kind: "stopped" };

const port = parentPort;
if (!port) throw new Error("load-worker.ts runs as a worker thread of bench/form-step.ts");

const fake = await startFakeBotApi();
fake.respondTo("answerCallbackQuery", () => true);
let secret = "";
let updateId = 1;

/**
 * Telegram delivers a bot's webhook updates over at most `max_connections` connections (40 unless
 * setWebhook says otherwise) and keeps them open; so does this harness. Updates beyond that wait
 * their turn, and that wait counts in the step's latency.
 */
const TELEGRAM_MAX_CONNECTIONS = 40;
const agent = new Agent({ keepAlive: true, maxSockets: TELEGRAM_MAX_CONNECTIONS });

const post = (target: string, update: object) =>
  send(target, JSON.stringify({ update_id: updateId++, ...update }), true);

const send = (target: string, body: string, mayRetry: boolean): Promise<void> =>
  new Promise<void>((resolve, reject) => {
    const call = request(
      target,
      {
        method: "POST",
        agent,
        headers: {
          "Content-Type": "application/json",
          "Content-Length": Buffer.byteLength(body),
          "X-Telegram-Bot-Api-Secret-Token": secret,
        },
      },
      (response) => {
        response.resume();
        response.on("end", () =>
          response.statusCode === 200
            ? resolve()
            : reject(new Error(`webhook answered ${response.statusCode}`)),
        );
        response.on("error", reject);
      },
    );
    call.on("error", (error: NodeJS.ErrnoException) => {
      // A kept-alive connection the server closed just as we reused it: the update never
      // arrived, so it is sent again on a fresh connection (Node's documented remedy).
      if (mayRetry && call.reusedSocket && error.code === "ECONNRESET")
        send(target, body, false).then(resolve, reject);
      else reject(error);
    });
    call.end(body);
  });

const user = (index: number) => ({
  id: 10_000 + index,
  is_bot: false,
  first_name: `Deputy ${index}`,
});
const text = (index: number, body: string) => ({
  message: {
    message_id: updateId,
    date: Math.floor(Date.now() / 1000),
    chat: { id: 10_000 + index, type: "private", first_name: `Deputy ${index}` },
    from: user(index),
    text: body,
  },
});

port.on("message", async (request: LoadRequest) => {
  if (request.kind === "start") {
    secret = request.secret;
    port.postMessage({
      kind: "started",
      apiRoot: fake.apiRoot,
      botInfo: fake.botInfo,
    } satisfies LoadReply);
    return;
  }
  if (request.kind === "stop") {
    await fake.close();
    port.postMessage({ kind: "stopped" } satisfies LoadReply);
    return;
  }
  if (request.kind === "open") {
    const { url, campaignId, schoolIds } = request;
    await Promise.all(
      schoolIds.map((schoolId, index) =>
        post(url, {
          callback_query: {
            id: `${campaignId}-${index}`,
            from: user(index),
            chat_instance: "bench",
            data: encodeTaskButton(campaignId, schoolId),
            message: { message_id: 1, date: 0, chat: { id: 10_000 + index, type: "private" } },
          },
        }),
      ),
    );
    port.postMessage({ kind: "opened" } satisfies LoadReply);
    return;
  }
  const { url } = request;
  const result = await runLevel(
    request.users,
    request.perSecond,
    request.seconds,
    (index, sequence) =>
      post(
        url,
        text(
          index,
          request.answers === "numbers"
            ? String(10 + ((sequence * 7 + index) % 90))
            : `m${sequence}`,
        ),
      ),
  );
  port.postMessage({ kind: "level", result } satisfies LoadReply);
});
