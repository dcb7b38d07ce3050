import { describe, expect, it } from "vitest";
import {
  generateInviteCode,
  hashInviteCode,
  inviteLink,
  inviteState,
  looksLikeInviteCode,
} from "../../src/domain/invites.ts";

describe("invite codes", () => {
  it("carry 144 random bits in 24 deep-link-safe characters, never repeating", () => {
    const codes = new Set(Array.from({ length: 1000 }, generateInviteCode));
    expect(codes.size).toBe(1000);
    for (const code of codes) expect(code).toMatch(/^[A-Za-z0-9_-]{24}$/);
    expect(Buffer.from([...codes][0] ?? "", "base64url")).toHaveLength(18);
  });

  it("are stored as a hash that does not reveal them", () => {
    const code = generateInviteCode();
    expect(hashInviteCode(code)).toMatch(/^[0-9a-f]{64}$/);
    expect(hashInviteCode(code)).not.toContain(code);
  });

  it("make a Telegram deep link and reject what is not a code", () => {
    expect(inviteLink("msoko_bot", "A".repeat(24))).toBe(
      `https://t.me/msoko_bot?start=${"A".repeat(24)}`,
    );
    expect(looksLikeInviteCode("abc")).toBe(false);
    expect(looksLikeInviteCode(`${"A".repeat(23)}!`)).toBe(false);
  });
});

describe("invite state", () => {
  const now = new Date("2026-11-23T10:00:00Z");
  const base = {
    revokedAt: null,
    expiresAt: new Date("2026-12-01T00:00:00Z"),
    usedCount: 0,
    maxUses: 1,
  };

  it.each([
    [base, "usable"],
    [{ ...base, usedCount: 1 }, "used_up"],
    [{ ...base, expiresAt: now }, "expired"],
    [{ ...base, revokedAt: now, expiresAt: now, usedCount: 1 }, "revoked"],
    [{ ...base, expiresAt: now, usedCount: 1 }, "expired"],
  ])("%o is %s", (invite, state) => {
    expect(inviteState(invite, now)).toBe(state);
  });
});
