import { findMunicipalityByCode } from "../db/people/organisation.ts";
import { printFlagError } from "./cli-args.ts";
import type { CliContext } from "./command.ts";

/**
 * The municipality a command's `--municipality <code>` names; when there is none, the flag's
 * error and the usage are printed and the result is the exit code 2.
 */
export async function municipalityFromFlag(
  ctx: CliContext,
  usageKey: string,
  code: string,
  unknownKey: string,
) {
  const municipality = await findMunicipalityByCode(ctx.db.prisma, code);
  return municipality ?? printFlagError(ctx, usageKey, "--municipality", unknownKey, { code });
}
