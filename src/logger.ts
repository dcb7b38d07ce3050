import { pino } from "pino";

export type Logger = pino.Logger;

/** Structured JSON logs on stdout. Never log message texts, answers, initData or tokens. */
export function createLogger(level: string, options: { toStderr?: boolean } = {}): Logger {
  return pino(
    {
      level,
      base: { service: "msoko" },
      redact: { paths: ["token", "*.token", "initData", "*.initData"], remove: true },
    },
    pino.destination(options.toStderr ? 2 : 1),
  );
}
