import { Composer } from "grammy";
import {
  createInvites,
  listOpenInvites,
  type NewInvite,
  revokeInvite,
} from "../../db/people/invites.ts";
import { activeSchools, findInviteInMunicipality } from "../../db/people/organisation.ts";
import type { PersonRole } from "../../db/people/people.ts";
import { inviteLink } from "../../domain/invites.ts";
import {
  decodeInviteAction,
  INVITE_CALLBACK,
  type InvitableRole,
} from "../callback-data/invite.ts";
import type { BotContext } from "../context.ts";
import { formatLocalDateTime } from "../format.ts";
import { chunkLines } from "../texts.ts";
import {
  coordinatorScope,
  inviteRolesKeyboard,
  renderSchoolPage,
  replyWithOpenInvites,
} from "../views/invites.ts";

/** Coordinators invite directors, deputies and viewers of their municipality from the chat. */
export const invitesFeature = new Composer<BotContext>();
const feature = invitesFeature.chatType("private");

/** The menu's "open invites" button: the coordinator's municipality's usable invites. */
export async function showOpenInvites(ctx: BotContext): Promise<void> {
  const scope = coordinatorScope(ctx);
  if (!scope) return;
  await replyWithOpenInvites(
    ctx,
    scope,
    await listOpenInvites(ctx.deps.db.prisma, scope.municipality.id),
  );
}

feature.command("invite", async (ctx) => {
  if (!coordinatorScope(ctx)) return ctx.reply(ctx.t("invite-only-coordinators"));
  await ctx.reply(ctx.t("invite-choose-role"), { reply_markup: inviteRolesKeyboard(ctx) });
});

feature.callbackQuery(INVITE_CALLBACK, async (ctx) => {
  const scope = coordinatorScope(ctx);
  const action = decodeInviteAction(ctx.callbackQuery.data);
  if (!scope || !action) {
    await ctx.answerCallbackQuery({
      text: ctx.t(scope ? "callback-outdated" : "invite-only-coordinators"),
    });
    return;
  }
  await ctx.answerCallbackQuery();
  switch (action.kind) {
    case "r":
    case "p": {
      const view = renderSchoolPage(
        ctx,
        await activeSchools(ctx.deps.db.prisma, scope.municipality.id),
        action.role,
        action.kind === "p" ? action.page : 0,
      );
      await ctx
        .editMessageText(view.text, { reply_markup: view.keyboard })
        .catch(ignoreNotModified);
      return;
    }
    case "s":
      return issueInvites(ctx, scope, action.role, [action.schoolId]);
    case "a": {
      const schools = await activeSchools(ctx.deps.db.prisma, scope.municipality.id);
      return issueInvites(
        ctx,
        scope,
        action.role,
        schools.map((school) => school.id),
      );
    }
    case "m":
      return issueInvites(ctx, scope, action.role, "municipality");
    case "x": {
      const invite = await findInviteInMunicipality(
        ctx.deps.db.prisma,
        action.inviteId,
        scope.municipality.id,
      );
      const personId = ctx.person?.id;
      const revoked =
        invite !== null &&
        personId !== undefined &&
        (await revokeInvite(ctx.deps.db.prisma, invite.id, { kind: "person", personId }));
      await ctx.reply(
        ctx.t(revoked ? "invite-revoked" : "invite-already-closed", { id: action.inviteId }),
      );
      return;
    }
  }
});

/** Creates invites for the given schools (or the municipality) and sends the links to forward. */
async function issueInvites(
  ctx: BotContext,
  scope: PersonRole,
  role: InvitableRole,
  schoolIds: number[] | "municipality",
): Promise<void> {
  const prisma = ctx.deps.db.prisma;
  const wanted = new Set(schoolIds === "municipality" ? [] : schoolIds);
  const schools = (await activeSchools(prisma, scope.municipality.id)).filter((school) =>
    wanted.has(school.id),
  );
  const inputs: NewInvite[] =
    schoolIds === "municipality"
      ? [{ role, municipalityId: scope.municipality.id, ttlDays: ctx.deps.config.INVITE_TTL_DAYS }]
      : schools.map((school) => ({
          role,
          municipalityId: scope.municipality.id,
          schoolId: school.id,
          label: school.shortName ?? school.name,
          ttlDays: ctx.deps.config.INVITE_TTL_DAYS,
        }));
  if (inputs.length === 0) {
    await ctx.reply(ctx.t("callback-outdated"));
    return;
  }
  const person = ctx.person;
  if (!person) return;
  const created = await createInvites(prisma, inputs, { kind: "person", personId: person.id });
  const username = ctx.me.username;
  const expires = formatLocalDateTime(
    created[0]?.expiresAt ?? new Date(),
    scope.municipality.timezone,
    person.language,
  );
  const places =
    schoolIds === "municipality"
      ? [scope.municipality.name]
      : schools.map((s) => s.shortName ?? s.name);
  ctx.logger.info({
    msg: "invites created from the bot",
    role,
    count: created.length,
    by: person.id,
  });

  if (created.length === 1 && created[0]) {
    await ctx.reply(
      ctx.t("invite-created-one", {
        role: ctx.t(`role-${role}`),
        place: places[0] ?? "",
        link: inviteLink(username, created[0].code),
        expires,
      }),
      { link_preview_options: { is_disabled: true } },
    );
    return;
  }
  const lines = [
    ctx.t("invite-created-many-header", {
      role: ctx.t(`role-${role}`),
      count: created.length,
      expires,
    }),
    ...created.map((invite, index) =>
      ctx.t("invite-created-line", {
        place: places[index] ?? "",
        link: inviteLink(username, invite.code),
      }),
    ),
  ];
  for (const chunk of chunkLines(lines))
    await ctx.reply(chunk, { link_preview_options: { is_disabled: true } });
}

/** Pressing the current page's own button again changes nothing; Telegram reports that as an error. */
function ignoreNotModified(error: unknown): void {
  if (error instanceof Error && error.message.includes("message is not modified")) return;
  throw error;
}
