import type { ErrorHandler, NotFoundHandler } from "hono";
import { HTTPException } from "hono/http-exception";
import type { pino } from "pino";
import type { Translate } from "../../i18n/translator.ts";
import type { ServerEnv } from "../env.ts";
import { apiError } from "../errors.ts";

/**
 * `HTTPException`s are deliberate answers and pass through; anything else is a bug whose details
 * stay in the log (under `err`) and out of the response.
 */
export function createErrorHandler(
  logger: pino.Logger,
  translate: Translate,
): ErrorHandler<ServerEnv> {
  return (error, c) => {
    if (error instanceof HTTPException) return error.getResponse();
    (c.get("logger") ?? logger).error({
      msg: "request failed",
      err: error,
      method: c.req.method,
      path: c.req.path,
    });
    return apiError(c, translate, 500, "internal_error");
  };
}

/** JSON 404 for /api so the mini-app always gets a parseable answer; plain text elsewhere. */
export function createNotFoundHandler(translate: Translate): NotFoundHandler<ServerEnv> {
  return (c) =>
    c.req.path === "/api" || c.req.path.startsWith("/api/")
      ? apiError(c, translate, 404, "not_found", { path: c.req.path })
      : c.text("Not found", 404);
}
