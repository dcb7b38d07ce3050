import type { ApiErrorBody, Payload } from "./types.ts";

/** Thrown by method handlers; the server turns it into Telegram's `ok: false` response. */
export class ApiError extends Error {
  readonly body: ApiErrorBody;

  constructor(body: ApiErrorBody) {
    super(body.description);
    this.body = body;
  }
}

/** Telegram prefixes every 400 description with "Bad Request: ". */
export function badRequest(detail: string): ApiError {
  return new ApiError({ error_code: 400, description: `Bad Request: ${detail}` });
}

export function forbidden(detail: string): ApiError {
  return new ApiError({ error_code: 403, description: `Forbidden: ${detail}` });
}

export function conflict(detail: string): ApiError {
  return new ApiError({ error_code: 409, description: `Conflict: ${detail}` });
}

export const UNAUTHORIZED: ApiErrorBody = { error_code: 401, description: "Unauthorized" };
export const NOT_FOUND: ApiErrorBody = { error_code: 404, description: "Not Found" };

export function optionalString(payload: Payload, key: string): string | undefined {
  const value = payload[key];
  if (value === undefined || value === null) return undefined;
  return typeof value === "string" ? value : String(value);
}

export function optionalInteger(payload: Payload, key: string): number | undefined {
  const value = payload[key];
  if (typeof value === "number" && Number.isInteger(value)) return value;
  if (typeof value === "string" && /^-?\d+$/.test(value)) return Number(value);
  return undefined;
}

export function optionalObject(payload: Payload, key: string): Payload | undefined {
  const value = payload[key];
  return isRecord(value) ? value : undefined;
}

export function isRecord(value: unknown): value is Payload {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
