/**
 * A fake Telegram Bot API for tests: the real bot talks to it over HTTP via
 * grammY's `client.apiRoot`. See `fake-bot-api/types.ts` for the whole surface.
 */
export { SendRateLimiter, TELEGRAM_SEND_LIMITS } from "./fake-bot-api/rate-limits.ts";
export { startFakeBotApi } from "./fake-bot-api/start.ts";
export type {
  ApiErrorBody,
  CallPredicate,
  CallRecord,
  DocumentUpload,
  FakeBotApi,
  FakeBotApiOptions,
  MessageTarget,
  NetworkConditions,
  Payload,
  ReceivedCall,
  SettleOptions,
  UpdateDraft,
  UploadedFile,
  WaitForCallOptions,
} from "./fake-bot-api/types.ts";
