import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { serve } from "@hono/node-server";
import { Hono } from "hono";
import type { ServerDeps, ServerEnv } from "./env.ts";
import { createErrorHandler, createNotFoundHandler } from "./middlewares/error-handler.ts";
import { createRequestId } from "./middlewares/request-id.ts";
import { createRequestLogger } from "./middlewares/request-logger.ts";
import { createSecurityHeaders } from "./middlewares/security-headers.ts";
import { createTelegramAuth, type TelegramAuthOptions } from "./middlewares/telegram-auth.ts";
import { createHealthRoutes } from "./routes/healthz.ts";
import { createI18nRoutes } from "./routes/i18n.ts";
import { createMeRoutes } from "./routes/me.ts";
import { createMiniAppRoutes, DEFAULT_MINIAPP_DIR } from "./routes/miniapp.ts";
import { createWebhookRoutes, type WebhookHandler } from "./routes/webhook.ts";

export interface CreateServerDeps extends ServerDeps {
  /** grammY's `webhookCallback(bot, "hono", …)`; the route exists only when this is given. */
  webhook?: WebhookHandler;
  /** The built mini-app; `miniapp/dist` by default. */
  miniappDir?: string;
  /** initData lifetime and clock, for tests. */
  auth?: TelegramAuthOptions;
}

export type App = Hono<ServerEnv>;

/** The HTTP face of the product: /healthz, /webhook/telegram, /api (mini-app API), /app. */
export function createServer(deps: CreateServerDeps): App {
  const { config, logger, db, translate } = deps;
  const app = new Hono<ServerEnv>();

  app.use(createRequestId());
  app.use(createRequestLogger(logger));
  app.use(createSecurityHeaders());
  app.onError(createErrorHandler(logger, translate));
  app.notFound(createNotFoundHandler(translate));

  app.route("/", createHealthRoutes(db));
  if (deps.webhook) {
    app.route("/", createWebhookRoutes(deps.webhook, config.WEBHOOK_SECRET, logger));
  }

  const auth = createTelegramAuth({ config, db, translate }, deps.auth);
  const api = new Hono<ServerEnv>();
  api.route("/", createI18nRoutes(translate));
  api.route("/", createMeRoutes(auth, db.prisma));
  app.route("/api", api);

  app.route("/", createMiniAppRoutes(deps.miniappDir ?? DEFAULT_MINIAPP_DIR, translate));
  return app;
}

export interface RunningServer {
  /** The port actually bound: useful with port 0. */
  port: number;
  /** Stops accepting connections and resolves once in-flight requests have finished. */
  close(): Promise<void>;
}

/** How long `close()` lets slow requests finish before cutting their connections. */
const CLOSE_GRACE_MS = 10_000;

/** Listens with @hono/node-server; resolves once the port is bound. */
export function startServer(
  app: Pick<App, "fetch">,
  options: { port: number; host?: string },
): Promise<RunningServer> {
  return new Promise((resolve, reject) => {
    const server = serve(
      { fetch: app.fetch, port: options.port, hostname: options.host },
      (info: AddressInfo) => {
        server.off("error", reject);
        resolve({ port: info.port, close: () => closeGracefully(server) });
      },
    ) as Server;
    server.once("error", reject);
  });
}

function closeGracefully(server: Server): Promise<void> {
  return new Promise((resolve, reject) => {
    // close() stops accepting and waits for open connections. A keep-alive connection whose
    // request finishes after this point would idle until its timeout, so sweep idle ones often;
    // after the grace period, cut whatever is still busy.
    const sweep = setInterval(() => server.closeIdleConnections(), 50);
    const deadline = setTimeout(() => server.closeAllConnections(), CLOSE_GRACE_MS);
    server.close((error) => {
      clearInterval(sweep);
      clearTimeout(deadline);
      if (error && (error as NodeJS.ErrnoException).code !== "ERR_SERVER_NOT_RUNNING") {
        reject(error);
      } else resolve();
    });
    server.closeIdleConnections();
  });
}
