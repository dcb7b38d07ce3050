import type { Context } from "grammy";
import { type OrderMessageFields, orderMessage } from "../../db/orders/order-message.ts";
import { localToUtc } from "../../domain/local-time.ts";
import { CAPTION_LIMIT, MESSAGE_LIMIT, visibleText } from "../../domain/orders/rich-text.ts";
import { outgoingMessage } from "../../domain/outgoing-message.ts";
import { type RenderedText, renderMessage } from "../../i18n/render-message.ts";
import { LANGUAGES, type Translate } from "../../i18n/translator.ts";
import { toKeyboard } from "../telegram-sender.ts";
import type { Draft, Place } from "./order-compose-draft.ts";

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

/** Sends the preview: the recipients' message, its buttons, and the document by its file_id. */
export async function replyWithPreview(
  ctx: Context,
  rendered: RenderedText,
  document: Draft["document"],
): Promise<void> {
  const keyboard = toKeyboard(rendered);
  const markup = keyboard ? { reply_markup: keyboard } : {};
  if (document)
    await ctx.replyWithDocument(document.fileId, {
      caption: rendered.text,
      parse_mode: "HTML",
      ...markup,
    });
  else
    await ctx.reply(rendered.text, {
      parse_mode: "HTML",
      link_preview_options: { is_disabled: true },
      ...markup,
    });
}
