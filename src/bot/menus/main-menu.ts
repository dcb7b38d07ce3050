import { Menu } from "@grammyjs/menu";
import { directionLabeller } from "../../db/catalog/directions.ts";
import { placesOf } from "../../db/people/places.ts";
import type { BotContext } from "../context.ts";
import { showCampaigns } from "../features/campaigns.ts";
import { showOpenInvites } from "../features/invites.ts";
import { showOrders } from "../features/orders.ts";
import { showReviewQueue } from "../features/review.ts";
import { showTasks } from "../features/tasks.ts";
import { isCoordinator } from "../filters/roles.ts";
import { describeRoles } from "../texts.ts";
import { inviteRolesKeyboard } from "../views/invites.ts";
import { languageKeyboard } from "../views/language.ts";
import { replyWithOrganisation } from "../views/organisation.ts";
import { replyWithProfile } from "../views/profile.ts";

export const MAIN_MENU = "main";

/** Telegram opens web_app buttons over https only. */
export function miniAppUrl(publicUrl: string | undefined): string | null {
  return publicUrl?.startsWith("https://") ? `${publicUrl.replace(/\/$/, "")}/app/` : null;
}

/** The main menu: its buttons follow the person's roles, so every role lands where it works. */
export function createMainMenu(): Menu<BotContext> {
  return new Menu<BotContext>(MAIN_MENU, {
    onMenuOutdated: async (ctx) => {
      await ctx.answerCallbackQuery({ text: ctx.t("menu-outdated") });
      await ctx.editMessageText(await mainMenuText(ctx));
      await ctx.menu.update();
    },
    fingerprint: (ctx) =>
      `${ctx.person?.language}:${ctx.person?.roles.map((role) => role.id).join(",") ?? ""}`,
  }).dynamic((ctx, range) => {
    if (!ctx.person) return;
    if (isCoordinator(ctx)) {
      range
        .text(ctx.t("menu-button-invite"), (ctx) =>
          ctx.reply(ctx.t("invite-choose-role"), { reply_markup: inviteRolesKeyboard(ctx) }),
        )
        .row()
        .text(ctx.t("menu-button-review"), showReviewQueue)
        .row()
        .text(ctx.t("menu-button-open-invites"), showOpenInvites)
        .row()
        .text(ctx.t("menu-button-campaigns"), showCampaigns)
        .row()
        .text(ctx.t("menu-button-orders"), showOrders)
        .row();
    }
    if (ctx.person.roles.some((role) => role.role === "deputy" || role.role === "director"))
      range.text(ctx.t("menu-button-tasks"), showTasks).row();
    range
      .text(ctx.t("menu-button-organisation"), async (ctx) =>
        replyWithOrganisation(ctx, await placesOf(ctx.deps.db.prisma, ctx.person?.roles ?? [])),
      )
      .row()
      .text(ctx.t("menu-button-profile"), async (ctx) =>
        replyWithProfile(ctx, await directionsOf(ctx)),
      )
      .row()
      .text(ctx.t("menu-button-language"), (ctx) =>
        ctx.reply(ctx.t("language-choose"), { reply_markup: languageKeyboard() }),
      );
    const appUrl = miniAppUrl(ctx.deps.config.PUBLIC_URL);
    if (appUrl) range.row().webApp(ctx.t("menu-button-app"), appUrl);
  });
}

/** Menus hold no state of their own (they read ctx at render time), so one instance serves all bots. */
export const mainMenu = createMainMenu();

/** Labels for the directions the person's roles are limited to, in their language. */
function directionsOf(ctx: BotContext): Promise<(code: string) => string> {
  const codes = ctx.person?.roles.flatMap((role) => role.directions) ?? [];
  return directionLabeller(ctx.deps.db.prisma, codes, ctx.person?.language ?? "ru");
}

export async function mainMenuText(ctx: BotContext): Promise<string> {
  const person = ctx.person;
  if (!person) return ctx.t("unhandled-stranger");
  return ctx.t("menu-title", {
    name: person.fullName,
    roles: describeRoles(ctx.t, person.roles, await directionsOf(ctx)),
  });
}
