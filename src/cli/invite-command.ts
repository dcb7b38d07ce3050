import { z } from "zod";
import { unknownDirections } from "../db/catalog/directions.ts";
import { createInvite } from "../db/people/invites.ts";
import { findMunicipalityByCode, findSchoolByCode } from "../db/people/organisation.ts";
import { inviteLink } from "../domain/invites.ts";
import { formatLocalDateTime, formatUtcOffset } from "../domain/local-time.ts";
import { isSchoolRole, parseDirectionCodes, ROLES } from "../domain/roles.ts";
import { resolveBotUsername } from "./bot-username.ts";
import { countOption, daysOption, parseCommandLine, printFlagError } from "./cli-args.ts";
import type { CliCommand } from "./command.ts";
import { defaultQrPath, writeQrCode } from "./invite-qr.ts";
import { CODE_PATTERN } from "./row-schema.ts";

const USAGE = "cli-usage-invite";

export { inviteListCommand, inviteRevokeCommand } from "./invite-list-command.ts";

const placeCode = (message: string) => z.string().regex(CODE_PATTERN, message);
const noPositionals = z.array(z.string()).max(0, "cli-error-arguments-unexpected");

const inviteLine = z
  .object({
    role: z.enum(ROLES, "cli-invite-error-role"),
    municipality: placeCode("cli-invite-error-code").optional(),
    school: placeCode("cli-invite-error-code").optional(),
    directions: z
      .string()
      .optional()
      .transform((text) => parseDirectionCodes(text ?? "")),
    uses: countOption("cli-invite-error-uses", 1000).default(1),
    days: daysOption,
    label: z
      .string()
      .trim()
      .min(1, "cli-invite-error-label")
      .max(200, "cli-invite-error-label")
      .optional(),
    qr: z.string().min(1, "cli-invite-error-qr").optional(),
    positionals: noPositionals,
  })
  .superRefine((flags, ctx) => {
    const issue = (path: string, message: string) =>
      ctx.addIssue({ code: "custom", path: [path], message });
    if (isSchoolRole(flags.role)) {
      if (!flags.school) issue("school", "cli-invite-error-school-required");
      if (flags.directions.length > 0)
        issue("directions", "cli-invite-error-directions-not-for-role");
    } else {
      if (flags.school) issue("school", "cli-invite-error-school-not-for-role");
      if (!flags.municipality) issue("municipality", "cli-invite-error-municipality-required");
    }
  });

/**
 * `invite --role … (--municipality <code> | --school <code>)`: one invite, printed as a deep
 * link with its local expiry, and written as a QR code to print or show on a screen.
 */
export const inviteCommand: CliCommand = {
  path: ["invite"],
  usageKey: USAGE,
  async run(args, ctx) {
    const flags = parseCommandLine(ctx, args, {
      usageKey: USAGE,
      options: {
        role: { type: "string" },
        municipality: { type: "string" },
        school: { type: "string" },
        directions: { type: "string" },
        uses: { type: "string" },
        days: { type: "string" },
        label: { type: "string" },
        qr: { type: "string" },
      },
      schema: inviteLine,
    });
    if (!flags) return 2;
    const prisma = ctx.db.prisma;

    const school = flags.school ? await findSchoolByCode(prisma, flags.school) : null;
    if (flags.school && !school)
      return printFlagError(ctx, USAGE, "--school", "cli-invite-error-school-unknown", {
        code: flags.school,
      });
    const municipality =
      school?.municipality ??
      (flags.municipality ? await findMunicipalityByCode(prisma, flags.municipality) : null);
    if (!municipality)
      return printFlagError(ctx, USAGE, "--municipality", "cli-invite-error-municipality-unknown", {
        code: flags.municipality ?? "",
      });
    if (flags.municipality && municipality.code !== flags.municipality)
      return printFlagError(ctx, USAGE, "--school", "cli-invite-error-school-elsewhere", {
        code: flags.school ?? "",
        municipality: flags.municipality,
      });
    if (flags.directions.length > 0) {
      const unknown = await unknownDirections(prisma, flags.directions);
      if (unknown.length > 0)
        return printFlagError(ctx, USAGE, "--directions", "cli-invite-error-directions-unknown", {
          codes: unknown.join(", "),
        });
    }

    // Before the invite exists: its code is shown only once, so it must not be made unusable.
    let botUsername: string;
    try {
      botUsername = await resolveBotUsername(ctx.config);
    } catch (error) {
      ctx.print(error instanceof Error ? error.message : String(error));
      return 1;
    }

    const invite = await createInvite(
      prisma,
      {
        role: flags.role,
        municipalityId: municipality.id,
        schoolId: school?.id ?? null,
        directionCodes: flags.directions,
        label: flags.label ?? null,
        maxUses: flags.uses,
        ttlDays: flags.days ?? ctx.config.INVITE_TTL_DAYS,
      },
      { kind: "cli" },
    );
    const link = inviteLink(botUsername, invite.code);
    const place = school
      ? `${school.shortName ?? school.name} (${municipality.name})`
      : municipality.name;
    ctx.print(
      ctx.t("cli-invite-created", { id: invite.id, role: ctx.t(`role-${flags.role}`), place }),
    );
    if (flags.directions.length > 0)
      ctx.print(ctx.t("cli-invite-directions", { directions: flags.directions.join(", ") }));
    ctx.print(ctx.t("cli-invite-link", { link }));
    ctx.print(
      ctx.t("cli-invite-expires", {
        expires: formatLocalDateTime(invite.expiresAt, municipality.timezone),
        timezone: municipality.timezone,
        offset: formatUtcOffset(invite.expiresAt, municipality.timezone),
        uses: flags.uses,
      }),
    );
    const qrPath = await writeQrCode(flags.qr ?? defaultQrPath(ctx, invite.id), link);
    ctx.print(ctx.t("cli-invite-qr", { path: qrPath }));
    return 0;
  },
};
