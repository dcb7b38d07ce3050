import type { IncomingMessage, ServerResponse } from "node:http";
import { setTimeout as sleep } from "node:timers/promises";
import { ApiError, NOT_FOUND, UNAUTHORIZED } from "./api-error.ts";
import type { CallLog } from "./call-log.ts";
import type { FaultPlan } from "./faults.ts";
import type { Arrivals, NetworkPlan } from "./network.ts";
import type { SendRateLimiter } from "./rate-limits.ts";
import { readRequest } from "./request-body.ts";
import type { FakeState, MethodHandler } from "./state.ts";
import type { ApiErrorBody, Payload, UploadedFile } from "./types.ts";

export interface HandlerDeps {
  state: FakeState;
  log: CallLog;
  faults: FaultPlan;
  handlerFor(method: string): MethodHandler;
  acceptToken(token: string): boolean;
  /** Requests being answered right now, for settle(); long polls excluded. */
  inFlight: Map<symbol, string>;
  /** Called when a request leaves `inFlight`. */
  answered(): void;
  /** Aborted by close(), cutting injected delays short. */
  closing: AbortSignal;
  /** Telegram's flood limits, when the fake enforces them. */
  limiter?: SendRateLimiter;
  /** Latency and random failures, when the fake simulates a network. */
  network?: NetworkPlan;
  /** Counts calls as they arrive. */
  arrivals?: Arrivals;
}

type Outcome = { result: unknown } | { error: ApiErrorBody; injected: boolean };

const METHOD_PATH = /^\/bot([^/]+)\/(?:test\/)?([A-Za-z]+)$/;
const FILE_PATH = /^\/file\/bot([^/]+)\/(.+)$/;

/** Routes `/bot<token>/<method>` calls and `/file/bot<token>/<path>` downloads. */
export function createHttpHandler(deps: HandlerDeps) {
  return async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    const url = new URL(request.url ?? "/", "http://127.0.0.1");
    const file = FILE_PATH.exec(url.pathname);
    const route = METHOD_PATH.exec(url.pathname);
    if (file !== null) serveFile(deps, file[1] ?? "", decodeURIComponent(file[2] ?? ""), response);
    else if (route !== null)
      await answerCall(deps, route[1] ?? "", route[2] ?? "", request, url, response);
    else writeJson(response, { ok: false, ...NOT_FOUND });
  };
}

async function answerCall(
  deps: HandlerDeps,
  token: string,
  method: string,
  request: IncomingMessage,
  url: URL,
  response: ServerResponse,
): Promise<void> {
  const at = Date.now();
  const requestId = Symbol(method);
  if (method !== "getUpdates") deps.inFlight.set(requestId, method);
  let arrival: number | undefined;
  try {
    let payload: Payload = {};
    let uploads: UploadedFile[] = [];
    let outcome: Outcome;
    try {
      ({ payload, uploads } = await readRequest(request, url));
      arrival = deps.arrivals?.arrived(method, payload);
      outcome = deps.acceptToken(token)
        ? await dispatch(deps, method, payload, disconnectSignal(response))
        : { error: UNAUTHORIZED, injected: false };
    } catch (error) {
      outcome = { error: toErrorBody(error), injected: false };
    }
    // The request counted on arrival; its answer takes the network's time to come back.
    const latency = deps.network?.latencyFor(method) ?? 0;
    if (latency > 0) await sleep(latency, undefined, { signal: deps.closing }).catch(() => {});
    deps.log.record({
      method,
      payload,
      uploads,
      at,
      failed: "error" in outcome,
      injected: "error" in outcome && outcome.injected,
      ...("error" in outcome ? { error: outcome.error } : { result: outcome.result }),
    });
    const body =
      "error" in outcome ? { ok: false, ...outcome.error } : { ok: true, result: outcome.result };
    writeJson(response, body);
  } finally {
    if (arrival !== undefined) deps.arrivals?.answered(arrival);
    if (deps.inFlight.delete(requestId)) deps.answered();
  }
}

async function dispatch(
  deps: HandlerDeps,
  method: string,
  payload: Payload,
  signal: AbortSignal,
): Promise<Outcome> {
  const hold = deps.faults.takeHold(method);
  if (hold !== undefined) {
    hold.arrive(payload);
    const closed = new Promise<void>((resolve) =>
      deps.closing.addEventListener("abort", () => resolve(), { once: true }),
    );
    await Promise.race([hold.released, closed]);
  }
  const delay = deps.faults.takeDelay(method);
  if (delay !== undefined)
    await sleep(delay, undefined, { signal: deps.closing }).catch(() => undefined);
  const failure = deps.faults.takeFailure(method) ?? deps.network?.faultFor(method);
  if (failure !== undefined) return { error: failure, injected: true };
  const limited = deps.limiter?.check(method, payload);
  if (limited !== undefined) return { error: limited, injected: false };
  return { result: await deps.handlerFor(method)({ payload, signal }, deps.state) };
}

function toErrorBody(error: unknown): ApiErrorBody {
  if (error instanceof ApiError) return error.body;
  // A bug in the fake itself: make it loud instead of looking like Telegram's answer.
  console.error("fake Bot API crashed while answering a call:", error);
  const detail = error instanceof Error ? error.message : String(error);
  return { error_code: 500, description: `Internal Server Error: fake Bot API crashed: ${detail}` };
}

function disconnectSignal(response: ServerResponse): AbortSignal {
  const controller = new AbortController();
  response.on("close", () => {
    if (!response.writableFinished) controller.abort();
  });
  return controller.signal;
}

function serveFile(deps: HandlerDeps, token: string, path: string, response: ServerResponse): void {
  if (!deps.acceptToken(token)) {
    writeJson(response, { ok: false, ...UNAUTHORIZED });
    return;
  }
  const file = deps.state.files.byPath(path);
  if (file?.data === undefined) {
    const description =
      "Not Found: the fake has no bytes for this file; send it with fake.sendDocument(user, { content })";
    writeJson(response, { ok: false, error_code: 404, description });
    return;
  }
  response.writeHead(200, {
    "content-type": "application/octet-stream",
    "content-length": file.data.length,
  });
  response.end(file.data);
}

type ResponseBody = { ok: boolean; error_code?: number } & Record<string, unknown>;

function writeJson(response: ServerResponse, body: ResponseBody): void {
  if (response.destroyed || response.writableEnded) return;
  const json = JSON.stringify(body);
  response.writeHead(body.ok ? 200 : (body.error_code ?? 500), {
    "content-type": "application/json",
    "content-length": Buffer.byteLength(json),
  });
  response.end(json);
}
