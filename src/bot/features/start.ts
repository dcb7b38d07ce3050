import { Composer } from "grammy";
import { enqueueMessage } from "../../db/outbox.ts";
import { redeemInvite } from "../../db/people/invites.ts";
import { findPersonByTelegramId } from "../../db/people/people.ts";
import { looksLikeInviteCode } from "../../domain/invites.ts";
import { isLanguage } from "../../i18n/translator.ts";
import { setPersonCommands } from "../commands.ts";
import type { BotContext } from "../context.ts";
import { mainMenu, mainMenuText } from "../menus/main-menu.ts";

const FAILURE_KEYS = {
  not_found: "start-invite-not-found",
  expired: "start-invite-expired",
  revoked: "start-invite-revoked",
  used_up: "start-invite-used-up",
} as const;

/** /start with an invite code binds the person to a role; plain /start greets or explains. */
export const startFeature = new Composer<BotContext>();
const feature = startFeature.chatType("private");

feature.command("start", async (ctx) => {
  const payload = ctx.match.trim();
  if (payload) return acceptInvite(ctx, payload);
  if (!ctx.person || ctx.person.roles.length === 0) return ctx.reply(ctx.t("start-stranger"));
  await ctx.reply(ctx.t("start-welcome-back", { name: ctx.person.fullName }));
  await showMainMenu(ctx);
});

feature.command("menu", async (ctx) => {
  if (!ctx.person || ctx.person.roles.length === 0) return ctx.reply(ctx.t("start-stranger"));
  await showMainMenu(ctx);
});

async function acceptInvite(ctx: BotContext, code: string): Promise<void> {
  if (!looksLikeInviteCode(code)) {
    await ctx.reply(ctx.t("start-bad-payload"));
    return;
  }
  const from = ctx.from;
  if (!from) return;
  const telegramLanguage = from.language_code?.slice(0, 2);
  const result = await redeemInvite(ctx.deps.db.prisma, code, {
    telegramId: BigInt(from.id),
    fullName: [from.first_name, from.last_name].filter(Boolean).join(" "),
    username: from.username ?? null,
    language: isLanguage(telegramLanguage) ? telegramLanguage : "ru",
  });
  if (!result.ok) {
    ctx.logger.info({ msg: "invite refused", reason: result.reason });
    await ctx.reply(ctx.t(FAILURE_KEYS[result.reason]));
    return;
  }
  ctx.person = await findPersonByTelegramId(ctx.deps.db, BigInt(from.id));
  await ctx.i18n.renegotiateLocale();
  const person = ctx.person;
  if (!person) return;
  ctx.logger.info({
    msg: "invite accepted",
    personId: person.id,
    role: result.role,
    alreadyHad: result.alreadyHad,
  });
  if (result.alreadyHad) await ctx.reply(ctx.t("start-invite-already"));
  else {
    await ctx.reply(
      ctx.t("start-invite-accepted", { name: person.fullName, role: ctx.t(`role-${result.role}`) }),
    );
    if (result.creatorId && result.creatorId !== person.id) {
      const granted = person.roles.find((role) => role.role === result.role);
      await enqueueMessage(ctx.deps.db.prisma, result.creatorId, {
        key: "notify-invite-redeemed",
        params: {
          name: person.fullName,
          role: { key: `role-${result.role}` },
          place: granted?.school ? ` — ${granted.school.name}` : "",
        },
      });
    }
  }
  await setPersonCommands(ctx.api, from.id, person, ctx.deps.translate).catch((error) =>
    ctx.logger.warn({ msg: "could not set the person's commands", err: error }),
  );
  await showMainMenu(ctx);
}

export async function showMainMenu(ctx: BotContext): Promise<void> {
  await ctx.reply(await mainMenuText(ctx), { reply_markup: mainMenu });
}
