import type { Message, ReplyKeyboardMarkup, Update, User, UserFromGetMe } from "grammy/types";
import type { SendLimits } from "./rate-limits.ts";

/** A request body as the fake understood it: JSON, form fields or multipart fields. */
export type Payload = Record<string, unknown>;

/** A file the bot uploaded with multipart/form-data (an `InputFile`). */
export interface UploadedFile {
  /** The multipart part name; grammY uses a random id referenced as `attach://<id>`. */
  partName: string;
  fileName: string;
  size: number;
  contentType: string;
  data: Buffer;
}

/** The error half of a Bot API response. */
export interface ApiErrorBody {
  error_code: number;
  description: string;
  parameters?: { retry_after?: number; migrate_to_chat_id?: number };
}

/** One request the fake received, in arrival order. */
export interface CallRecord {
  /** Position in the whole log; survives `clearCalls()`, so marks stay valid. */
  index: number;
  method: string;
  /** Parsed fields; uploads appear where the bot referenced them (`payload.document`). */
  payload: Payload;
  uploads: UploadedFile[];
  /** `Date.now()` when the request arrived. */
  at: number;
  /** True when the fake answered `ok: false`, injected or not. */
  failed: boolean;
  /** True when the failure came from `failNext`. */
  injected: boolean;
  error?: ApiErrorBody;
  result?: unknown;
}

export type CallPredicate = (call: CallRecord) => boolean;

export interface WaitForCallOptions {
  /** Only calls with `index >= after` match; take it from `fake.mark()`. Default 0: any call so far. */
  after?: number;
  /**
   * Only for tests of the message: give up after this long with the calls that did arrive. Without
   * it a wait has no deadline of its own; the test's timeout ends a hang (test/support/pending-waits.ts).
   */
  timeoutMs?: number;
}

export interface SettleOptions {
  /** Only for tests of the message: give up after this long, explaining what is still pending. */
  timeoutMs?: number;
}

/** An update as tests write it: `update_id` and placeholder ids are filled in by the fake. */
export type UpdateDraft = Omit<Update, "update_id"> & { update_id?: number };

/**
 * Which message a simulated button press targets: a Message (any chat), or a
 * message_id / predicate searched among the bot's messages in the user's private chat.
 */
export type MessageTarget = Message | number | ((message: Message) => boolean);

export interface FakeBotApiOptions {
  /** When set, requests with any other token get Telegram's 401. */
  token?: string;
  /** Default `msoko_test_bot`. */
  username?: string;
  /** Default "MSOKO Test Bot". */
  firstName?: string;
  /**
   * Enforce Telegram's flood limits (e.g. TELEGRAM_SEND_LIMITS): a bot sending faster gets a real
   * 429 with `retry_after`, per chat and overall. Off by default.
   */
  limits?: SendLimits;
  /** Latency of every answer and a share of failing sends, as on a real network. Off by default. */
  network?: NetworkConditions;
}

/** How the fake's network and server behave (see FakeBotApiOptions.network). */
export interface NetworkConditions {
  /** Each answer comes after a latency drawn from [min, max] ms; the call counts on arrival. */
  latencyMs?: [number, number];
  /** The share (0–1) of messages sent answered with one of `faults` instead, in turn. */
  faultShare?: number;
  /** Default: a 429 with retry_after 1, then a 502 Bad Gateway. */
  faults?: ApiErrorBody[];
  /** Seeds the draws, so a run can be repeated (default 1). */
  seed?: number;
}

/** A request that arrived, as `FakeBotApi.unanswered()` lists it. */
export interface ReceivedCall {
  method: string;
  payload: Payload;
  /** `Date.now()` when it arrived. */
  at: number;
}

/** What a user who sends a document hands over; `content` makes it downloadable. */
export interface DocumentUpload {
  fileName: string;
  mimeType?: string;
  content: Buffer;
  caption?: string;
}

/** A local stand-in for api.telegram.org; pass `apiRoot` to grammY's `client.apiRoot`. */
export interface FakeBotApi {
  readonly apiRoot: string;
  /** The bot user as getMe returns it (id taken from the token). */
  readonly botInfo: UserFromGetMe;
  /** Every request since the last `clearCalls()`, in the order the fake answered them. */
  readonly calls: readonly CallRecord[];
  callsOf(method: string): CallRecord[];
  lastCall(method: string): CallRecord | undefined;
  clearCalls(): void;
  /** The index the next call will get; pass it as `after` to `waitForCall`. */
  mark(): number;
  waitForCall(
    method: string,
    predicate?: CallPredicate,
    options?: WaitForCallOptions,
  ): Promise<CallRecord>;
  /**
   * Resolves once every pushed update was confirmed by a later getUpdates (and, after
   * `trackHandling()`, reported handled), every `addSettleStep` step resolved, and no request is
   * being answered — in one round during which nothing new arrived. Then a test may assert that
   * nothing else was sent. Waits on those events, never on a quiet period.
   */
  settle(options?: SettleOptions): Promise<void>;
  waitForIdle(options?: SettleOptions): Promise<void>;
  /**
   * Makes `settle()` wait until the bot reports each pushed update handled, by calling the
   * returned function with its `update_id` once its middleware is done. Needed with
   * @grammyjs/runner, which confirms updates before its handlers finish.
   */
  trackHandling(): (updateId: number) => void;
  /**
   * Makes `settle()` also await `step()` once the updates are handled, e.g. the worker draining
   * its outbox; `description` names it when a test fails while settle() waits for it.
   */
  addSettleStep(description: string, step: () => Promise<void>): void;
  /** Resolves once a getUpdates call is waiting for updates (the bot is polling). */
  waitForLongPoll(): Promise<void>;

  pushUpdate(draft: UpdateDraft): Update;
  /**
   * Delivers an update again with its update_id, as Telegram does after the bot crashed between
   * fetching it and confirming it with its next getUpdates.
   */
  redeliver(update: Update): void;
  sendText(user: User, text: string): Update;
  sendDocument(user: User, document: DocumentUpload): Update;
  pressButton(user: User, callbackData: string): Update;
  pressButton(user: User, target: MessageTarget, callbackData: string): Update;
  blockBot(user: User): Update;
  unblockBot(user: User): Update;

  /** What the chat shows now: the bot's messages after edits and deletions, oldest first. */
  messagesIn(chatId: number, options?: { includeUser?: boolean }): Message[];
  /** The reply keyboard the user currently sees under the input field, if any. */
  replyKeyboardIn(chatId: number): ReplyKeyboardMarkup | undefined;

  failNext(method: string, error: ApiErrorBody, times?: number): void;
  delayNext(method: string, ms: number, times?: number): void;
  /**
   * Holds the next call of `method` unanswered until `release()` (or close()): a request in
   * flight, e.g. for killing its sender in the middle of it. `arrived` gives its payload.
   */
  holdNext(method: string): HeldCall;
  /** How many messages sent (sendMessage, sendDocument…) have arrived, answered or not. */
  receivedSends(): number;
  /** Resolves once `count` messages sent have arrived: to act in the middle of a broadcast. */
  untilReceivedSends(count: number): Promise<void>;
  /** Messages sent that arrived and are not answered yet: the requests in flight. */
  unanswered(): ReceivedCall[];
  /** Answers `method` with `handler`'s result instead of the built-in behaviour. */
  respondTo(method: string, handler: (payload: Payload) => unknown): void;

  /** Stops the server; pending long polls are answered at once with no updates. */
  close(): Promise<void>;
}

/** A call the fake keeps unanswered (see FakeBotApi.holdNext). */
export interface HeldCall {
  arrived: Promise<Payload>;
  release(): void;
}
