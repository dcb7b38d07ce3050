import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { explainedWait } from "../pending-waits.ts";
import { CallLog } from "./call-log.ts";
import { ChatStore } from "./chat-store.ts";
import { Conditions } from "./conditions.ts";
import { editMethods } from "./edit-methods.ts";
import { FaultPlan } from "./faults.ts";
import { FileStore } from "./file-store.ts";
import { createHttpHandler } from "./http-handler.ts";
import { completeUpdate } from "./incoming.ts";
import { Arrivals, NetworkPlan } from "./network.ts";
import { SendRateLimiter } from "./rate-limits.ts";
import { sendMethods, sendOtherContent } from "./send-methods.ts";
import { settingsMethods } from "./settings-methods.ts";
import { createBotInfo, DEFAULT_TOKEN, type FakeState, type MethodHandler } from "./state.ts";
import type {
  FakeBotApi,
  FakeBotApiOptions,
  Payload,
  SettleOptions,
  UpdateDraft,
} from "./types.ts";
import { UpdateQueue } from "./update-queue.ts";
import { createUserActions } from "./user-actions.ts";

const TOKEN_FORMAT = /^\d+:[A-Za-z0-9_-]+$/;

// Telegram treats method names case-insensitively.
const BUILT_IN_METHODS = new Map<string, MethodHandler>(
  Object.entries({ ...settingsMethods, ...sendMethods, ...editMethods }).map(([name, handler]) => [
    name.toLowerCase(),
    handler,
  ]),
);

/**
 * Starts a fake Telegram Bot API on 127.0.0.1 with a random port. Pass
 * `apiRoot` as `new Bot(token, { client: { apiRoot } })`; call `close()` when done.
 */
