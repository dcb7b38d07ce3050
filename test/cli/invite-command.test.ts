import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  inviteCommand,
  inviteListCommand,
  inviteRevokeCommand,
} from "../../src/cli/invite-command.ts";
import { createTestCliContext } from "../support/cli-context.ts";
import { createTestDatabase, type TestDatabase } from "../support/database.ts";

const LINK = /https:\/\/t\.me\/msoko_test_bot\?start=([A-Za-z0-9_-]{24})/;
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

let db: TestDatabase;
let dir: string;
beforeEach(async () => {
  db = await createTestDatabase();
  dir = mkdtempSync(join(tmpdir(), "msoko-invite-"));
  const sakhalin = await db.prisma.municipality.create({
    data: { code: "ugl", name: "Углегорский городской округ", timezone: "Asia/Sakhalin" },
  });
  await db.prisma.municipality.create({
    data: { code: "vyazma", name: "Вяземский район", timezone: "Europe/Moscow" },
  });
  await db.prisma.school.create({
    data: {
      code: "007",
      name: "Средняя школа № 1",
      shortName: "СОШ № 1",
      type: "general",
      municipalityId: sakhalin.id,
    },
  });
  await db.prisma.direction.create({
    data: {
      code: "objectivity",
      number: 5,
      group: "activity",
      name: "Объективность",
      nameEn: "Objectivity",
      goal: "",
      goalEn: "",
    },
  });
});
afterEach(async () => {
  await db.destroy();
  rmSync(dir, { recursive: true, force: true });
});

describe("invite", () => {
  it("prints a deep link, the local expiry and writes a PNG QR code", async () => {
    const qr = join(dir, "qr", "director.png");
    const ctx = createTestCliContext(db);

    const code = await inviteCommand.run(
      ["--role", "director", "--school", "007", "--days", "7", "--qr", qr],
      ctx,
    );

    expect(code).toBe(0);
    expect(ctx.output()).toMatch(LINK);
    expect(ctx.lines[0]).toBe("Приглашение #1: Директор — СОШ № 1 (Углегорский городской округ)");
    expect(ctx.output()).toMatch(
      /Действует до \d{4}-\d{2}-\d{2} \d{2}:\d{2} \(Asia\/Sakhalin, UTC\+11\), подключений: 1/,
    );
    expect(ctx.output()).toContain(`QR-код: ${qr}`);
    expect(readFileSync(qr).subarray(0, 8)).toEqual(PNG_SIGNATURE);
    const invite = await db.prisma.invite.findFirstOrThrow({ include: { school: true } });
    expect(invite.school?.code).toBe("007");
    expect(invite.expiresAt.getTime() - invite.createdAt.getTime()).toBe(7 * 24 * 60 * 60 * 1000);
    const audit = await db.prisma.auditEvent.findFirstOrThrow({
      where: { action: "invite.created" },
    });
    expect(audit.actorKind).toBe("cli");
  });

  it("writes the QR code into an invites folder beside the database by default", async () => {
    const ctx = createTestCliContext(db);

    await inviteCommand.run(
      ["--role", "viewer", "--municipality", "vyazma", "--uses", "5", "--label", "Методисты ИМЦ"],
      ctx,
    );

    const path = join(db.filesDir, "invites", "invite-1.png");
    expect(existsSync(path)).toBe(true);
    expect(ctx.output()).toContain("(Europe/Moscow, UTC+3), подключений: 5");
  });

  it("limits a coordinator to the directions given", async () => {
    const ctx = createTestCliContext(db);

    const code = await inviteCommand.run(
      [
        "--role",
        "coordinator",
        "--municipality",
        "ugl",
        "--directions",
        "objectivity",
        "--qr",
        join(dir, "c.png"),
      ],
      ctx,
    );

    expect(code).toBe(0);
    expect((await db.prisma.invite.findFirstOrThrow()).directionCodes).toBe("objectivity");
  });

  it.each([
    [
      ["--role", "director", "--municipality", "ugl"],
      "Ошибка в --school: директора и заместителя приглашают в организацию: укажите --school <код ОО>.",
    ],
    [
      ["--role", "coordinator", "--school", "007"],
      "Ошибка в --school: координатора и наблюдателя приглашают в муниципалитет",
    ],
    [
      ["--role", "principal", "--school", "007"],
      "Ошибка в --role: роль: coordinator, director, deputy или viewer.",
    ],
    [["--role", "deputy", "--school", "999"], "Ошибка в --school: организации с кодом 999 нет"],
    [
      ["--role", "director", "--school", "007", "--municipality", "vyazma"],
      "Ошибка в --school: организация 007 не относится к муниципалитету vyazma.",
    ],
    [
      ["--role", "viewer", "--municipality", "ugl", "--directions", "nope"],
      "Ошибка в --directions: неизвестные коды направлений: nope.",
    ],
    [
      ["--role", "viewer", "--municipality", "ugl", "--uses", "0"],
      "Ошибка в --uses: число подключений — целое от 1 до 1000.",
    ],
    [
      ["--role", "viewer", "--municipality", "ugl", "--colour", "red"],
      "Неизвестный параметр --colour.",
    ],
    [["--role"], "Для параметра --role не указано значение."],
  ])("refuses %j with one clear line, the usage and exit code 2", async (args, line) => {
    const ctx = createTestCliContext(db);

    expect(await inviteCommand.run(args, ctx)).toBe(2);

    expect(ctx.lines).toHaveLength(2);
    expect(ctx.lines[0]).toContain(line);
    expect(ctx.lines[1]).toMatch(/^Использование: npm run cli -- invite --role/);
    expect(await db.prisma.invite.count()).toBe(0);
  });

  it("prints why and exits 1 without creating an invite when the bot's username is unknown", async () => {
    const ctx = createTestCliContext(db, { env: { BOT_USERNAME: "" } });

    expect(await inviteCommand.run(["--role", "viewer", "--municipality", "ugl"], ctx)).toBe(1);

    expect(ctx.output()).toContain("set BOT_TOKEN");
    expect(await db.prisma.invite.count()).toBe(0);
  });

  it("speaks English when the context's language is English", async () => {
    const ctx = createTestCliContext(db, { language: "en" });

    await inviteCommand.run(
      ["--role", "deputy", "--school", "007", "--qr", join(dir, "d.png")],
      ctx,
    );

    expect(ctx.lines[0]).toBe("Invite #1: Deputy director — СОШ № 1 (Углегорский городской округ)");
  });
});

