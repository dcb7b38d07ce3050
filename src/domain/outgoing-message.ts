import { z } from "zod";

/**
 * A message to a person in neutral terms: a locale key with parameters, and buttons. The sender
 * renders it in the recipient's language when it goes out and knows which messenger carries it.
 * A parameter given as `{ key }` is itself translated (e.g. a role name).
 */
const param = z.union([z.string(), z.number(), z.object({ key: z.string() })]);

const button = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("url"), labelKey: z.string(), url: z.url() }),
  z.object({ kind: z.literal("action"), labelKey: z.string(), action: z.string().max(64) }),
]);

export const outgoingMessage = z.object({
  key: z.string(),
  params: z.record(z.string(), param).default({}),
  buttons: z.array(z.array(button)).default([]),
});

export type OutgoingMessage = z.input<typeof outgoingMessage>;
export type ParsedOutgoingMessage = z.output<typeof outgoingMessage>;
export type OutgoingButton = z.output<typeof button>;

/** Retry delays after failed attempts: quick first, then backing off to an hour. */
export function retryDelayMs(attempt: number): number {
  return Math.min(60 * 60_000, 5_000 * 2 ** Math.max(0, attempt - 1));
}

export const MAX_ATTEMPTS = 8;
