import type { Document } from "grammy/types";
import type { NewOrder } from "../../db/orders/orders.ts";
import { localToUtc } from "../../domain/local-time.ts";
import type { OrderRole, SchoolSelection } from "../../domain/orders/audience.ts";
import { localTime } from "../views/campaigns.ts";
import type { ComposerSchool, SummaryView } from "../views/order-compose.ts";
import type { AudienceSummary } from "./order-compose-data.ts";

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

/** What the summary before sending shows of the draft and of whom it reaches now. */
export function summaryOf(
  draft: Draft,
  reach: AudienceSummary,
  schools: readonly ComposerSchool[],
  place: Place,
  language: "ru" | "en",
): SummaryView {
  const codes = draft.schools.kind === "schools" ? draft.schools.codes : [];
  const deadline = draft.deadline ? localToUtc(draft.deadline, place.timezone) : null;
  return {
    ...draft,
    ...reach,
    audience: { schools: draft.schools, roles: draft.roles },
    document: draft.document?.name ?? null,
    pickedSchools: schools.filter((school) => codes.includes(school.code)).map((s) => s.name),
    deadline: deadline ? localTime(deadline, place.timezone, language) : null,
  };
}

/** The order to send from the draft; the document goes by its Telegram file_id. */
export function newOrderOf(
  draft: Draft,
  municipalityId: number,
  reportDeadlineAt: Date | null,
): Omit<NewOrder, "progressTo"> {
  const document = draft.document;
  return {
    municipalityId,
    kind: draft.kind,
    number: draft.number,
    title: draft.title,
    body: draft.body,
    document: document
      ? {
          name: document.name,
          mimeType: document.mimeType,
          size: document.size,
          telegramFileId: document.fileId,
        }
      : null,
    audience: { schools: draft.schools, roles: draft.roles },
    requiresAck: draft.requiresAck,
    reportDeadlineAt,
    autoRemindHours: draft.requiresAck ? draft.autoRemindHours : null,
  };
}
