import { type ParseArgsConfig, parseArgs } from "node:util";
import { z } from "zod";
import type { CliContext } from "./command.ts";

type Options = NonNullable<ParseArgsConfig["options"]>;

export interface CommandLineSpec<Schema extends z.ZodType> {
  usageKey: string;
  options: Options;
  /**
   * Validates `{ ...flags, positionals }`. Messages are locale keys (`cli-error-…`); an issue's
   * first path element names the flag (or `positionals`, shown as `positionalName`).
   */
  schema: Schema;
  positionalName?: string;
}

/**
 * Parses and validates a command's arguments. On a bad flag prints one localized line naming
 * it, then the usage, and returns null: the command then exits with 2.
 */
export function parseCommandLine<Schema extends z.ZodType>(
  ctx: CliContext,
  args: string[],
  spec: CommandLineSpec<Schema>,
): z.output<Schema> | null {
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({
      args,
      options: spec.options,
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    ctx.print(describeParseError(ctx, error));
    ctx.print(ctx.t("cli-usage-line", { usage: ctx.t(spec.usageKey) }));
    return null;
  }
  const result = spec.schema.safeParse({ ...parsed.values, positionals: parsed.positionals });
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const name = String(issue?.path[0] ?? "positionals");
  const reason = ctx.t(issue?.message ?? "cli-error-flag-invalid");
  if (name !== "positionals") ctx.print(ctx.t("cli-error-flag", { flag: `--${name}`, reason }));
  else if (spec.positionalName)
    ctx.print(ctx.t("cli-error-flag", { flag: spec.positionalName, reason }));
  else ctx.print(ctx.t("cli-error-arguments", { reason }));
  ctx.print(ctx.t("cli-usage-line", { usage: ctx.t(spec.usageKey) }));
  return null;
}

function describeParseError(ctx: CliContext, error: unknown): string {
  const code = (error as { code?: string }).code;
  const message = error instanceof Error ? error.message : String(error);
  // Node names the offending flag in quotes: "Unknown option '--rol'".
  const flag = /'([^']+)'/.exec(message)?.[1]?.split(" ")[0] ?? message;
  if (code === "ERR_PARSE_ARGS_UNKNOWN_OPTION") return ctx.t("cli-error-flag-unknown", { flag });
  if (code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE")
    return ctx.t("cli-error-flag-value-missing", { flag });
  if (code === "ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL")
    return ctx.t("cli-error-argument-unexpected", { value: flag });
  throw error;
}

/** For a flag whose value parsed but names nothing usable (an unknown school code…): exit 2. */
export function printFlagError(
  ctx: CliContext,
  usageKey: string,
  flag: string,
  reasonKey: string,
  params: Record<string, string | number> = {},
): 2 {
  ctx.print(ctx.t("cli-error-flag", { flag, reason: ctx.t(reasonKey, params) }));
  ctx.print(ctx.t("cli-usage-line", { usage: ctx.t(usageKey) }));
  return 2;
}

/** A whole number from 1 to `max`, given on the command line as text. */
export const countOption = (message: string, max: number) =>
  z.coerce.number(message).int(message).min(1, message).max(max, message);

/** `--days N`: how long invites stay valid. */
export const daysOption = countOption("cli-error-days", 365).optional();
