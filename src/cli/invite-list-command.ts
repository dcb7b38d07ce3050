import { z } from "zod";
import { findInvite, listOpenInvites, revokeInvite } from "../db/people/invites.ts";
import { formatLocalDateTime } from "../domain/local-time.ts";
import { parseCommandLine } from "./cli-args.ts";
import type { CliCommand } from "./command.ts";
import { municipalityFromFlag } from "./municipality-flag.ts";
import { CODE_PATTERN } from "./row-schema.ts";

const USAGE_LIST = "cli-usage-invite-list";
const USAGE_REVOKE = "cli-usage-invite-revoke";

/** `invite list --municipality <code>`: the invites that can still be used. */
export const inviteListCommand: CliCommand = {
  path: ["invite", "list"],
  usageKey: USAGE_LIST,
  async run(args, ctx) {
    const flags = parseCommandLine(ctx, args, {
      usageKey: USAGE_LIST,
      options: { municipality: { type: "string" } },
      schema: z.object({
        municipality: z
          .string("cli-invite-error-municipality-required")
          .regex(CODE_PATTERN, "cli-invite-error-code"),
        positionals: z.array(z.string()).max(0, "cli-error-arguments-unexpected"),
      }),
    });
    if (!flags) return 2;
    const municipality = await municipalityFromFlag(
      ctx,
      USAGE_LIST,
      flags.municipality,
      "cli-invite-error-municipality-unknown",
    );
    if (municipality === 2) return 2;
    const invites = await listOpenInvites(ctx.db.prisma, municipality.id);
    ctx.print(
      ctx.t("cli-invite-list-title", { municipality: municipality.name, count: invites.length }),
    );
    for (const invite of invites)
      ctx.print(
        ctx.t("cli-invite-list-line", {
          id: invite.id,
          role: ctx.t(`role-${invite.role}`),
          place: invite.school
            ? (invite.school.shortName ?? invite.school.name)
            : ctx.t("cli-invite-whole-municipality"),
          label: invite.label ?? "—",
          used: invite.usedCount,
          max: invite.maxUses,
          expires: formatLocalDateTime(invite.expiresAt, municipality.timezone),
        }),
      );
    return 0;
  },
};

/** `invite revoke <id>`: the link stops working at once; people who joined keep their roles. */
export const inviteRevokeCommand: CliCommand = {
  path: ["invite", "revoke"],
  usageKey: USAGE_REVOKE,
  async run(args, ctx) {
    const flags = parseCommandLine(ctx, args, {
      usageKey: USAGE_REVOKE,
      options: {},
      positionalName: "<id>",
      schema: z.object({
        positionals: z
          .array(z.string().regex(/^#?\d{1,9}$/, "cli-invite-error-id"))
          .length(1, "cli-invite-error-id"),
      }),
    });
    if (!flags) return 2;
    const id = Number(flags.positionals[0]?.replace("#", ""));
    const invite = await findInvite(ctx.db.prisma, id);
    if (!invite) {
      ctx.print(ctx.t("cli-invite-revoke-not-found", { id }));
      return 1;
    }
    const revoked = await revokeInvite(ctx.db.prisma, id, { kind: "cli" });
    ctx.print(ctx.t(revoked ? "cli-invite-revoked" : "cli-invite-revoke-already", { id }));
    return 0;
  },
};
