import { Composer } from "grammy";
import type { InlineKeyboardButton } from "grammy/types";
import { acknowledgeDelivery } from "../../db/orders/orders.ts";
import { formatInstant } from "../../domain/outgoing-message.ts";
import { ORDER_CALLBACK } from "../callback-data/order.ts";
import type { BotContext } from "../context.ts";
import { languageOf } from "../filters/order-access.ts";

/**
 * «Ознакомлен(а)» under an order, for whoever received it: the acknowledgement is recorded once
 * and the button says so; a preview's buttons only explain themselves.
 */
export const orderAckFeature = new Composer<BotContext>();
const feature = orderAckFeature.chatType("private");

feature.callbackQuery(ORDER_CALLBACK, async (ctx, next) => {
  const action = ctx.match[1];
  if (action === "prv") {
    await ctx.answerCallbackQuery({ text: ctx.t("orders-preview-button"), show_alert: true });
    return;
  }
  if (action !== "ack") return next();
  const person = ctx.person;
  const result = person
    ? await acknowledgeDelivery(ctx.deps.db.prisma, Number(ctx.match[2]), person.id, new Date())
    : ({ status: "not-found" } as const);
  if (result.status === "not-found") {
    await ctx.answerCallbackQuery({ text: ctx.t("orders-ack-not-found") });
    return;
  }
  const at = formatInstant(result.at, result.timezone, languageOf(ctx));
  await ctx.answerCallbackQuery({
    text: ctx.t(result.status === "acknowledged" ? "orders-ack-done" : "orders-ack-already", {
      at,
    }),
  });
  await relabel(ctx, ctx.callbackQuery.data, ctx.t("orders-ack-button-done"));
});

/** Gives the pressed button a new label on its message, keeping its data and the other buttons. */
async function relabel(ctx: BotContext, data: string, label: string): Promise<void> {
  const keyboard = ctx.callbackQuery?.message?.reply_markup?.inline_keyboard;
  if (!keyboard) return;
  let changed = false;
  const rows = keyboard.map((row) =>
    row.map((button): InlineKeyboardButton => {
      if (!("callback_data" in button) || button.callback_data !== data || button.text === label)
        return button;
      changed = true;
      return { text: label, callback_data: data };
    }),
  );
  if (changed)
    await ctx.editMessageReplyMarkup({ reply_markup: { inline_keyboard: rows } }).catch(() => {});
}
