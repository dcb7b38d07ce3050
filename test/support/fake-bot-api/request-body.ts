import type { IncomingMessage } from "node:http";
import { badRequest, isRecord } from "./api-error.ts";
import { parseMultipart } from "./multipart.ts";
import type { Payload, UploadedFile } from "./types.ts";

export interface ParsedRequest {
  payload: Payload;
  uploads: UploadedFile[];
}

// Form encodings carry only strings; Telegram converts by parameter type, and
// tests compare `payload.chat_id === user.id`, so the common numeric and
// boolean parameters are converted the same way.
const INTEGER_FIELDS = new Set([
  "chat_id",
  "from_chat_id",
  "message_id",
  "message_thread_id",
  "reply_to_message_id",
  "user_id",
  "offset",
  "limit",
  "timeout",
  "cache_time",
  "duration",
  "width",
  "height",
  "until_date",
  "max_connections",
]);
const BOOLEAN_FIELDS = new Set([
  "disable_notification",
  "protect_content",
  "allow_paid_broadcast",
  "allow_sending_without_reply",
  "show_alert",
  "drop_pending_updates",
  "has_spoiler",
  "show_caption_above_media",
  "disable_content_type_detection",
  "supports_streaming",
]);
const JSON_FIELDS = new Set([
  "reply_markup",
  "reply_parameters",
  "link_preview_options",
  "entities",
  "caption_entities",
  "media",
  "commands",
  "scope",
  "menu_button",
  "allowed_updates",
  "results",
  "options",
  "permissions",
]);

/** Reads a Bot API request: query string plus a JSON, urlencoded or multipart body. */
export async function readRequest(request: IncomingMessage, url: URL): Promise<ParsedRequest> {
  const payload: Payload = {};
  for (const [key, value] of url.searchParams) payload[key] = coerceFormValue(key, value);
  const body = await readBody(request);
  if (body.length === 0) return { payload, uploads: [] };
  const contentType = request.headers["content-type"] ?? "";
  if (contentType.startsWith("multipart/form-data"))
    return readMultipart(body, contentType, payload);
  if (contentType.startsWith("application/x-www-form-urlencoded")) {
    for (const [key, value] of new URLSearchParams(body.toString("utf8"))) {
      payload[key] = coerceFormValue(key, value);
    }
    return { payload, uploads: [] };
  }
  return { payload: { ...payload, ...parseJsonObject(body) }, uploads: [] };
}

async function readBody(request: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of request)
    chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk));
  return Buffer.concat(chunks);
}

function parseJsonObject(body: Buffer): Payload {
  let parsed: unknown;
  try {
    parsed = JSON.parse(body.toString("utf8"));
  } catch {
    throw badRequest("can't parse JSON request body");
  }
  if (!isRecord(parsed)) throw badRequest("JSON request body must be an object");
  return parsed;
}

function readMultipart(body: Buffer, contentType: string, payload: Payload): ParsedRequest {
  const boundary = /boundary=("?)([^";]+)\1/i.exec(contentType)?.[2];
  if (boundary === undefined) throw badRequest("multipart request without a boundary");
  const form = parseMultipart(body, boundary);
  for (const [key, value] of form.fields) payload[key] = coerceFormValue(key, value);
  const byPartName = new Map(form.files.map((file) => [file.partName, file]));
  const referenced = new Set<string>();
  const resolved = resolveAttachments(payload, byPartName, referenced);
  // A part sent straight under the parameter name (curl -F document=@x) needs no attach://.
  for (const file of form.files) {
    if (!referenced.has(file.partName)) resolved[file.partName] = file;
  }
  return { payload: resolved, uploads: form.files };
}

/** Replaces every "attach://<id>" string, also inside JSON fields such as `media`. */
function resolveAttachments(
  payload: Payload,
  files: Map<string, UploadedFile>,
  referenced: Set<string>,
): Payload {
  const visit = (value: unknown): unknown => {
    if (typeof value === "string" && value.startsWith("attach://")) {
      const id = value.slice("attach://".length);
      const file = files.get(id);
      if (file === undefined) return value;
      referenced.add(id);
      return file;
    }
    if (Array.isArray(value)) return value.map(visit);
    if (isRecord(value))
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, visit(v)]));
    return value;
  };
  return Object.fromEntries(Object.entries(payload).map(([key, value]) => [key, visit(value)]));
}

function coerceFormValue(key: string, value: string): unknown {
  if (INTEGER_FIELDS.has(key) && /^-?\d+$/.test(value)) return Number(value);
  if (BOOLEAN_FIELDS.has(key) && (value === "true" || value === "false")) return value === "true";
  if (JSON_FIELDS.has(key)) {
    try {
      return JSON.parse(value);
    } catch {
      return value;
    }
  }
  return value;
}
