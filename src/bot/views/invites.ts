import { InlineKeyboard } from "grammy";
import { createInvites, listOpenInvites, type NewInvite } from "../../db/people/invites.ts";
import type { PersonRole } from "../../db/people/people.ts";
import { inviteLink } from "../../domain/invites.ts";
import { naturalOrder } from "../../domain/school-order.ts";
import { encodeInviteAction, type InvitableRole } from "../callback-data/invite.ts";
import type { BotContext } from "../context.ts";
import { roleOf } from "../filters/roles.ts";
import { formatLocalDateTime } from "../format.ts";
import { chunkLines } from "../texts.ts";

const PAGE_SIZE = 8;
/** The newest open invites listed with a revoke button; older ones stay revocable from the CLI. */
const OPEN_INVITES_SHOWN = 20;

/** A municipality's schools in the order people read them: "№ 2" before "№ 10". */
export async function activeSchools(ctx: BotContext, municipalityId: number) {
  const schools = await ctx.deps.db.prisma.school.findMany({
    where: { municipalityId, active: true },
  });
  return naturalOrder(schools);
}

export function inviteRolesKeyboard(ctx: BotContext): InlineKeyboard {
  const keyboard = new InlineKeyboard();
  for (const role of ["director", "deputy"] as const)
    keyboard
      .text(ctx.t(`invite-role-button-${role}`), encodeInviteAction({ kind: "r", role }))
      .row();
  return keyboard.text(
    ctx.t("invite-role-button-viewer"),
    encodeInviteAction({ kind: "m", role: "viewer" }),
  );
}

/** The coordinator's own municipality: invites are only ever made inside it. */
export function coordinatorScope(ctx: BotContext): PersonRole | undefined {
  return roleOf(ctx, "coordinator");
}

export async function renderSchoolPage(
  ctx: BotContext,
  scope: PersonRole,
  role: InvitableRole,
  page: number,
) {
  const all = await activeSchools(ctx, scope.municipality.id);
  const count = all.length;
  const schools = all.slice(page * PAGE_SIZE, (page + 1) * PAGE_SIZE);
  if (count === 0) return { text: ctx.t("invite-no-schools"), keyboard: undefined };
  const keyboard = new InlineKeyboard().text(
    ctx.t("invite-all-schools", { count }),
    encodeInviteAction({ kind: "a", role }),
  );
  for (const school of schools)
    keyboard
      .row()
      .text(
        school.shortName ?? school.name,
        encodeInviteAction({ kind: "s", role, schoolId: school.id }),
      );
  const pages = Math.ceil(count / PAGE_SIZE);
  if (pages > 1) {
    keyboard.row();
    if (page > 0)
      keyboard.text(
        ctx.t("invite-page-prev"),
        encodeInviteAction({ kind: "p", role, page: page - 1 }),
      );
    keyboard.text(`${page + 1} / ${pages}`, encodeInviteAction({ kind: "p", role, page }));
    if (page + 1 < pages)
      keyboard.text(
        ctx.t("invite-page-next"),
        encodeInviteAction({ kind: "p", role, page: page + 1 }),
      );
  }
  return { text: ctx.t("invite-choose-school", { role: ctx.t(`role-${role}`) }), keyboard };
}

/** Creates invites for the given schools (or the municipality) and sends the links to forward. */
export async function issueInvites(
  ctx: BotContext,
  scope: PersonRole,
  role: InvitableRole,
  schoolIds: number[] | "municipality",
): Promise<void> {
  const prisma = ctx.deps.db.prisma;
  const wanted = new Set(schoolIds === "municipality" ? [] : schoolIds);
  const schools = (await activeSchools(ctx, scope.municipality.id)).filter((school) =>
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

export async function replyWithOpenInvites(ctx: BotContext, scope: PersonRole): Promise<void> {
  const language = ctx.person?.language ?? "ru";
  const invites = (await listOpenInvites(ctx.deps.db.prisma, scope.municipality.id)).slice(
    0,
    OPEN_INVITES_SHOWN,
  );
  if (invites.length === 0) {
    await ctx.reply(ctx.t("invite-open-none"));
    return;
  }
  const keyboard = new InlineKeyboard();
  const lines = invites.map((invite) => {
    keyboard
      .text(
        ctx.t("invite-revoke-button", { id: invite.id }),
        encodeInviteAction({ kind: "x", inviteId: invite.id }),
      )
      .row();
    return ctx.t("invite-open-line", {
      id: invite.id,
      role: ctx.t(`role-${invite.role}`),
      place: invite.school
        ? (invite.school.shortName ?? invite.school.name)
        : ctx.t("invite-whole-municipality"),
      used: invite.usedCount,
      max: invite.maxUses,
      expires: formatLocalDateTime(invite.expiresAt, scope.municipality.timezone, language),
    });
  });
  await ctx.reply([ctx.t("invite-open-title", { count: invites.length }), ...lines].join("\n"), {
    reply_markup: keyboard,
  });
}
