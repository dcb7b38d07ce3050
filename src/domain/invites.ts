import { createHash, randomBytes } from "node:crypto";

/**
 * 18 random bytes = 144 bits, base64url → 24 characters: unguessable, and within Telegram's
 * 64-character limit on a deep-link start parameter ([A-Za-z0-9_-]).
 */
const CODE_BYTES = 18;
const CODE_PATTERN = /^[A-Za-z0-9_-]{24}$/;

export function generateInviteCode(): string {
  return randomBytes(CODE_BYTES).toString("base64url");
}

/** Only the hash is stored, so a leaked database does not leak usable invites. */
export function hashInviteCode(code: string): string {
  return createHash("sha256").update(code).digest("hex");
}

export function looksLikeInviteCode(text: string): boolean {
  return CODE_PATTERN.test(text);
}

export function inviteLink(botUsername: string, code: string): string {
  return `https://t.me/${botUsername}?start=${code}`;
}

export type InviteState = "usable" | "revoked" | "expired" | "used_up";

export interface InviteLimits {
  revokedAt: Date | null;
  expiresAt: Date;
  usedCount: number;
  maxUses: number;
}

/** Why an invite can or cannot be used now; revocation wins over expiry, expiry over use. */
export function inviteState(invite: InviteLimits, now: Date): InviteState {
  if (invite.revokedAt) return "revoked";
  if (invite.expiresAt.getTime() <= now.getTime()) return "expired";
  if (invite.usedCount >= invite.maxUses) return "used_up";
  return "usable";
}

export function inviteExpiry(now: Date, ttlDays: number): Date {
  return new Date(now.getTime() + ttlDays * 24 * 60 * 60 * 1000);
}
