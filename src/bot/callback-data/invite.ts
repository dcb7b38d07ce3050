import { z } from "zod";

/**
 * Callback data of the invite wizard, kept under Telegram's 64-byte limit:
 * `inv:r:<role>` choose schools · `inv:p:<role>:<page>` page · `inv:s:<role>:<schoolId>` one school ·
 * `inv:a:<role>` all schools · `inv:m:<role>` a municipality invite · `inv:x:<inviteId>` revoke.
 */
const invitableRole = z.enum(["director", "deputy", "viewer"]);
const id = z.coerce.number().int().nonnegative();

export const inviteAction = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("r"), role: invitableRole }),
  z.object({ kind: z.literal("p"), role: invitableRole, page: id }),
  z.object({ kind: z.literal("s"), role: invitableRole, schoolId: id }),
  z.object({ kind: z.literal("a"), role: invitableRole }),
  z.object({ kind: z.literal("m"), role: invitableRole }),
  z.object({ kind: z.literal("x"), inviteId: id }),
]);
export type InviteAction = z.infer<typeof inviteAction>;
export type InvitableRole = z.infer<typeof invitableRole>;

export const INVITE_CALLBACK = /^inv:/;

export function encodeInviteAction(action: InviteAction): string {
  switch (action.kind) {
    case "r":
    case "a":
    case "m":
      return `inv:${action.kind}:${action.role}`;
    case "p":
      return `inv:p:${action.role}:${action.page}`;
    case "s":
      return `inv:s:${action.role}:${action.schoolId}`;
    case "x":
      return `inv:x:${action.inviteId}`;
  }
}

/** Returns null for data this version of the bot does not understand (e.g. an old button). */
export function decodeInviteAction(data: string): InviteAction | null {
  const [prefix, kind, first, second] = data.split(":");
  if (prefix !== "inv") return null;
  const candidate =
    kind === "x"
      ? { kind, inviteId: first }
      : { kind, role: first, page: second, schoolId: second };
  const parsed = inviteAction.safeParse(candidate);
  return parsed.success ? parsed.data : null;
}
