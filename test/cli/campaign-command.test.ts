import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  campaignCloseCommand,
  campaignCreateCommand,
  campaignListCommand,
  campaignOpenCommand,
} from "../../src/cli/campaign-command.ts";
import { buildMonitoringWorld, type MonitoringWorld } from "../db/monitoring-world.ts";
import { createTestCliContext } from "../support/cli-context.ts";
import { createTestDatabase, type TestDatabase } from "../support/database.ts";

let db: TestDatabase;
let world: MonitoringWorld;
beforeEach(async () => {
  db = await createTestDatabase();
  world = await buildMonitoringWorld(db.prisma);
});
afterEach(() => db.destroy());

const create = (...extra: string[]) => [
  "--form",
  "teachers",
  "--period",
  "2030-31",
  "--municipality",
  world.municipality.code,
  "--deadline",
  "2030-12-01 18:00",
  ...extra,
];

describe("campaign create", () => {
  it("creates and opens a campaign with the deadline on the municipality's clock", async () => {
    const ctx = createTestCliContext(db);
    expect(
      await campaignCreateCommand.run(create("--schools", "flag:lowResults", "--open"), ctx),
    ).toBe(0);
    expect(ctx.lines).toEqual([
      "Кампания #1 создана: «Профессиональное развитие педагогов», 2030/31 учебный год, Углегорский городской округ; организаций: 1.",
      "Срок сдачи: 2030-12-01 18:00 (Asia/Sakhalin, UTC+11)",
      "Кампания #1 открыта, уведомлений поставлено в очередь: 1.",
    ]);
    const campaign = await db.prisma.campaign.findFirstOrThrow();
    expect(campaign).toMatchObject({
      status: "open",
      deadlineAt: new Date("2030-12-01T07:00:00Z"),
    });
    const audit = await db.prisma.auditEvent.findMany({ where: { entityType: "Campaign" } });
    expect(audit.map((event) => [event.action, event.actorKind])).toEqual([
      ["campaign.created", "cli"],
      ["campaign.opened", "cli"],
    ]);
  });

  it("leaves a draft without --open and accepts school codes", async () => {
    const ctx = createTestCliContext(db, { language: "en" });
    const code = await campaignCreateCommand.run(
      create("--schools", "ugl-01,ugl-03", "--closes", "2030-12-05 18:00"),
      ctx,
    );
    expect(code).toBe(0);
    expect(ctx.output()).toContain("schools: 1.");
    expect(ctx.output()).toContain("Closes automatically: 2030-12-05 18:00");
    expect(ctx.output()).toContain("npm run cli -- campaign open 1");
    expect(await db.prisma.outboxMessage.count()).toBe(0);
  });

  it("names the flag at fault and exits 2", async () => {
    const cases: Array<[string[], string]> = [
      [create("--schools", "ugl-01,ugl-99"), "Ошибка в --schools: в муниципалитете"],
      [create("--schools", "type:school"), "Ошибка в --schools: ожидается all"],
      [
        [
          "--form",
          "teachers",
          "--period",
          "2030-Q1",
          "--municipality",
          world.municipality.code,
          "--deadline",
          "2030-12-01 18:00",
        ],
        "Ошибка в --period: форма teachers собирается за учебный год",
      ],
      [
        create().map((arg) => (arg === "2030-12-01 18:00" ? "2020-12-01 18:00" : arg)),
        "Ошибка в --deadline: этот срок уже прошёл",
      ],
      [
        create().map((arg) => (arg === "teachers" ? "nope" : arg)),
        "Ошибка в --form: формы с кодом nope нет",
      ],
      [create().slice(0, 6), "Ошибка в --deadline: укажите --deadline"],
    ];
    for (const [args, message] of cases) {
      const ctx = createTestCliContext(db);
      expect(await campaignCreateCommand.run(args, ctx)).toBe(2);
      expect(ctx.lines[0]).toContain(message);
      expect(ctx.lines[1]).toMatch(/^Использование: npm run cli -- campaign create/);
    }
    expect(await db.prisma.campaign.count()).toBe(0);
  });

  it("refuses a duplicate campaign with exit code 1", async () => {
    await campaignCreateCommand.run(create(), createTestCliContext(db));
    const ctx = createTestCliContext(db);
    expect(await campaignCreateCommand.run(create(), ctx)).toBe(1);
    expect(ctx.lines).toEqual([
      "Кампания по форме teachers за 2030/31 учебный год в этом муниципалитете уже есть — её номер показывает campaign list.",
    ]);
  });
});

describe("campaign open, close and list", () => {
  it("opens, lists and closes a campaign by its number", async () => {
    await campaignCreateCommand.run(create(), createTestCliContext(db));
    const open = createTestCliContext(db);
    expect(await campaignOpenCommand.run(["1"], open)).toBe(0);
    expect(open.lines).toEqual(["Кампания #1 открыта, уведомлений поставлено в очередь: 3."]);
    expect(await campaignOpenCommand.run(["#1"], createTestCliContext(db))).toBe(1);

    const list = createTestCliContext(db);
    expect(await campaignListCommand.run(["--municipality", world.municipality.code], list)).toBe(
      0,
    );
    expect(list.lines).toEqual([
      "Кампании — Углегорский городской округ: 1",
      "#1 [открыта] «Профессиональное развитие педагогов», 2030/31 учебный год; срок 2030-12-01 18:00; сдано 0 из 2, принято 0, на доработке 0, после срока 0",
    ]);

    const close = createTestCliContext(db);
    expect(await campaignCloseCommand.run(["1"], close)).toBe(0);
    expect(close.output()).toContain("Кампания #1 закрыта");
    const again = createTestCliContext(db);
    expect(await campaignCloseCommand.run(["1"], again)).toBe(1);
    expect(again.lines).toEqual([
      "Кампания #1 не открыта: закрыть можно только открытую кампанию.",
    ]);
  });

  it("explains an unknown number or municipality", async () => {
    const missing = createTestCliContext(db);
    expect(await campaignOpenCommand.run(["7"], missing)).toBe(1);
    expect(missing.lines).toEqual(["Кампании #7 нет. Номера кампаний показывает campaign list."]);
    const bad = createTestCliContext(db);
    expect(await campaignCloseCommand.run(["seven"], bad)).toBe(2);
    expect(bad.lines[0]).toContain("нужен номер кампании");
    const list = createTestCliContext(db);
    expect(await campaignListCommand.run(["--municipality", "nowhere"], list)).toBe(2);
    expect(list.lines[0]).toBe("Ошибка в --municipality: муниципалитета с кодом nowhere нет.");
  });
});
