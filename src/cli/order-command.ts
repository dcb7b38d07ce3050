import { stat, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { z } from "zod";
import { remindUnacknowledged } from "../db/orders/order-reminders.ts";
import {
  findOrderWithMunicipality,
  orderCounts,
  orderRecipients,
} from "../db/orders/order-status.ts";
import { formatInstant } from "../domain/outgoing-message.ts";
import { ackSheet } from "../exports/ack-sheet.ts";
import { parseCommandLine } from "./cli-args.ts";
import type { CliCommand, CliContext } from "./command.ts";

export { orderSendCommand } from "./order-send-command.ts";

const ID_ARGUMENT = z
  .array(z.string().regex(/^#?\d{1,9}$/, "cli-order-error-id"))
  .length(1, "cli-order-error-id");

/** The order a command's `<id>` names, with its municipality; null after saying there is none. */
async function findOrder(ctx: CliContext, id: number) {
  const order = await findOrderWithMunicipality(ctx.db.prisma, id);
  // As text: a number would be grouped ("#1 234").
  if (!order) ctx.print(ctx.t("cli-order-refused-not-found", { id: String(id) }));
  return order;
}
type FoundOrder = NonNullable<Awaited<ReturnType<typeof findOrder>>>;

/** «Приказ № 112 «О проведении мониторинга»» in the output's language. */
function orderName(ctx: CliContext, order: FoundOrder): string {
  return ctx.t("order-sheet-order", {
    kind: ctx.t(`order-kind-${order.kind}`),
    number: order.number ? ctx.t("order-number-part", { number: order.number }) : "",
    title: order.title,
  });
}

const STATUS_USAGE = "cli-usage-order-status";

/** `order status <id> [--json]`: where the deliveries stand; `--json` adds every recipient. */
export const orderStatusCommand: CliCommand = {
  path: ["order", "status"],
  usageKey: STATUS_USAGE,
  async run(args, ctx) {
    const flags = parseCommandLine(ctx, args, {
      usageKey: STATUS_USAGE,
      options: { json: { type: "boolean" } },
      positionalName: "<id>",
      schema: z.object({ json: z.boolean().default(false), positionals: ID_ARGUMENT }),
    });
    if (!flags) return 2;
    const order = await findOrder(ctx, idOf(flags.positionals));
    if (!order) return 1;
    const counts = await orderCounts(ctx.db.prisma, order.id);
    if (flags.json) {
      ctx.print(JSON.stringify(await statusJson(ctx, order, counts), null, 2));
      return 0;
    }
    const timezone = order.municipality.timezone;
    const sentAt = order.sentAt ?? order.createdAt;
    ctx.print(
      ctx.t("cli-order-status-title", {
        id: String(order.id),
        order: orderName(ctx, order),
        municipality: order.municipality.name,
        sentAt: formatInstant(sentAt, timezone, ctx.language),
      }),
    );
    ctx.print(ctx.t("cli-order-status-recipients", { count: counts.recipients }));
    ctx.print(ctx.t("cli-order-status-delivered", { count: counts.delivered }));
    if (order.requiresAck) {
      ctx.print(ctx.t("cli-order-status-acknowledged", { count: counts.acknowledged }));
      ctx.print(ctx.t("cli-order-status-not-acknowledged", { count: counts.notAcknowledged }));
    } else ctx.print(ctx.t("cli-order-status-no-ack"));
    ctx.print(ctx.t("cli-order-status-pending", { count: counts.pending }));
    ctx.print(ctx.t("cli-order-status-unreachable", { count: counts.unreachable }));
    if (counts.pending > 0) ctx.print(ctx.t("cli-order-status-pending-hint"));
    if (order.requiresAck && counts.notAcknowledged > 0)
      ctx.print(ctx.t("cli-order-status-remind-hint", { id: String(order.id) }));
    ctx.print(ctx.t("cli-order-status-sheet-hint", { id: String(order.id) }));
    return 0;
  },
};

/** The `--json` answer of `order status`, for scripts: instants in ISO 8601 (UTC). */
async function statusJson(
  ctx: CliContext,
  order: FoundOrder,
  counts: Awaited<ReturnType<typeof orderCounts>>,
) {
  const recipients = await orderRecipients(ctx.db.prisma, order.id);
  return {
    order: {
      id: order.id,
      kind: order.kind,
      number: order.number,
      title: order.title,
      municipality: order.municipality,
      requiresAck: order.requiresAck,
      sentAt: (order.sentAt ?? order.createdAt).toISOString(),
      reportDeadlineAt: order.reportDeadlineAt?.toISOString() ?? null,
      completedAt: order.completedAt?.toISOString() ?? null,
    },
    counts,
    recipients: recipients.map((recipient) => ({
      name: recipient.fullName,
      school: recipient.schoolName,
      schoolCode: recipient.schoolCode,
      role: recipient.role,
      state: recipient.state,
      deliveredAt: recipient.sentAt?.toISOString() ?? null,
      acknowledgedAt: recipient.acknowledgedAt?.toISOString() ?? null,
    })),
  };
}

const SHEET_USAGE = "cli-usage-order-sheet";

/** `order sheet <id> --out <file.xlsx|folder>`: the acknowledgement sheet, in the `--lang` language. */
export const orderSheetCommand: CliCommand = {
  path: ["order", "sheet"],
  usageKey: SHEET_USAGE,
  async run(args, ctx) {
    const flags = parseCommandLine(ctx, args, {
      usageKey: SHEET_USAGE,
      options: { out: { type: "string" } },
      positionalName: "<id>",
      schema: z.object({
        out: z.string("cli-order-error-out-required").min(1, "cli-order-error-out-required"),
        positionals: ID_ARGUMENT,
      }),
    });
    if (!flags) return 2;
    const order = await findOrder(ctx, idOf(flags.positionals));
    if (!order) return 1;
    const sheet = await ackSheet(ctx.db.prisma, order.id, ctx.language, ctx.translate);
    // A folder takes the sheet under its own name («Лист ознакомления — приказ № 112.xlsx»).
    const isFolder = await stat(flags.out).then(
      (info) => info.isDirectory(),
      () => false,
    );
    const path = isFolder ? join(flags.out, sheet.fileName) : flags.out;
    if (!isFolder && !/\.xlsx$/i.test(path)) {
      ctx.print(ctx.t("cli-error-flag", { flag: "--out", reason: ctx.t("cli-order-error-out") }));
      ctx.print(ctx.t("cli-usage-line", { usage: ctx.t(SHEET_USAGE) }));
      return 2;
    }
    try {
      await writeFile(path, sheet.content);
    } catch (error) {
      ctx.print(
        ctx.t("cli-order-sheet-unwritable", {
          path,
          reason: (error as NodeJS.ErrnoException).code ?? String(error),
        }),
      );
      return 1;
    }
    const counts = await orderCounts(ctx.db.prisma, order.id);
    ctx.print(ctx.t("cli-order-sheet-written", { path, order: orderName(ctx, order), ...counts }));
    return 0;
  },
};

const REMIND_USAGE = "cli-usage-order-remind";

/** `order remind <id>`: reminds everyone it reached who has not acknowledged it. */
export const orderRemindCommand: CliCommand = {
  path: ["order", "remind"],
  usageKey: REMIND_USAGE,
  async run(args, ctx) {
    const flags = parseCommandLine(ctx, args, {
      usageKey: REMIND_USAGE,
      options: {},
      positionalName: "<id>",
      schema: z.object({ positionals: ID_ARGUMENT }),
    });
    if (!flags) return 2;
    const order = await findOrder(ctx, idOf(flags.positionals));
    if (!order) return 1;
    if (!order.requiresAck) {
      ctx.print(
        ctx.t("cli-order-remind-no-ack", { id: String(order.id), order: orderName(ctx, order) }),
      );
      return 1;
    }
    const reminded = await remindUnacknowledged(
      ctx.db.prisma,
      order.id,
      { kind: "cli" },
      new Date(),
    );
    ctx.print(
      ctx.t(reminded > 0 ? "cli-order-reminded" : "cli-order-reminded-nobody", {
        id: String(order.id),
        order: orderName(ctx, order),
        count: reminded,
      }),
    );
    return 0;
  },
};

const idOf = (positionals: string[]) => Number((positionals[0] ?? "").replace("#", ""));
