import { Composer } from "grammy";
import { municipalityOrders } from "../../db/orders/order-status.ts";
import { ORDER_LIST_CALLBACK } from "../callback-data/order-compose.ts";
import type { BotContext } from "../context.ts";
import { ORDER_CONVERSATION, type OrderComposeArgs } from "../conversations/order-compose.ts";
import {
  coordinatedMunicipalities as coordinated,
  languageOf as language,
} from "../filters/order-access.ts";
import { municipalityChoiceView, ORDERS_PAGE, ordersListView } from "../views/orders.ts";

/**
 * Coordinators' orders and letters: the list of a municipality's orders (/orders and the menu
 * button) and composing a new one. Each order's card is ./order-card.ts.
 */
export const ordersFeature = new Composer<BotContext>();
const feature = ordersFeature.chatType("private");

/** `/orders` and the menu button: the orders of the coordinator's municipality, or a choice of them. */
export async function showOrders(ctx: BotContext): Promise<void> {
  const municipalities = coordinated(ctx);
  const only = municipalities[0];
  if (!only) return void (await ctx.reply(ctx.t("orders-only-coordinators")));
  if (municipalities.length > 1) {
    const view = municipalityChoiceView(ctx.t, municipalities);
    return void (await ctx.reply(view.text, { reply_markup: view.keyboard }));
  }
  await showPage(ctx, only.id, null);
}

/** A page of the list: a new message (`page` null) or the same message turned to another page. */
async function showPage(ctx: BotContext, municipalityId: number, page: number | null) {
  const municipality = coordinated(ctx).find((one) => one.id === municipalityId);
  if (!municipality) return void (await ctx.reply(ctx.t("orders-only-coordinators")));
  const shown = Math.max(0, page ?? 0);
  const { total, orders } = await municipalityOrders(ctx.deps.db.prisma, municipalityId, {
    skip: shown * ORDERS_PAGE,
    take: ORDERS_PAGE,
  });
  const view = ordersListView(ctx.t, language(ctx), {
    municipalityId,
    municipality: municipality.name,
    timezone: municipality.timezone,
    page: shown,
    total,
    orders,
  });
  if (page === null) await ctx.reply(view.text, { reply_markup: view.keyboard });
  else await ctx.editMessageText(view.text, { reply_markup: view.keyboard }).catch(() => {});
}

feature.command("orders", showOrders);

feature.callbackQuery(ORDER_LIST_CALLBACK, async (ctx) => {
  const [, action, id, page] = ctx.match;
  const municipalityId = Number(id);
  if (!coordinated(ctx).some((one) => one.id === municipalityId)) {
    await ctx.answerCallbackQuery({ text: ctx.t("orders-only-coordinators") });
    return;
  }
  await ctx.answerCallbackQuery();
  if (action === "om")
    return showPage(ctx, municipalityId, page === undefined ? null : Number(page));
  const person = ctx.person;
  if (!person) return;
  const args: OrderComposeArgs = { personId: person.id, municipalityId, language: language(ctx) };
  await ctx.conversation.exitAll();
  await ctx.conversation.enter(ORDER_CONVERSATION, args);
});
