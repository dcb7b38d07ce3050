import type { MiddlewareHandler } from "hono";
import type { pino } from "pino";
import type { ServerEnv } from "../env.ts";

/**
 * One line per request: method, path, status and duration. Only the path — never the query,
 * headers or body, which can carry initData or personal data.
 */
export function createRequestLogger(logger: pino.Logger): MiddlewareHandler<ServerEnv> {
  return async (c, next) => {
    const started = performance.now();
    const requestLogger = logger.child({ requestId: c.get("requestId") });
    c.set("logger", requestLogger);
    await next();
    const entry = {
      msg: "request",
      method: c.req.method,
      path: c.req.path,
      status: c.res.status,
      ms: Math.round((performance.now() - started) * 10) / 10,
    };
    // Health probes arrive every few seconds; keep them out of the default log level.
    if (c.req.path === "/healthz") requestLogger.debug(entry);
    else requestLogger.info(entry);
  };
}
