import { z } from "zod";
import { callbackBody, callbackHead, callbackPattern } from "./formats.ts";

/**
 * Callback data of the invite wizard (format `invite` in ./formats.ts), after the `inv1:` head:
 * `r:<role>` choose schools · `p:<role>:<page>` page · `s:<role>:<schoolId>` one school ·
 * `a:<role>` all schools · `m:<role>` a municipality invite · `x:<inviteId>` revoke.
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

export const INVITE_CALLBACK = callbackPattern("invite");
const HEAD = callbackHead("invite");

export function encodeInviteAction(action: InviteAction): string {
  switch (action.kind) {
    case "r":
    case "a":
    case "m":
      return `${HEAD}${action.kind}:${action.role}`;
    case "p":
      return `${HEAD}p:${action.role}:${action.page}`;
    case "s":
      return `${HEAD}s:${action.role}:${action.schoolId}`;
    case "x":
      return `${HEAD}x:${action.inviteId}`;
  }
}

/** Returns null for data this version of the bot does not understand (e.g. an old button). */
export function decodeInviteAction(data: string): InviteAction | null {
  const body = callbackBody("invite", data);
  if (body === null) return null;
  const [kind, first, second, extra] = body.split(":");
  if (extra !== undefined) return null;
  const candidate =
    kind === "x"
      ? { kind, inviteId: first }
      : { kind, role: first, page: second, schoolId: second };
  const parsed = inviteAction.safeParse(candidate);
  return parsed.success ? parsed.data : null;
}
