/** The part of `Telegram.WebApp` this app uses (https://core.telegram.org/bots/webapps). */
export interface TelegramWebApp {
  initData: string;
  initDataUnsafe?: { user?: { language_code?: string } };
  themeParams?: ThemeParams;
  colorScheme?: "light" | "dark";
  ready(): void;
  expand(): void;
  close(): void;
  onEvent?(event: "themeChanged", handler: () => void): void;
}

export type ThemeParams = Partial<Record<string, string>>;

declare global {
  interface Window {
    Telegram?: { WebApp?: TelegramWebApp };
    /** Telegram's mobile apps inject this bridge into the WebView. */
    TelegramWebviewProxy?: { postEvent(eventType: string, eventData: string): void };
  }
}

/** What the rest of the app needs from Telegram, whichever way we obtained it. */
export interface TelegramLaunch {
  /** The signed initData string; empty when opened outside Telegram. */
  initData: string;
  languageCode: string | undefined;
  theme(): { params: ThemeParams; colorScheme: "light" | "dark" | undefined };
  onThemeChanged(handler: () => void): void;
  ready(): void;
  expand(): void;
  close(): void;
}

const SCRIPT_URL = "https://telegram.org/js/telegram-web-app.js";
const SCRIPT_TIMEOUT_MS = 4000;

/**
 * Telegram's script is the usual way in, but telegram.org can be slow or blocked. Without it we
 * read the same launch parameters Telegram puts into the URL fragment and talk to the client
 * through its documented event bridge, so the app still opens.
 */
export async function connectTelegram(): Promise<TelegramLaunch> {
  if (!window.Telegram?.WebApp) {
    await loadScript(SCRIPT_URL, SCRIPT_TIMEOUT_MS).catch(() => undefined);
  }
  const webApp = window.Telegram?.WebApp;
  return webApp
    ? fromWebApp(webApp)
    : fromLaunchParams(new URLSearchParams(location.hash.slice(1)));
}

function fromWebApp(webApp: TelegramWebApp): TelegramLaunch {
  return {
    initData: webApp.initData ?? "",
    languageCode: webApp.initDataUnsafe?.user?.language_code,
    theme: () => ({ params: webApp.themeParams ?? {}, colorScheme: webApp.colorScheme }),
    onThemeChanged: (handler) => webApp.onEvent?.("themeChanged", handler),
    ready: () => webApp.ready(),
    expand: () => webApp.expand(),
    close: () => webApp.close(),
  };
}

function fromLaunchParams(params: URLSearchParams): TelegramLaunch {
  const initData = params.get("tgWebAppData") ?? "";
  const themeParams = parseJson<ThemeParams>(params.get("tgWebAppThemeParams")) ?? {};
  const user = parseJson<{ language_code?: string }>(new URLSearchParams(initData).get("user"));
  return {
    initData,
    languageCode: user?.language_code,
    theme: () => ({ params: themeParams, colorScheme: undefined }),
    onThemeChanged: () => {},
    ready: () => postEvent("web_app_ready"),
    expand: () => postEvent("web_app_expand"),
    close: () => postEvent("web_app_close"),
  };
}

function postEvent(eventType: string): void {
  if (window.TelegramWebviewProxy) window.TelegramWebviewProxy.postEvent(eventType, "{}");
  else if (window.parent !== window) {
    window.parent.postMessage(JSON.stringify({ eventType, eventData: {} }), "*");
  }
}

/** Telegram's theme as the `--tg-theme-*` CSS variables styles.css is written against. */
export function applyTheme(telegram: TelegramLaunch): void {
  const { params, colorScheme } = telegram.theme();
  const style = document.documentElement.style;
  for (const [key, value] of Object.entries(params)) {
    if (value) style.setProperty(`--tg-theme-${key.replaceAll("_", "-")}`, value);
  }
  if (colorScheme) document.documentElement.dataset.colorScheme = colorScheme;
}

function loadScript(src: string, timeoutMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const script = document.createElement("script");
    const timer = setTimeout(
      () => reject(new Error(`${src}: no answer in ${timeoutMs} ms`)),
      timeoutMs,
    );
    script.src = src;
    script.onload = () => {
      clearTimeout(timer);
      resolve();
    };
    script.onerror = () => {
      clearTimeout(timer);
      reject(new Error(`${src} did not load`));
    };
    document.head.append(script);
  });
}

function parseJson<T>(text: string | null): T | undefined {
  if (!text) return undefined;
  try {
    return JSON.parse(text) as T;
  } catch {
    return undefined;
  }
}