export async function startFakeBotApi(options: FakeBotApiOptions = {}): Promise<FakeBotApi> {
  const username = options.username ?? "msoko_test_bot";
  const firstName = options.firstName ?? "MSOKO Test Bot";
  const conditions = new Conditions();
  const changed = () => conditions.changed();
  // Pushed updates the bot has not reported handled; waited on once trackHandling() was called.
  const unhandled = new Set<number>();
  let tracksHandling = false;
  let pushes = 0;
  const settleSteps: Array<{ description: string; run: () => Promise<void> }> = [];
  let stage = "";
  const state: FakeState = {
    bot: createBotInfo(options.token ?? DEFAULT_TOKEN, username, firstName),
    chats: new ChatStore(),
    files: new FileStore(),
    updates: new UpdateQueue({
      changed,
      dropped: (updates) => {
        for (const update of updates) unhandled.delete(update.update_id);
      },
    }),
    commands: new Map(),
    menuButtons: new Map(),
    webhook: { url: "", maxConnections: undefined },
  };
  const log = new CallLog();
  const faults = new FaultPlan();
  const overrides = new Map<string, (payload: Payload) => unknown>();
  const inFlight = new Map<symbol, string>();
  const arrivals = new Arrivals();
  const closing = new AbortController();
  let adoptedToken = options.token;

  const acceptToken = (token: string): boolean => {
    if (!TOKEN_FORMAT.test(token)) return false;
    // Without a configured token the first one seen is the bot's, so getMe's id matches it.
    adoptedToken ??= token;
    if (token === adoptedToken && state.bot.id !== Number(token.split(":")[0])) {
      state.bot = createBotInfo(token, username, firstName);
    }
    return options.token === undefined || token === options.token;
  };
  const handlerFor = (method: string): MethodHandler => {
    const override = overrides.get(method.toLowerCase());
    if (override !== undefined) return ({ payload }) => override(payload);
    const builtIn = BUILT_IN_METHODS.get(method.toLowerCase());
    if (builtIn !== undefined) return builtIn;
    return /^send/i.test(method) ? sendOtherContent : () => true;
  };

  const handleHttp = createHttpHandler({
    state,
    log,
    faults,
    handlerFor,
    acceptToken,
    inFlight,
    answered: changed,
    closing: closing.signal,
    ...(options.limits ? { limiter: new SendRateLimiter(options.limits) } : {}),
    ...(options.network ? { network: new NetworkPlan(options.network) } : {}),
    arrivals,
  });
  const server = createServer((request, response) => {
    void handleHttp(request, response);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;

  const pushUpdate = (draft: UpdateDraft) => {
    const update = completeUpdate(state, draft);
    pushes++;
    unhandled.add(update.update_id);
    state.updates.push(update);
    return update;
  };

  const settle = async ({ timeoutMs }: SettleOptions = {}) => {
    const abandoned = new AbortController();
    try {
      await explainedWait(settleRounds(abandoned.signal), () => describeBusy(timeoutMs), timeoutMs);
    } finally {
      abandoned.abort();
    }
  };
  // A round waits for each event in turn; whatever happened meanwhile (a call, a push) takes
  // another round, so settle() ends only on a round in which nothing new happened.
  const settleRounds = async (abandoned: AbortSignal): Promise<void> => {
    while (!abandoned.aborted) {
      const before = `${log.activity}/${pushes}`;
      stage = "getUpdates to confirm every pushed update";
      await conditions.until(() => state.updates.unconfirmedCount === 0);
      if (tracksHandling) {
        stage = "the bot to report every pushed update handled";
        await conditions.until(() => unhandled.size === 0);
      }
      for (const step of settleSteps) {
        stage = step.description;
        await step.run();
      }
      stage = "the answers to requests in flight";
      await conditions.until(() => inFlight.size === 0);
      if (`${log.activity}/${pushes}` === before) return;
    }
  };
  const describeBusy = (timeoutMs?: number): string => {
    const reasons: string[] = [`still waiting for ${stage}`];
    const unconfirmed = state.updates.unconfirmedCount;
    if (unconfirmed > 0) {
      reasons.push(
        `${unconfirmed} pushed update(s) not yet confirmed by getUpdates ` +
          "(is the bot polling with bot.start()? is a handler still running?)",
      );
    }
    if (tracksHandling && unhandled.size > 0)
      reasons.push(`update(s) not reported handled: ${[...unhandled].join(", ")}`);
    if (inFlight.size > 0)
      reasons.push(`requests still being answered: ${[...inFlight.values()].join(", ")}`);
    const what =
      timeoutMs === undefined ? "settle() is" : `settle() timed out after ${timeoutMs} ms:`;
    return `${what} ${reasons.join("; ")}. Last calls:\n${log.describeRecent()}`;
  };

  return {
    apiRoot: `http://127.0.0.1:${port}`,
    get botInfo() {
      return state.bot;
    },
    calls: log.calls,
    callsOf: (method) => log.callsOf(method),
    lastCall: (method) => log.lastCall(method),
    clearCalls: () => log.clear(),
    mark: () => log.mark(),
    waitForCall: (method, predicate, waitOptions = {}) =>
      log.waitFor(method, predicate, waitOptions),
    settle,
    waitForIdle: settle,
    trackHandling() {
      tracksHandling = true;
      return (updateId) => {
        if (unhandled.delete(updateId)) changed();
      };
    },
    addSettleStep(description, run) {
      settleSteps.push({ description, run });
    },
    waitForLongPoll: () =>
      explainedWait(
        conditions.until(() => state.updates.hasWaitingPoll),
        () => "waitForLongPoll(): no getUpdates call is waiting",
      ),
    pushUpdate,
    redeliver: (update) => state.updates.redeliver(structuredClone(update)),
    ...createUserActions(state, pushUpdate),
    messagesIn: (chatId, { includeUser = false } = {}) => state.chats.list(chatId, includeUser),
    replyKeyboardIn: (chatId) => state.chats.replyKeyboard(chatId),
    failNext: (method, error, times = 1) => faults.failNext(method, error, times),
    delayNext: (method, ms, times = 1) => faults.delayNext(method, ms, times),
    holdNext: (method) => faults.holdNext(method),
    receivedSends: () => arrivals.sent,
    untilReceivedSends: (count) =>
      explainedWait(
        arrivals.untilSent(count),
        () => `untilReceivedSends(${count}): ${arrivals.sent} message(s) sent have arrived`,
      ),
    unanswered: () => arrivals.unanswered(),
    respondTo: (method, handler) => overrides.set(method.toLowerCase(), handler),
    async close() {
      closing.abort();
      state.updates.releasePending();
      log.rejectWaiters("the fake Bot API was closed while waiting for a call");
      // Let the released poll's answer reach the socket before connections are cut.
      await new Promise((resolve) => setImmediate(resolve));
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      await closed;
    },
  };
}
