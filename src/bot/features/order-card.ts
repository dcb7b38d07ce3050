import { Composer, InputFile } from "grammy";
import { remindUnacknowledged } from "../../db/orders/order-reminders.ts";
import { orderCardFacts, orderCounts, orderRecipients } from "../../db/orders/order-status.ts";
import { ackSheet } from "../../exports/ack-sheet.ts";
import { encodeOrderButton, ORDER_CALLBACK } from "../callback-data/order.ts";
import type { BotContext } from "../context.ts";
import { languageOf, mayManageOrder } from "../filters/order-access.ts";
import { orderCardView, recipientsListTexts } from "../views/orders.ts";

/** The card's buttons this feature answers; others go on to the features after it. */
const ACTIONS = new Set(["open", "list", "rem", "sheet"]);

/**
 * An order's card for the coordinators of its municipality: where its deliveries stand, who has
 * not acknowledged, a reminder to them, and the acknowledgement sheet to print.
 */
export const orderCardFeature = new Composer<BotContext>();
const feature = orderCardFeature.chatType("private");

feature.callbackQuery(ORDER_CALLBACK, async (ctx, next) => {
  const action = ctx.match[1] ?? "";
  if (!ACTIONS.has(action)) return next();
  const orderId = Number(ctx.match[2]);
  if (!(await mayManageOrder(ctx, orderId))) {
    await ctx.answerCallbackQuery({ text: ctx.t("orders-card-refused") });
    return;
  }
  switch (action) {
    case "open":
      return showCard(ctx, orderId);
    case "list":
      return listRecipients(ctx, orderId);
    case "rem":
      return remind(ctx, orderId);
    case "sheet":
      return sendSheet(ctx, orderId);
  }
});

/**
 * Opens the card as a new message, or, pressed on the card itself («Обновить»), shows the
 * counts of now in the same message.
 */
async function showCard(ctx: BotContext, orderId: number): Promise<void> {
  const prisma = ctx.deps.db.prisma;
  const [facts, counts] = await Promise.all([
    orderCardFacts(prisma, orderId),
    orderCounts(prisma, orderId),
  ]);
  if (!facts) return void (await ctx.answerCallbackQuery({ text: ctx.t("orders-card-refused") }));
  const view = orderCardView(ctx.t, languageOf(ctx), facts, counts);
  const onCard = ctx.callbackQuery?.message?.reply_markup?.inline_keyboard
    .flat()
    .some(
      (button) =>
        "callback_data" in button && button.callback_data === encodeOrderButton("list", orderId),
    );
  if (onCard) {
    await ctx.answerCallbackQuery({ text: ctx.t("orders-card-refreshed") });
    await ctx.editMessageText(view.text, { reply_markup: view.keyboard }).catch(() => {});
  } else {
    await ctx.answerCallbackQuery();
    await ctx.reply(view.text, { reply_markup: view.keyboard });
  }
}

async function listRecipients(ctx: BotContext, orderId: number): Promise<void> {
  await ctx.answerCallbackQuery();
  const prisma = ctx.deps.db.prisma;
  const [facts, rows] = await Promise.all([
    orderCardFacts(prisma, orderId),
    orderRecipients(prisma, orderId),
  ]);
  if (!facts) return;
  for (const text of recipientsListTexts(ctx.t, facts, rows)) await ctx.reply(text);
}

async function remind(ctx: BotContext, orderId: number): Promise<void> {
  const person = ctx.person;
  if (!person) return;
  const count = await remindUnacknowledged(
    ctx.deps.db.prisma,
    orderId,
    { kind: "person", personId: person.id },
    new Date(),
  );
  ctx.logger.info({ msg: "order reminder from the bot", orderId, reminded: count, by: person.id });
  await ctx.answerCallbackQuery();
  await ctx.reply(count > 0 ? ctx.t("orders-reminded", { count }) : ctx.t("orders-remind-nobody"));
}

async function sendSheet(ctx: BotContext, orderId: number): Promise<void> {
  await ctx.answerCallbackQuery({ text: ctx.t("orders-sheet-preparing") });
  const { fileName, content } = await ackSheet(
    ctx.deps.db.prisma,
    orderId,
    languageOf(ctx),
    ctx.deps.translate,
  );
  await ctx.replyWithDocument(new InputFile(content, fileName));
}
