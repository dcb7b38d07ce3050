import { z } from "zod";

/**
 * A message to a person in neutral terms: a locale key with parameters, and buttons. The sender
 * renders it in the recipient's language when it goes out and knows which messenger carries it.
 * A parameter given as `{ key, params? }` is itself translated (e.g. a role name or a period);
 * `{ date, timezone }` is an instant shown on the clocks of that zone in the recipient's language;
 * `{ ru, en }` is a text the data hold in both languages (e.g. a form title).
 */
const plain = z.union([z.string(), z.number()]);
const single = z.union([
  plain,
  z.object({ key: z.string(), params: z.record(z.string(), plain).optional() }),
  z.object({ date: z.iso.datetime(), timezone: z.string() }),
  z.object({ ru: z.string(), en: z.string() }),
]);
/** Lines of a list (e.g. a digest's campaigns), each a key with parameters, one per line. */
const lines = z.object({
  lines: z.array(z.object({ key: z.string(), params: z.record(z.string(), single).default({}) })),
});
const param = z.union([single, lines]);

const id = z.number().int().positive();

/**
 * What a button asks the bot to do, in neutral terms; each messenger encodes it its own way
 * (Telegram: callback data, src/bot/callback-data/message-action.ts).
 */
export const messageAction = z.discriminatedUnion("kind", [
  /** Open the school's form for the campaign. */
  z.object({ kind: z.literal("open-form"), campaignId: id, schoolId: id }),
  /** Open a submitted report for review. */
  z.object({ kind: z.literal("open-review"), submissionId: id }),
  /** Show the coordinator's review queue. */
  z.object({ kind: z.literal("review-queue") }),
  /** The recipient has read an order («Ознакомлен(а)»). */
  z.object({ kind: z.literal("acknowledge-order"), deliveryId: id }),
  /** Show an order's card with its statistics (for its coordinator). */
  z.object({ kind: z.literal("open-order"), orderId: id }),
  /** A button of a preview: it does nothing but say so. */
  z.object({ kind: z.literal("preview-button") }),
  /** Show a campaign's card (for its coordinator). */
  z.object({ kind: z.literal("open-campaign"), campaignId: id }),
  /** Open a school's report task on an order. */
  z.object({ kind: z.literal("open-order-report"), reportId: id }),
]);
export type MessageAction = z.output<typeof messageAction>;

const button = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("url"), labelKey: z.string(), url: z.url() }),
  z.object({
    kind: z.literal("action"),
    labelKey: z.string(),
    /** Parameters of the label, e.g. the number of the line the button belongs to. */
    labelParams: z.record(z.string(), plain).optional(),
    action: messageAction,
  }),
]);

export const outgoingMessage = z.object({
  key: z.string(),
  params: z.record(z.string(), param).default({}),
  buttons: z.array(z.array(button)).default([]),
  /**
   * A formatted text from the data (an order's body), already in the HTML subset messengers
   * accept (see src/domain/orders/rich-text.ts): shown after the translated text.
   */
  html: z.string().optional(),
  /** A file to send with the message (a StoredFile id); the text becomes its caption. */
  document: z.object({ fileId: id }).optional(),
});

export type OutgoingMessage = z.input<typeof outgoingMessage>;
export type ParsedOutgoingMessage = z.output<typeof outgoingMessage>;
export type OutgoingButton = z.output<typeof button>;
export type OutgoingParam = z.output<typeof param>;

/** A parameter rendered in the recipient's language. */
export function renderParam(
  param: OutgoingParam,
  language: string,
  translate: (language: string, key: string, params?: Record<string, string | number>) => string,
): string | number {
  if (typeof param !== "object") return param;
  if ("lines" in param)
    return param.lines
      .map((line) => {
        const params: Record<string, string | number> = {};
        for (const [name, value] of Object.entries(line.params))
          params[name] = renderParam(value, language, translate);
        return translate(language, line.key, params);
      })
      .join("\n");
  if ("key" in param) return translate(language, param.key, param.params);
  if ("date" in param) return formatInstant(new Date(param.date), param.timezone, language);
  return language === "en" ? param.en : param.ru;
}

/** "1 декабря 2026 г. в 18:00" / "1 December 2026 at 18:00" on the clocks of `timeZone`. */
export function formatInstant(instant: Date, timeZone: string, language: string): string {
  return new Intl.DateTimeFormat(language === "en" ? "en-GB" : "ru-RU", {
    timeZone,
    day: "numeric",
    month: "long",
    year: "numeric",
    hour: "2-digit",
    minute: "2-digit",
  }).format(instant);
}

/**
 * Retry delays after failed attempts: a second first (a messenger's 5xx mostly passes at once,
 * and a broadcast should not wait long on it), doubling to an hour.
 */
export function retryDelayMs(attempt: number): number {
  return Math.min(60 * 60_000, 1_000 * 2 ** Math.max(0, attempt - 1));
}

/**
 * Attempts before a message that keeps failing for a passing reason (the messenger's server
 * errors, the network) is given up: with the delays above, the last comes about 18 hours after
 * the first — an outage of an afternoon loses nothing. A wait the messenger asked for (Telegram's
 * `retry_after`) is not a failure and does not count.
 */
export const MAX_ATTEMPTS = 30;
