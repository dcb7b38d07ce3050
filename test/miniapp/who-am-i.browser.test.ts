import { existsSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { pino } from "pino";
import type { Browser } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { createConfig } from "../../src/config.ts";
import { createTranslator } from "../../src/i18n/translator.ts";
import { createServer, type RunningServer, startServer } from "../../src/server/index.ts";
import { seedDirector, TEST_BOT_TOKEN } from "../server/server-fixture.ts";
import { createTestDatabase, type TestDatabase } from "../support/database.ts";
import {
  DARK,
  expectVisible,
  type Launch,
  launchChromium,
  MINIAPP_DIST,
  openMiniApp,
  SCREENSHOTS,
} from "./browser-harness.ts";

const built = existsSync(join(MINIAPP_DIST, "index.html"));
const t = createTranslator();

// CI builds the mini-app on install (postinstall); skip loudly rather than build here.
if (!built) {
  console.warn(
    "Mini-app browser tests SKIPPED: miniapp/dist is missing. Run npm run build:miniapp (npm install runs it).",
  );
}
describe.skipIf(!built)(
  built
    ? "the mini-app's first screen in Chromium"
    : "the mini-app's browser tests: SKIPPED because miniapp/dist is missing (run npm run build:miniapp)",
  () => {
    let browser: Browser;
    let db: TestDatabase | undefined;
    let server: RunningServer | undefined;
    const cspViolations: string[] = [];

    beforeAll(async () => {
      mkdirSync(SCREENSHOTS, { recursive: true });
      browser = await launchChromium();
    });
    afterAll(async () => {
      await browser?.close();
    });
    afterEach(async () => {
      await server?.close();
      await db?.destroy();
      server = undefined;
      db = undefined;
      expect(cspViolations.splice(0)).toEqual([]);
    });

    async function startApp(): Promise<{ db: TestDatabase; port: number }> {
      db = await createTestDatabase();
      const config = createConfig({ BOT_TOKEN: TEST_BOT_TOKEN, DATABASE_URL: db.url });
      const logger = pino({ level: "silent" });
      const app = createServer({ config, logger, db, translate: t, miniappDir: MINIAPP_DIST });
      server = await startServer(app, { port: 0, host: "127.0.0.1" });
      return { db, port: server.port };
    }

    const open = (port: number, launch: Launch) =>
      openMiniApp(browser, port, launch, cspViolations);

    it("shows the person's name, school and municipality in Russian", async () => {
      const { db, port } = await startApp();
      const person = await seedDirector(db.prisma, {
        telegramId: 5001,
        language: "ru",
        coordinatorDirections: "d1,d5",
      });
      const { page, external, close } = await open(port, {
        user: { id: 5001, first_name: "Елена", language_code: "ru" },
      });
      await page.getByText(person.fullName).waitFor();
      await expectVisible(page, [
        t("ru", "app-who-am-i-title"),
        t("ru", "app-role-director"),
        t("ru", "app-role-coordinator"),
        t("ru", "app-directions", { directions: "d1; d5" }),
        person.schoolName,
        person.municipalityName,
      ]);
      expect(await page.getAttribute("html", "lang")).toBe("ru");
      expect(await page.evaluate(() => (window as unknown as { calls: string[] }).calls)).toEqual(
        expect.arrayContaining(["ready", "expand"]),
      );
      expect(external).toEqual([]);
      await page.screenshot({ path: join(SCREENSHOTS, "who-am-i-ru-light.png"), fullPage: true });
      await close();
    });

    it("speaks English to a person whose language is English, in Telegram's dark theme", async () => {
      const { db, port } = await startApp();
      const person = await seedDirector(db.prisma, {
        telegramId: 5002,
        fullName: "Elena Kim",
        language: "en",
        schoolName: "Kholmsk Secondary School No. 3",
      });
      const { page, close } = await open(port, {
        user: { id: 5002, first_name: "Elena", language_code: "en" },
        theme: DARK,
      });
      await page.getByText(person.fullName).waitFor();
      await expectVisible(page, [
        t("en", "app-who-am-i-title"),
        t("en", "app-role-director"),
        person.schoolName,
      ]);
      expect(await page.getAttribute("html", "lang")).toBe("en");
      const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
      expect(background).toBe("rgb(21, 30, 39)");
      await page.screenshot({ path: join(SCREENSHOTS, "who-am-i-en-dark.png"), fullPage: true });
      await close();
    });

    it("keeps the person's chosen language even when Telegram's differs, as the bot does", async () => {
      const { db, port } = await startApp();
      const person = await seedDirector(db.prisma, { telegramId: 5003, language: "ru" });
      const { page, close } = await open(port, {
        user: { id: 5003, first_name: "Елена", language_code: "en" },
      });
      await page.getByText(person.fullName).waitFor();
      await expectVisible(page, [t("ru", "app-who-am-i-title")]);
      await close();
    });

    it("tells an unregistered user to use their invite link, in their Telegram language", async () => {
      const { port } = await startApp();
      for (const language of ["ru", "en"] as const) {
        const { page, close } = await open(port, {
          user: { id: 6000, first_name: "Stranger", language_code: language },
        });
        await page.getByText(t(language, "app-error-not-registered-title")).waitFor();
        await expectVisible(page, [t(language, "app-error-not-registered")]);
        expect(t(language, "app-error-not-registered")).toMatch(/ссылкой-приглашением|invite link/);
        await page.screenshot({ path: join(SCREENSHOTS, `not-registered-${language}.png`) });
        await close();
      }
    });

    it("says the sign-in was not verified when initData is signed by another bot", async () => {
      const { db, port } = await startApp();
      await seedDirector(db.prisma, { telegramId: 5004 });
      const { page, close } = await open(port, {
        user: { id: 5004, first_name: "Елена", language_code: "ru" },
        token: "654321:OTHER-TOKEN-abcdefghijklmnopqrstuv",
      });
      await page.getByText(t("ru", "app-error-signature-title")).waitFor();
      await expectVisible(page, [t("ru", "app-button-close")]);
      await close();
    });

    it("offers Retry after a network failure and recovers when the network is back", async () => {
      const { db, port } = await startApp();
      const person = await seedDirector(db.prisma, { telegramId: 5005 });
      const launch: Launch = {
        user: { id: 5005, first_name: "Елена", language_code: "ru" },
        blockApi: true,
      };
      const { page, close } = await open(port, launch);
      await page.getByText(t("ru", "app-error-network-title")).waitFor();
      await page.screenshot({ path: join(SCREENSHOTS, "network-error-ru.png") });
      launch.blockApi = false;
      await page.getByRole("button", { name: t("ru", "app-button-retry") }).click();
      await page.getByText(person.fullName).waitFor();
      await close();
    });

    it("still opens when telegram-web-app.js cannot load, from the launch data in the URL", async () => {
      const { db, port } = await startApp();
      const person = await seedDirector(db.prisma, { telegramId: 5006 });
      const { page, external, close } = await open(port, {
        user: { id: 5006, first_name: "Елена", language_code: "ru" },
        stub: false,
      });
      await page.getByText(person.fullName).waitFor();
      expect(external).toEqual(["https://telegram.org"]);
      await close();
    });
  },
);
