import type { Context } from "hono";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import { DEFAULT_LANGUAGE, isLanguage, type Language, type Translate } from "../i18n/translator.ts";

/** Stable codes the mini-app switches on; the `message` beside them is for people reading JSON. */
const MESSAGE_KEYS = {
  bot_token_missing: "server-bot-token-missing",
  missing_init_data: "server-auth-missing",
  invalid_init_data: "server-auth-invalid",
  expired_init_data: "server-auth-expired",
  not_registered: "server-not-registered",
  not_found: "server-not-found",
  bad_request: "server-bad-request",
  internal_error: "server-internal-error",
  miniapp_not_built: "server-miniapp-not-built",
} as const;

export type ApiErrorCode = keyof typeof MESSAGE_KEYS;

export interface ApiErrorBody {
  error: ApiErrorCode;
  message: string;
  requestId?: string;
}

/** The first language of Accept-Language we speak, Russian otherwise. */
export function requestLanguage(c: Context): Language {
  const header = c.req.header("Accept-Language") ?? "";
  for (const part of header.split(",")) {
    const tag = part.split(";")[0]?.trim().slice(0, 2).toLowerCase();
    if (isLanguage(tag)) return tag;
  }
  return DEFAULT_LANGUAGE;
}

export function apiErrorBody(
  c: Context,
  translate: Translate,
  code: ApiErrorCode,
  params?: Record<string, string>,
): ApiErrorBody {
  const requestId = c.get("requestId") as string | undefined;
  return {
    error: code,
    message: translate(requestLanguage(c), MESSAGE_KEYS[code], params),
    ...(requestId ? { requestId } : {}),
  };
}

/** A JSON error in the one shape every /api route uses. */
export function apiError(
  c: Context,
  translate: Translate,
  status: ContentfulStatusCode,
  code: ApiErrorCode,
  params?: Record<string, string>,
): Response {
  return c.json(apiErrorBody(c, translate, code, params), status);
}
