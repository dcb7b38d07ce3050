import { existsSync } from "node:fs";
import { join } from "node:path";
import { type Browser, chromium, type Page } from "playwright-core";
import { expect } from "vitest";
import { TEST_BOT_TOKEN } from "../server/server-fixture.ts";
import { type InitDataUser, initDataFor } from "../support/init-data.ts";

export const MINIAPP_DIST = join(import.meta.dirname, "../../miniapp/dist");
export const SCREENSHOTS = join(import.meta.dirname, "__screenshots__");

export const LIGHT = {
  bg_color: "#ffffff",
  secondary_bg_color: "#efeff4",
  text_color: "#000000",
  hint_color: "#8e8e93",
  button_color: "#2481cc",
  button_text_color: "#ffffff",
  accent_text_color: "#2481cc",
};
export const DARK = {
  bg_color: "#212d3b",
  secondary_bg_color: "#151e27",
  section_bg_color: "#212d3b",
  text_color: "#ffffff",
  hint_color: "#7d8b99",
  button_color: "#5288c1",
  button_text_color: "#ffffff",
  accent_text_color: "#64b5ef",
};

export interface Launch {
  user: InitDataUser;
  token?: string;
  theme?: Record<string, string>;
  /** false: no Telegram stub; the app must find its launch data in the URL fragment. */
  stub?: boolean;
  blockApi?: boolean;
}

const CHROMIUM_FLAGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-quic",
  "--no-first-run",
  "--disable-sync",
];

/**
 * Where the browser comes from: `CHROMIUM_PATH`, else the system's /usr/bin/chromium, else the
 * Chromium packed inside the `@sparticuz/chromium` npm package (unpacked to /tmp on first use), so
 * `npm install && npm test` needs nothing from apt. Playwright cannot download its own here.
 */
export async function chromiumExecutable(): Promise<{ path: string; args: string[] }> {
  const configured = process.env.CHROMIUM_PATH;
  if (configured) return { path: configured, args: CHROMIUM_FLAGS };
  if (existsSync(SYSTEM_CHROMIUM)) return { path: SYSTEM_CHROMIUM, args: CHROMIUM_FLAGS };
  const { default: packed } = await import("@sparticuz/chromium");
  // The packed build is a headless shell; without a zygote it starts as root in a container.
  return {
    path: await packed.executablePath(),
    args: [...CHROMIUM_FLAGS, "--no-zygote"],
  };
}

const SYSTEM_CHROMIUM = "/usr/bin/chromium";

/** Headless Chromium from {@link chromiumExecutable}. */
export async function launchChromium(): Promise<Browser> {
  const { path, args } = await chromiumExecutable();
  return chromium.launch({ executablePath: path, headless: true, args });
}

/**
 * Opens /app/ in a fresh browser context as Telegram would: with a stubbed Telegram.WebApp (or,
 * with `stub: false`, the launch data in the URL fragment), correctly signed initData and every
 * request off this machine refused. `external` lists the origins the page tried to reach.
 */
export async function openMiniApp(
  browser: Browser,
  port: number,
  launch: Launch,
  cspViolations: string[] = [],
) {
  const context = await browser.newContext({
    viewport: { width: 390, height: 720 },
    deviceScaleFactor: 2,
  });
  const page = await context.newPage();
  const external: string[] = [];
  // No test reaches the internet: anything but our own server is refused.
  await page.route("**/*", (route) => {
    const url = new URL(route.request().url());
    if (url.hostname === "127.0.0.1" || url.hostname === "localhost") {
      if (launch.blockApi && url.pathname === "/api/me") return route.abort();
      return route.continue();
    }
    external.push(url.origin);
    return route.abort();
  });
  page.on("console", (message) => {
    if (message.text().includes("Content Security Policy")) cspViolations.push(message.text());
  });
  const initData = initDataFor(launch.user, launch.token ?? TEST_BOT_TOKEN);
  const theme = launch.theme ?? LIGHT;
  let hash = "";
  if (launch.stub === false) {
    hash = `#tgWebAppData=${encodeURIComponent(initData)}&tgWebAppVersion=8.0&tgWebAppThemeParams=${encodeURIComponent(JSON.stringify(theme))}`;
  } else {
    await page.addInitScript(stubTelegram, {
      initData,
      user: launch.user,
      themeParams: theme,
      colorScheme: theme === DARK ? "dark" : "light",
    });
  }
  await page.goto(`http://127.0.0.1:${port}/app/${hash}`);
  return { page, external, close: () => context.close() };
}

export async function expectVisible(page: Page, texts: string[]): Promise<void> {
  for (const text of texts) {
    expect(await page.getByText(text, { exact: false }).first().isVisible(), text).toBe(true);
  }
}

/** Runs in the page before any script: a stand-in for telegram-web-app.js that records calls. */
function stubTelegram(launch: {
  initData: string;
  user: unknown;
  themeParams: Record<string, string>;
  colorScheme: string;
}): void {
  const calls: string[] = [];
  Object.assign(window, {
    calls,
    Telegram: {
      WebApp: {
        initData: launch.initData,
        initDataUnsafe: { user: launch.user },
        themeParams: launch.themeParams,
        colorScheme: launch.colorScheme,
        version: "8.0",
        platform: "tdesktop",
        ready: () => calls.push("ready"),
        expand: () => calls.push("expand"),
        close: () => calls.push("close"),
        onEvent: () => {},
      },
    },
  });
}
