import type { MiniAppMessages } from "../../src/server/routes/i18n.ts";
import type { MeResponse } from "../../src/server/routes/me.ts";

export type { MeResponse, MiniAppMessages };

const API_BASE = "/api";
const REQUEST_TIMEOUT_MS = 15_000;

/** Why a call failed, in the terms the start-up screens need. */
export type ApiProblem =
  | { kind: "network" }
  | { kind: "http"; status: number; code: string | undefined; requestId: string | undefined };

export class ApiError extends Error {
  constructor(readonly problem: ApiProblem) {
    super(problem.kind === "network" ? "network failure" : `HTTP ${problem.status}`);
    this.name = "ApiError";
  }
}

export function fetchMessages(language: string): Promise<MiniAppMessages> {
  return request<MiniAppMessages>(`/i18n/${encodeURIComponent(language)}`);
}

/** The signed initData goes in a header: never in the URL, where proxies and logs keep it. */
export function fetchMe(initData: string): Promise<MeResponse> {
  return request<MeResponse>("/me", { Authorization: `tma ${initData}` });
}

async function request<T>(path: string, headers: Record<string, string> = {}): Promise<T> {
  let response: Response;
  try {
    response = await fetch(`${API_BASE}${path}`, {
      headers,
      signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
    });
  } catch {
    throw new ApiError({ kind: "network" });
  }
  if (!response.ok) {
    const body = (await response.json().catch(() => ({}))) as {
      error?: string;
      requestId?: string;
    };
    throw new ApiError({
      kind: "http",
      status: response.status,
      code: body.error,
      requestId: body.requestId ?? response.headers.get("X-Request-Id") ?? undefined,
    });
  }
  return (await response.json()) as T;
}