describe("invite list and invite revoke", () => {
  async function createInvites() {
    await inviteCommand.run(
      ["--role", "director", "--school", "007", "--qr", join(dir, "1.png")],
      createTestCliContext(db),
    );
    await inviteCommand.run(
      [
        "--role",
        "viewer",
        "--municipality",
        "ugl",
        "--label",
        "Методист ИМЦ",
        "--uses",
        "3",
        "--qr",
        join(dir, "2.png"),
      ],
      createTestCliContext(db),
    );
  }

  it("lists the municipality's open invites, newest first", async () => {
    await createInvites();
    const ctx = createTestCliContext(db);

    expect(await inviteListCommand.run(["--municipality", "ugl"], ctx)).toBe(0);

    expect(ctx.lines[0]).toBe("Действующие приглашения — Углегорский городской округ: 2");
    expect(ctx.lines[1]).toMatch(
      /^#2 Наблюдатель — весь муниципалитет; для кого: Методист ИМЦ; использовано 0 из 3; до \d{4}-\d{2}-\d{2} \d{2}:\d{2}$/,
    );
    expect(ctx.lines[2]).toMatch(/^#1 Директор — СОШ № 1; для кого: —; использовано 0 из 1/);
  });

  it("revokes an invite so that it leaves the list", async () => {
    await createInvites();
    const ctx = createTestCliContext(db);

    expect(await inviteRevokeCommand.run(["1"], ctx)).toBe(0);

    expect(ctx.lines[0]).toContain("Приглашение #1 отозвано");
    const list = createTestCliContext(db);
    await inviteListCommand.run(["--municipality", "ugl"], list);
    expect(list.lines[0]).toContain(": 1");
    expect(list.output()).not.toContain("#1 ");
    const again = createTestCliContext(db);
    expect(await inviteRevokeCommand.run(["1"], again)).toBe(0);
    expect(again.lines[0]).toBe("Приглашение #1 уже было отозвано.");
  });

  it("explains an unknown or malformed invite number", async () => {
    const missing = createTestCliContext(db);
    expect(await inviteRevokeCommand.run(["99"], missing)).toBe(1);
    expect(missing.lines[0]).toContain("Приглашения #99 нет.");

    const malformed = createTestCliContext(db);
    expect(await inviteRevokeCommand.run(["abc"], malformed)).toBe(2);
    expect(malformed.lines[0]).toContain("Ошибка в <id>: нужен номер приглашения");
  });

  it("asks for the municipality when listing without one", async () => {
    const ctx = createTestCliContext(db);

    expect(await inviteListCommand.run([], ctx)).toBe(2);

    expect(ctx.lines[0]).toBe("Ошибка в --municipality: укажите --municipality <код МО>.");
  });
});
