import type { MiddlewareHandler } from "hono";
import { requestId } from "hono/request-id";

/**
 * `X-Request-Id`: kept when a proxy sent a sane one, otherwise a fresh UUID; echoed in the
 * response so a user's screenshot of an error can be matched to the log line.
 */
export function createRequestId(): MiddlewareHandler {
  return requestId({ headerName: "X-Request-Id", limitLength: 128 });
}
