import { InlineKeyboard } from "grammy";
import type { School } from "../../db/generated/client.ts";
import type { OpenInvite } from "../../db/people/invites.ts";
import type { PersonRole } from "../../db/people/people.ts";
import { encodeInviteAction, type InvitableRole } from "../callback-data/invite.ts";
import { roleOf } from "../filters/roles.ts";
import { formatLocalDateTime } from "../format.ts";
import type { ViewContext } from "./view-context.ts";

const PAGE_SIZE = 8;
/** The newest open invites listed with a revoke button; older ones stay revocable from the CLI. */
const OPEN_INVITES_SHOWN = 20;

export function inviteRolesKeyboard(ctx: ViewContext): InlineKeyboard {
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
export function coordinatorScope(ctx: ViewContext): PersonRole | undefined {
  return roleOf(ctx, "coordinator");
}

/** One page of the municipality's schools (`all`, in reading order) to pick whom to invite. */
export function renderSchoolPage(
  ctx: ViewContext,
  all: readonly School[],
  role: InvitableRole,
  page: number,
) {
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

/** The newest open invites (`open`, from `listOpenInvites`), each with a revoke button. */
export async function replyWithOpenInvites(
  ctx: ViewContext,
  scope: PersonRole,
  open: readonly OpenInvite[],
): Promise<void> {
  const language = ctx.person?.language ?? "ru";
  const invites = open.slice(0, OPEN_INVITES_SHOWN);
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
