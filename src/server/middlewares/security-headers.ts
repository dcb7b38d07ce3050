import type { MiddlewareHandler } from "hono";
import { secureHeaders } from "hono/secure-headers";

/** Telegram Web shows mini-apps in an iframe; only Telegram may frame them. */
const TELEGRAM_FRAME_ANCESTORS = ["https://web.telegram.org", "https://*.telegram.org"];

export function isMiniAppPath(path: string): boolean {
  return path === "/app" || path.startsWith("/app/");
}

/**
 * hono's secure headers everywhere; under /app no X-Frame-Options (it cannot name Telegram) and
 * a CSP that lets Telegram frame the page and load telegram-web-app.js, and nothing else external.
 */
export function createSecurityHeaders(): MiddlewareHandler {
  const strict = secureHeaders();
  const miniApp = secureHeaders({
    xFrameOptions: false,
    contentSecurityPolicy: {
      defaultSrc: ["'self'"],
      scriptSrc: ["'self'", "https://telegram.org"],
      // Telegram's script and our theme code set inline style properties.
      styleSrc: ["'self'", "'unsafe-inline'"],
      imgSrc: ["'self'", "data:"],
      connectSrc: ["'self'"],
      objectSrc: ["'none'"],
      baseUri: ["'self'"],
      formAction: ["'self'"],
      frameAncestors: TELEGRAM_FRAME_ANCESTORS,
    },
  });
  return (c, next) => (isMiniAppPath(c.req.path) ? miniApp(c, next) : strict(c, next));
}
