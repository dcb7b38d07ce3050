import { z } from "zod";
import { orderMessage } from "../db/orders/order-message.ts";
import { resolveAudience } from "../db/orders/order-recipients.ts";
import { type NewDocument, sendOrder } from "../db/orders/orders.ts";
import { formatUtcOffset, fromLocalDateTime, parseLocalDateTime } from "../domain/local-time.ts";
import {
  ORDER_ROLES,
  type OrderAudience,
  parseOrderRoles,
  parseSchoolSelection,
  SCHOOL_FLAGS,
  SCHOOL_TYPES,
} from "../domain/orders/audience.ts";
import { CAPTION_LIMIT, checkRichText, MESSAGE_LIMIT } from "../domain/orders/rich-text.ts";
import { formatInstant, outgoingMessage } from "../domain/outgoing-message.ts";
import { longestRendering } from "../i18n/render-message.ts";
import { countOption, parseCommandLine, printFlagError } from "./cli-args.ts";
import type { CliCommand, CliContext } from "./command.ts";
import { municipalityFromFlag } from "./municipality-flag.ts";
import { readOrderDocument, readOrderText } from "./order-files.ts";
import { CODE_PATTERN } from "./row-schema.ts";

const USAGE = "cli-usage-order-send";
/** As in the bot's composer. */
const TITLE_LIMIT = 200;
const NUMBER_LIMIT = 40;
/** A month: a follow-up later than that helps nobody. */
const REMIND_HOURS_LIMIT = 720;

const sendLine = z.object({
  municipality: z
    .string("cli-order-error-municipality-required")
    .regex(CODE_PATTERN, "cli-order-error-code"),
  title: z
    .string("cli-order-error-title-required")
    .trim()
    .min(1, "cli-order-error-title")
    .max(TITLE_LIMIT, "cli-order-error-title"),
  "text-file": z.string("cli-order-error-text-file-required"),
  document: z.string().optional(),
  to: z.string().default("all"),
  roles: z.string().optional(),
  ack: z.boolean().default(false),
  "report-deadline": z.string().optional(),
  kind: z.enum(["order", "letter"], "cli-order-error-kind").default("order"),
  number: z
    .string()
    .trim()
    .min(1, "cli-order-error-number")
    .max(NUMBER_LIMIT, "cli-order-error-number")
    .optional(),
  "remind-director-after": countOption(
    "cli-order-error-remind-hours",
    REMIND_HOURS_LIMIT,
  ).optional(),
  positionals: z.array(z.string()).max(0, "cli-error-arguments-unexpected"),
});
type SendLine = z.output<typeof sendLine>;

/**
 * `order send --municipality <code> --title "…" --text-file <file> [--document <file>] [--to …]
 * [--roles …] [--ack] [--report-deadline "…"] [--kind order|letter] [--number <n>]
 * [--remind-director-after <hours>]`: checks everything first, then queues the order at once for
 * every recipient; the worker of `npm start` sends it.
 */
