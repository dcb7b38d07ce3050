import { afterEach, describe, expect, it } from "vitest";
import { validateInitData } from "../../src/server/middlewares/telegram-auth.ts";
import { initDataFor, signInitData } from "../support/init-data.ts";
import {
  createTestServer,
  seedDirector,
  TEST_BOT_TOKEN,
  type TestServer,
} from "./server-fixture.ts";

const NOW = new Date("2026-11-23T09:00:00Z");
const user = { id: 777001, first_name: "Елена", last_name: "Ким", language_code: "ru" };

describe("validateInitData", () => {
  it("accepts initData signed with the bot's token and returns the user", () => {
    const result = validateInitData(initDataFor(user, TEST_BOT_TOKEN, NOW), TEST_BOT_TOKEN, NOW);
    expect(result).toMatchObject({ ok: true, data: { user: { id: 777001, first_name: "Елена" } } });
  });

  it("rejects initData with a field changed after signing", () => {
    const tampered = initDataFor(user, TEST_BOT_TOKEN, NOW).replace("777001", "777002");
    expect(validateInitData(tampered, TEST_BOT_TOKEN, NOW)).toEqual({
      ok: false,
      reason: "bad_signature",
    });
  });

  it("rejects initData signed with another bot's token", () => {
    const other = initDataFor(user, "654321:OTHER-TOKEN-abcdefghijklmnopqrstuv", NOW);
    expect(validateInitData(other, TEST_BOT_TOKEN, NOW)).toEqual({
      ok: false,
      reason: "bad_signature",
    });
  });

  it("rejects initData older than 24 hours, and honours a shorter configured age", () => {
    const dayAndMinute = new Date(NOW.getTime() - (24 * 60 + 1) * 60_000);
    const old = initDataFor(user, TEST_BOT_TOKEN, dayAndMinute);
    expect(validateInitData(old, TEST_BOT_TOKEN, NOW)).toEqual({ ok: false, reason: "expired" });
    const hourOld = initDataFor(user, TEST_BOT_TOKEN, new Date(NOW.getTime() - 3_600_000));
    expect(validateInitData(hourOld, TEST_BOT_TOKEN, NOW).ok).toBe(true);
    expect(validateInitData(hourOld, TEST_BOT_TOKEN, NOW, { maxAgeSeconds: 600 })).toEqual({
      ok: false,
      reason: "expired",
    });
  });

  it("rejects a missing hash, a repeated field and a signed but unusable user", () => {
    const signed = initDataFor(user, TEST_BOT_TOKEN, NOW);
    expect(validateInitData(signed.replace(/&hash=.*/, ""), TEST_BOT_TOKEN, NOW).ok).toBe(false);
    expect(validateInitData(`${signed}&user=%7B%7D`, TEST_BOT_TOKEN, NOW)).toEqual({
      ok: false,
      reason: "malformed",
    });
    const noId = signInitData(
      { auth_date: NOW.getTime() / 1000, user: { first_name: "X" } },
      TEST_BOT_TOKEN,
    );
    expect(validateInitData(noId, TEST_BOT_TOKEN, NOW)).toEqual({ ok: false, reason: "no_user" });
  });
});

describe("GET /api/me behind Telegram sign-in", () => {
  let server: TestServer | undefined;
  afterEach(async () => {
    await server?.db.destroy();
    server = undefined;
  });

  const me = (target: TestServer, authorization?: string) =>
    target.app.request(
      "/api/me",
      authorization ? { headers: { Authorization: authorization } } : {},
    );

  it("returns the signed-in person with their active roles, school and municipality", async () => {
    server = await createTestServer();
    const seeded = await seedDirector(server.db.prisma, { telegramId: user.id });
    const response = await me(server, `tma ${initDataFor(user, TEST_BOT_TOKEN)}`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      person: { id: seeded.personId, fullName: "Ким Елена Сергеевна", language: "ru" },
      roles: [
        {
          role: "director",
          municipality: {
            code: expect.any(String),
            name: "Холмский городской округ",
            timezone: "Asia/Sakhalin",
          },
          school: { code: expect.any(String), name: "МАОУ СОШ № 3 г. Холмска", type: "general" },
          directions: [],
        },
      ],
    });
  });

  it("answers 401 when the Authorization header is missing or not `tma …`", async () => {
    server = await createTestServer();
    for (const header of [undefined, `Bearer ${initDataFor(user, TEST_BOT_TOKEN)}`]) {
      const response = await me(server, header);
      expect(response.status).toBe(401);
      expect(await response.json()).toMatchObject({ error: "missing_init_data" });
    }
  });

  it("answers 401 to a tampered field and to another bot's signature", async () => {
    server = await createTestServer();
    await seedDirector(server.db.prisma, { telegramId: user.id });
    const tampered = initDataFor({ ...user, id: 1 }, TEST_BOT_TOKEN).replace(
      "%22id%22%3A1%2C",
      "%22id%22%3A777001%2C",
    );
    const foreign = initDataFor(user, "654321:OTHER-TOKEN-abcdefghijklmnopqrstuv");
    for (const initData of [tampered, foreign]) {
      const response = await me(server, `tma ${initData}`);
      expect(response.status).toBe(401);
      expect(await response.json()).toMatchObject({ error: "invalid_init_data" });
    }
  });

  it("answers 401 expired_init_data by the injected clock", async () => {
    server = await createTestServer(
      {},
      { auth: { now: () => new Date(NOW.getTime() + 25 * 3_600_000) } },
    );
    await seedDirector(server.db.prisma, { telegramId: user.id });
    const response = await me(server, `tma ${initDataFor(user, TEST_BOT_TOKEN, NOW)}`);
    expect(response.status).toBe(401);
    expect(await response.json()).toMatchObject({ error: "expired_init_data" });
  });

  it("answers 403 not_registered to a correctly signed stranger, in their language", async () => {
    server = await createTestServer();
    const response = await server.app.request("/api/me", {
      headers: {
        Authorization: `tma ${initDataFor({ ...user, id: 999 }, TEST_BOT_TOKEN)}`,
        "Accept-Language": "en-GB,en;q=0.9",
      },
    });
    expect(response.status).toBe(403);
    const body = await response.json();
    expect(body).toMatchObject({ error: "not_registered" });
    expect(body.message).toContain("invite link");
  });

  it("answers 503 with a clear message when BOT_TOKEN is not configured", async () => {
    server = await createTestServer({ BOT_TOKEN: "" });
    const response = await me(server, `tma ${initDataFor(user, TEST_BOT_TOKEN)}`);
    expect(response.status).toBe(503);
    const body = await response.json();
    expect(body).toMatchObject({ error: "bot_token_missing" });
    expect(body.message).toContain("BOT_TOKEN");
  });

  it("ignores ids in the query string: identity comes only from the signature", async () => {
    server = await createTestServer();
    await seedDirector(server.db.prisma, { telegramId: user.id });
    const other = await seedDirector(server.db.prisma, {
      telegramId: 42,
      fullName: "Чужой Человек",
    });
    const response = await server.app.request(`/api/me?personId=${other.personId}&telegramId=42`, {
      headers: { Authorization: `tma ${initDataFor(user, TEST_BOT_TOKEN)}` },
    });
    expect((await response.json()).person.fullName).toBe("Ким Елена Сергеевна");
  });
});
