import { pino } from "pino";

export type Logger = pino.Logger;

export interface LoggerOptions {
  toStderr?: boolean;
  /** Where the JSON lines go instead of stdout/stderr (tests capture them). */
  destination?: pino.DestinationStream;
}

/** Structured JSON logs on stdout. Never log message texts, answers, initData or tokens. */
export function createLogger(level: string, options: LoggerOptions = {}): Logger {
  return pino(
    {
      level,
      base: { service: "msoko" },
      redact: { paths: ["token", "*.token", "initData", "*.initData"], remove: true },
      serializers: { err: serializeError },
    },
    options.destination ?? pino.destination(options.toStderr ? 2 : 1),
  );
}

// Fields of errors that carry what a person wrote or was sent: grammY's GrammyError keeps the
// whole request (`payload`, with the message text), a BotError keeps the context and its update.
const PRIVATE_FIELDS = new Set(["payload", "ctx", "update"]);

/**
 * pino's error serializer copies every enumerable field of an error. A failed Bot API call is
 * logged as its method, error code and description only, never its payload; the same holds for
 * any error nested under `cause` or `error` (grammY's HttpError).
 */
export function serializeError(error: unknown): unknown {
  if (!(error instanceof Error)) return error;
  return withoutPrivateFields(pino.stdSerializers.errWithCause(error), 0);
}

function withoutPrivateFields(value: unknown, depth: number): unknown {
  if (value === null || typeof value !== "object" || depth > 4) return value;
  const clean: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(value)) {
    if (PRIVATE_FIELDS.has(key)) continue;
    clean[key] =
      field instanceof Error
        ? withoutPrivateFields(pino.stdSerializers.errWithCause(field), depth + 1)
        : typeof field === "object" && field !== null && !Array.isArray(field)
          ? withoutPrivateFields(field, depth + 1)
          : field;
  }
  return clean;
}
