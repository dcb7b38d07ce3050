import type { Document } from "grammy/types";
import type { OrderMessageFields } from "../../db/orders/order-message.ts";
import { orderMessage } from "../../db/orders/order-message.ts";
import { localToUtc } from "../../domain/local-time.ts";
import type { OrderRole, SchoolSelection } from "../../domain/orders/audience.ts";
import { CAPTION_LIMIT, MESSAGE_LIMIT, visibleText } from "../../domain/orders/rich-text.ts";
import { outgoingMessage } from "../../domain/outgoing-message.ts";
import { type RenderedText, renderMessage } from "../../i18n/render-message.ts";
import { LANGUAGES, type Translate } from "../../i18n/translator.ts";

/** An order as the coordinator has entered it so far; plain data, kept with the conversation. */
export interface Draft {
  kind: "order" | "letter";
  number: string | null;
  title: string;
  /** The text in the HTML subset (src/domain/orders/rich-text.ts). */
  body: string;
  document: DraftDocument | null;
  schools: SchoolSelection;
  roles: OrderRole[];
  requiresAck: boolean;
  /** The report deadline on the municipality's clocks (`YYYY-MM-DD HH:mm`), or null. */
  deadline: string | null;
  autoRemindHours: number | null;
}

export interface DraftDocument {
  /** Telegram's file_id: the document is sent on by it, never downloaded. */
  fileId: string;
  name: string;
  mimeType: string | null;
  size: number | null;
}

/** The largest document a bot can take from a chat (Telegram's getFile limit). */
export const DOCUMENT_LIMIT_BYTES = 20 * 1024 * 1024;
export const TITLE_LIMIT = 200;
export const NUMBER_LIMIT = 40;

const DOCUMENT_TYPES = new Map([
  ["pdf", "application/pdf"],
  ["doc", "application/msword"],
  ["docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"],
  ["odt", "application/vnd.oasis.opendocument.text"],
]);

export type DocumentCheck =
  | { ok: true; document: DraftDocument }
  | { ok: false; key: string; params?: Record<string, string | number> };

/** A PDF, DOC, DOCX or ODT document up to 20 MB, told by its type or its name's extension. */
export function checkDocument(document: Document): DocumentCheck {
  const name = document.file_name ?? "document";
  const extension = /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase() ?? "";
  const known =
    DOCUMENT_TYPES.has(extension) ||
    [...DOCUMENT_TYPES.values()].includes(document.mime_type ?? "");
  if (!known) return { ok: false, key: "order-compose-error-document-type", params: { name } };
  if ((document.file_size ?? 0) > DOCUMENT_LIMIT_BYTES)
    return {
      ok: false,
      key: "order-compose-error-document-size",
      params: { size: Math.ceil((document.file_size ?? 0) / (1024 * 1024)) },
    };
  return {
    ok: true,
    document: {
      fileId: document.file_id,
      name,
      mimeType: document.mime_type ?? DOCUMENT_TYPES.get(extension) ?? null,
      size: document.file_size ?? null,
    },
  };
}

export const emptyDraft = (): Draft => ({
  kind: "order",
  number: null,
  title: "",
  body: "",
  document: null,
  schools: { kind: "all" },
  roles: ["director", "deputy"],
  requiresAck: true,
  deadline: null,
  autoRemindHours: null,
});

export interface Place {
  municipality: string;
  timezone: string;
}

/** The recipients' message of the draft (its buttons only explain themselves). */
export function previewFields(draft: Draft, place: Place): OrderMessageFields {
  return {
    kind: draft.kind,
    number: draft.number,
    title: draft.title,
    body: draft.body,
    // Any id: the preview sends the document by Telegram's file_id, not from the store.
    documentId: draft.document ? 1 : null,
    requiresAck: draft.requiresAck,
    reportDeadlineAt: draft.deadline ? localToUtc(draft.deadline, place.timezone) : null,
    municipality: { name: place.municipality, timezone: place.timezone },
  };
}

/** The message exactly as a recipient speaking `language` gets it. */
export function renderPreview(
  translate: Translate,
  language: string,
  draft: Draft,
  place: Place,
): RenderedText {
  const message = outgoingMessage.parse(orderMessage(previewFields(draft, place), "preview"));
  return renderMessage(translate, language, message);
}

/**
 * Whether the rendered message fits Telegram in every language we speak: a caption (1,024
 * characters) with a document, a message (4,096) without. Returns the longest and the limit when not.
 */
export function overLimit(
  translate: Translate,
  draft: Draft,
  place: Place,
): { length: number; limit: number } | null {
  const limit = draft.document ? CAPTION_LIMIT : MESSAGE_LIMIT;
  const length = Math.max(
    ...LANGUAGES.map(
      (language) => visibleText(renderPreview(translate, language, draft, place).text).length,
    ),
  );
  return length > limit ? { length, limit } : null;
}