export const orderSendCommand: CliCommand = {
  path: ["order", "send"],
  usageKey: USAGE,
  async run(args, ctx) {
    const flags = parseCommandLine(ctx, args, {
      usageKey: USAGE,
      options: {
        municipality: { type: "string" },
        title: { type: "string" },
        "text-file": { type: "string" },
        document: { type: "string" },
        to: { type: "string" },
        roles: { type: "string" },
        ack: { type: "boolean" },
        "report-deadline": { type: "string" },
        kind: { type: "string" },
        number: { type: "string" },
        "remind-director-after": { type: "string" },
      },
      schema: sendLine,
    });
    if (!flags) return 2;
    if (flags["remind-director-after"] !== undefined && !flags.ack)
      return printFlagError(ctx, USAGE, "--remind-director-after", "cli-order-error-remind-no-ack");
    const municipality = await municipalityFromFlag(
      ctx,
      USAGE,
      flags.municipality,
      "cli-order-error-municipality-unknown",
    );
    if (municipality === 2) return 2;
    const audience = parseAudience(ctx, flags);
    if (typeof audience === "number") return audience;

    let reportDeadlineAt: Date | null = null;
    if (flags["report-deadline"] !== undefined) {
      const local = parseLocalDateTime(flags["report-deadline"]);
      if (!local)
        return printFlagError(ctx, USAGE, "--report-deadline", "cli-order-error-deadline", {
          timezone: municipality.timezone,
        });
      reportDeadlineAt = fromLocalDateTime(local, municipality.timezone);
      const now = new Date();
      if (reportDeadlineAt.getTime() <= now.getTime())
        return printFlagError(ctx, USAGE, "--report-deadline", "cli-order-error-deadline-past", {
          now: formatInstant(now, municipality.timezone, ctx.language),
          timezone: municipality.timezone,
        });
    }

    const text = await readOrderText(flags["text-file"]);
    if (!text.ok) return printFlagError(ctx, USAGE, "--text-file", text.key, text.params);
    const body = checkRichText(text.value);
    if (!body.ok)
      return printFlagError(
        ctx,
        USAGE,
        "--text-file",
        body.reason === "empty" ? "cli-order-error-text-empty" : "cli-order-error-text-markup",
        { reason: markupReason(ctx, body.reason) },
      );
    let document: NewDocument | null = null;
    if (flags.document !== undefined) {
      const read = await readOrderDocument(flags.document);
      if (!read.ok) return printFlagError(ctx, USAGE, "--document", read.key, read.params);
      document = read.value;
    }

    const fields = {
      kind: flags.kind,
      number: flags.number ?? null,
      title: flags.title,
      body: body.html,
      // Any id: only the length is measured here, the document is stored with the order.
      documentId: document ? 1 : null,
      requiresAck: flags.ack,
      reportDeadlineAt,
      municipality,
    };
    const length = longestRendering(
      ctx.translate,
      outgoingMessage.parse(orderMessage(fields, "preview")),
    );
    const limit = document ? CAPTION_LIMIT : MESSAGE_LIMIT;
    if (length > limit)
      return printFlagError(
        ctx,
        USAGE,
        "--text-file",
        document ? "cli-order-error-caption-long" : "cli-order-error-message-long",
        { length, limit, over: length - limit },
      );

    const resolved = await resolveAudience(ctx.db.prisma, municipality.id, audience);
    if (resolved.unknownCodes.length > 0)
      return printFlagError(ctx, USAGE, "--to", "cli-order-error-schools-unknown", {
        codes: resolved.unknownCodes.join(", "),
        municipality: municipality.code,
      });
    const roles = audience.roles.map((role) => ctx.t(`cli-order-role-${role}`)).join(", ");
    if (resolved.recipients.length === 0) {
      ctx.print(ctx.t("cli-order-refused-nobody", { schools: resolved.schools.length, roles }));
      return 1;
    }

    const sent = await sendOrder(
      ctx.db.prisma,
      {
        municipalityId: municipality.id,
        kind: flags.kind,
        number: flags.number ?? null,
        title: flags.title,
        body: body.html,
        document,
        audience,
        requiresAck: flags.ack,
        reportDeadlineAt,
        autoRemindHours: flags["remind-director-after"] ?? null,
      },
      { kind: "cli" },
    );
    ctx.logger.info({ msg: "order queued", orderId: sent.orderId, recipients: sent.recipients });
    ctx.print(
      ctx.t("cli-order-sent", {
        id: String(sent.orderId),
        kindCode: flags.kind,
        kind: ctx.t(`order-kind-${flags.kind}`),
        number: flags.number ? ctx.t("order-number-part", { number: flags.number }) : "",
        title: flags.title,
        municipality: municipality.name,
        recipients: sent.recipients,
        schools: sent.audience.schools.length,
      }),
    );
    if (document)
      ctx.print(
        ctx.t("cli-order-sent-document", {
          name: document.name,
          size: Math.max(1, Math.round((document.size ?? 0) / 1024)),
        }),
      );
    if (reportDeadlineAt)
      ctx.print(
        ctx.t("cli-order-sent-deadline", {
          deadline: formatInstant(reportDeadlineAt, municipality.timezone, ctx.language),
          timezone: municipality.timezone,
          offset: formatUtcOffset(reportDeadlineAt, municipality.timezone),
          schools: sent.audience.schools.length,
        }),
      );
    const without = sent.audience.schoolsWithoutPeople;
    if (without.length > 0)
      ctx.print(
        ctx.t("cli-order-sent-without-people", {
          count: without.length,
          roles,
          schools: without.map((school) => `«${school.name}» (${school.code})`).join(", "),
        }),
      );
    ctx.print(ctx.t("cli-order-sent-hint", { id: String(sent.orderId) }));
    return 0;
  },
};

/** `--to` and `--roles` as an audience, or the exit code after naming the flag at fault. */
function parseAudience(ctx: CliContext, flags: SendLine): OrderAudience | 2 {
  const schools = parseSchoolSelection(flags.to);
  if (!schools.ok || (schools.value.kind === "schools" && schools.value.codes.length === 0))
    return printFlagError(ctx, USAGE, "--to", "cli-order-error-to", {
      types: SCHOOL_TYPES.join("|"),
      flags: SCHOOL_FLAGS.join("|"),
    });
  const invalidCode =
    schools.value.kind === "schools"
      ? schools.value.codes.find((code) => !CODE_PATTERN.test(code))
      : undefined;
  if (invalidCode !== undefined)
    return printFlagError(ctx, USAGE, "--to", "cli-order-error-to-code", { code: invalidCode });
  const roles = parseOrderRoles(flags.roles);
  if (!roles.ok || (flags.roles !== undefined && flags.roles.trim() === ""))
    return printFlagError(ctx, USAGE, "--roles", "cli-order-error-roles", {
      roles: ORDER_ROLES.join(","),
    });
  return { schools: schools.value, roles: roles.value };
}

/** What checkRichText found wrong, in the output's language (its own words if new to us). */
const MARKUP_REASONS: Array<[RegExp, string]> = [
  [/^tag <(\w+)> is not allowed/, "cli-order-markup-tag"],
  [/^<\/(\w+)> closes nothing open/, "cli-order-markup-closes"],
  [/^<(\w+)> takes no attributes/, "cli-order-markup-attributes"],
  [/^<(\w+)> is not closed/, "cli-order-markup-unclosed"],
  [/^a link needs/, "cli-order-markup-link"],
];

function markupReason(ctx: CliContext, reason: string): string {
  for (const [pattern, key] of MARKUP_REASONS) {
    const match = pattern.exec(reason);
    if (match) return ctx.t(key, { tag: match[1] ?? "" });
  }
  return reason;
}
