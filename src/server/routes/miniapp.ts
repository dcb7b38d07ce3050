import { existsSync } from "node:fs";
import { join } from "node:path";
import { serveStatic } from "@hono/node-server/serve-static";
import { Hono, type MiddlewareHandler } from "hono";
import type { Translate } from "../../i18n/translator.ts";
import type { ServerEnv } from "../env.ts";
import { apiErrorBody, requestLanguage } from "../errors.ts";

export const MINIAPP_BASE = "/app";
export const DEFAULT_MINIAPP_DIR = join(import.meta.dirname, "../../../miniapp/dist");

/**
 * `/app/*`: the built mini-app. Files as they are (hashed assets cached for good); any other
 * path without a file extension gets index.html, for client-side routes. Until the app is built,
 * a 503 that says how to build it.
 */
export function createMiniAppRoutes(dir: string, translate: Translate): Hono<ServerEnv> {
  const indexFile = join(dir, "index.html");
  const stripBase = (path: string) => path.slice(MINIAPP_BASE.length) || "/";
  let files: MiddlewareHandler | undefined;
  let index: MiddlewareHandler | undefined;

  const app = new Hono<ServerEnv>();
  app.get(MINIAPP_BASE, (c) => c.redirect(`${MINIAPP_BASE}/`, 301));
  app.get(`${MINIAPP_BASE}/*`, async (c, next) => {
    // Checked per request so building the app does not need a server restart.
    if (!existsSync(indexFile)) return notBuilt(c, translate);
    files ??= serveStatic({ root: dir, rewriteRequestPath: stripBase });
    index ??= serveStatic({ path: indexFile });
    const file = await files(c, async () => {});
    if (file) return withCaching(file, c.req.path.startsWith(`${MINIAPP_BASE}/assets/`));
    if (/\.[a-z0-9]+$/i.test(c.req.path)) return next();
    const page = await index(c, async () => {});
    return page ? withCaching(page, false) : next();
  });
  return app;
}

/** Vite puts content hashes in asset names, so those never change; the page must be revalidated. */
function withCaching(response: Response, immutable: boolean): Response {
  response.headers.set(
    "Cache-Control",
    immutable ? "public, max-age=31536000, immutable" : "no-cache",
  );
  return response;
}

function notBuilt(c: Parameters<MiddlewareHandler<ServerEnv>>[0], translate: Translate) {
  const body = apiErrorBody(c, translate, "miniapp_not_built");
  if (!c.req.header("Accept")?.includes("text/html")) return c.json(body, 503);
  const lang = requestLanguage(c);
  return c.html(
    `<!doctype html><html lang="${lang}"><meta charset="utf-8"><title>503</title><p>${escapeHtml(body.message)}</p></html>`,
    503,
  );
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}
