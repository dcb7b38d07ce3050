/**
 * Formatted text of orders in one neutral form: the small HTML subset both Telegram and MAX
 * accept. The bot turns a message's formatting into it; an administrator may write it in a text
 * file. Anything outside the subset is refused with the reason, never passed on.
 */

/** Tags kept as they are; `a` needs an http(s) or tg link. */
const ALLOWED_TAGS = new Set(["b", "i", "u", "s", "a", "code", "pre", "blockquote"]);

/** How many characters a caption may have (Telegram: 1024 after formatting is taken out). */
export const CAPTION_LIMIT = 1024;
/** How many characters a text message may have. */
export const MESSAGE_LIMIT = 4096;

export function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

export function escapeAttribute(text: string): string {
  return escapeHtml(text).replace(/"/g, "&quot;");
}

export type RichTextCheck = { ok: true; html: string } | { ok: false; reason: string };

const TAG = /<(\/?)([a-zA-Z]+)((?:\s+[a-zA-Z-]+\s*=\s*"[^"]*")*)\s*>/g;

/**
 * Checks a text in the subset: only the allowed tags, each closed in order, links with a web
 * address; a bare `&` or `<` that starts no tag is escaped. Returns the text to store.
 */
export function checkRichText(input: string): RichTextCheck {
  const text = input.replace(/\r\n?/g, "\n").trim();
  if (text.length === 0) return { ok: false, reason: "empty" };
  const open: string[] = [];
  let html = "";
  let last = 0;
  for (const match of text.matchAll(TAG)) {
    html += escapeLoose(text.slice(last, match.index));
    last = match.index + match[0].length;
    const [whole, closing, rawName, attributes = ""] = match;
    const name = (rawName ?? "").toLowerCase();
    if (!ALLOWED_TAGS.has(name)) return { ok: false, reason: `tag <${name}> is not allowed` };
    if (closing) {
      if (open.pop() !== name) return { ok: false, reason: `</${name}> closes nothing open` };
      html += `</${name}>`;
      continue;
    }
    if (name === "a") {
      const href = /href\s*=\s*"([^"]*)"/.exec(attributes)?.[1] ?? "";
      if (!/^(https?|tg):\/\/\S+$/.test(href))
        return { ok: false, reason: "a link needs an address starting with https://" };
      html += `<a href="${href}">`;
    } else if (attributes.trim()) {
      return { ok: false, reason: `<${name}> takes no attributes: ${whole}` };
    } else html += `<${name}>`;
    open.push(name);
  }
  html += escapeLoose(text.slice(last));
  if (open.length > 0) return { ok: false, reason: `<${open.at(-1)}> is not closed` };
  return { ok: true, html };
}

/** Escapes `<`, `>` and a bare `&`, keeping entities such as `&amp;` or `&#171;` as written. */
function escapeLoose(text: string): string {
  return text
    .replace(/&(?!(?:[a-zA-Z]+|#\d+|#x[0-9a-fA-F]+);)/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;");
}

/** The text a reader sees: tags taken out, entities read. */
export function visibleText(html: string): string {
  return html
    .replace(/<[^>]+>/g, "")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#(\d+);/g, (_all, code: string) => String.fromCodePoint(Number(code)))
    .replace(/&amp;/g, "&");
}
