import { pino } from "pino";
import type { CliContext } from "../../src/cli/command.ts";
import { createConfig } from "../../src/config.ts";
import type { Database } from "../../src/db/client.ts";
import { createTranslator } from "../../src/i18n/translator.ts";

export interface TestCliContext extends CliContext {
  /** Every line the command printed, in order. */
  lines: string[];
  /** All printed lines joined, for `toContain` checks. */
  output(): string;
}

/**
 * A CLI context over the test's own database with the real translator (Russian unless told),
 * a silent logger and printed lines captured instead of written to stdout.
 */
export function createTestCliContext(
  db: Database,
  options: { env?: Record<string, string>; language?: string } = {},
): TestCliContext {
  const translate = createTranslator();
  const language = options.language ?? "ru";
  const lines: string[] = [];
  return {
    config: createConfig({ BOT_USERNAME: "msoko_test_bot", ...options.env }),
    logger: pino({ level: "silent" }),
    db,
    translate,
    language,
    t: (key, params) => translate(language, key, params),
    print: (line) => {
      lines.push(line);
    },
    lines,
    output: () => lines.join("\n"),
  };
}
