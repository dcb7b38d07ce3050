import type { MessageEntity } from "grammy/types";
import { escapeAttribute, escapeHtml } from "../domain/orders/rich-text.ts";

/** The tag each kept entity becomes; the rest (mentions, hashtags, spoilers…) stays plain text. */
const TAGS: Partial<Record<MessageEntity["type"], string>> = {
  bold: "b",
  italic: "i",
  underline: "u",
  strikethrough: "s",
  code: "code",
  pre: "pre",
  blockquote: "blockquote",
  expandable_blockquote: "blockquote",
  text_link: "a",
};

/** A link the subset accepts (src/domain/orders/rich-text.ts); any other stays plain text. */
const LINK = /^(https?|tg):\/\/\S+$/;

interface Span {
  start: number;
  end: number;
  tag: string;
  open: string;
}

function spansOf(text: string, entities: readonly MessageEntity[]): Span[] {
  const spans: Span[] = [];
  for (const entity of entities) {
    const tag = TAGS[entity.type];
    const start = Math.max(0, entity.offset);
    const end = Math.min(text.length, entity.offset + entity.length);
    if (!tag || end <= start) continue;
    if (entity.type === "text_link") {
      if (!LINK.test(entity.url)) continue;
      spans.push({ start, end, tag, open: `<a href="${escapeAttribute(entity.url)}">` });
    } else spans.push({ start, end, tag, open: `<${tag}>` });
  }
  // Code keeps its text as typed: nothing inside it is formatted (as in Telegram).
  const verbatim = spans.filter((span) => span.tag === "code" || span.tag === "pre");
  return spans
    .filter(
      (span) =>
        !verbatim.some(
          (outer) => outer !== span && outer.start <= span.start && span.end <= outer.end,
        ),
    )
    .sort((a, b) => a.start - b.start || b.end - a.end);
}

/**
 * A Telegram message's text and entities as the HTML subset orders are stored in. Offsets are
 * UTF-16 code units, as JavaScript strings count them (an emoji is two). Entities that overlap
 * without nesting are closed and opened again, so the tags always nest.
 */
export function entitiesToHtml(text: string, entities: readonly MessageEntity[] = []): string {
  const spans = spansOf(text, entities);
  const points = [...new Set([0, text.length, ...spans.flatMap((s) => [s.start, s.end])])].sort(
    (a, b) => a - b,
  );
  const open: Span[] = [];
  let html = "";
  for (const [index, point] of points.entries()) {
    // Close what ends here; what was opened inside it and goes on is opened again.
    const firstEnding = open.findIndex((span) => span.end <= point);
    if (firstEnding >= 0) {
      const closed = open.splice(firstEnding);
      for (const span of [...closed].reverse()) html += `</${span.tag}>`;
      for (const span of closed.filter((span) => span.end > point)) {
        html += span.open;
        open.push(span);
      }
    }
    for (const span of spans) {
      if (span.start !== point) continue;
      html += span.open;
      open.push(span);
    }
    const next = points[index + 1];
    if (next !== undefined) html += escapeHtml(text.slice(point, next));
  }
  for (const span of open.reverse()) html += `</${span.tag}>`;
  return html;
}
