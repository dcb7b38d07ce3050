import type { MessageEntity } from "grammy/types";
import { describe, expect, it } from "vitest";
import { entitiesToHtml } from "../../src/bot/rich-text.ts";
import { checkRichText, visibleText } from "../../src/domain/orders/rich-text.ts";

const at = (
  type: "bold" | "italic" | "underline" | "strikethrough" | "code",
  offset: number,
  length: number,
) => ({ type, offset, length }) as MessageEntity;

describe("a message's formatting as the orders' HTML subset", () => {
  it("keeps bold, italic, underline, strikethrough and code", () => {
    const text = "Приказ о проведении ВПР";
    const html = entitiesToHtml(text, [
      at("bold", 0, 6),
      at("italic", 7, 1),
      at("underline", 9, 10),
      at("strikethrough", 20, 3),
    ]);
    expect(html).toBe("<b>Приказ</b> <i>о</i> <u>проведении</u> <s>ВПР</s>");
    expect(checkRichText(html)).toEqual({ ok: true, html });
  });

  it("escapes what would read as markup, inside and outside the tags", () => {
    const html = entitiesToHtml("a < b & c > d", [at("code", 0, 5)]);
    expect(html).toBe("<code>a &lt; b</code> &amp; c &gt; d");
    expect(visibleText(html)).toBe("a < b & c > d");
  });

  it("counts offsets in UTF-16 units, so text after an emoji is formatted where it was", () => {
    // "📄" is two UTF-16 units: the bold word starts at 3, not 2.
    const html = entitiesToHtml("📄 Важно: срок", [at("bold", 3, 5), at("italic", 10, 4)]);
    expect(html).toBe("📄 <b>Важно</b>: <i>срок</i>");
  });

  it("nests formatting inside formatting", () => {
    const html = entitiesToHtml("жирный и курсив", [at("bold", 0, 15), at("italic", 9, 6)]);
    expect(html).toBe("<b>жирный и <i>курсив</i></b>");
  });

  it("closes and reopens formatting that overlaps without nesting", () => {
    const html = entitiesToHtml("abcdef", [at("bold", 0, 4), at("italic", 2, 4)]);
    expect(html).toBe("<b>ab<i>cd</i></b><i>ef</i>");
    expect(checkRichText(html).ok).toBe(true);
  });

  it("turns text links into links and leaves other entities as plain text", () => {
    const entities: MessageEntity[] = [
      { type: "text_link", offset: 0, length: 4, url: "https://edu.ru/a?b=1&c=2" },
      { type: "mention", offset: 5, length: 5 },
      { type: "spoiler", offset: 11, length: 3 },
      { type: "hashtag", offset: 15, length: 4 },
    ];
    const html = entitiesToHtml("сайт @user тут #впр", entities);
    expect(html).toBe('<a href="https://edu.ru/a?b=1&amp;c=2">сайт</a> @user тут #впр');
    expect(checkRichText(html).ok).toBe(true);
  });

  it("keeps a link to a place the subset refuses as plain text", () => {
    const entities: MessageEntity[] = [
      { type: "text_link", offset: 0, length: 4, url: "mailto:a@b.ru" },
    ];
    expect(entitiesToHtml("mail", entities)).toBe("mail");
  });

  it("makes quotes, expandable or not, and preformatted blocks without their language", () => {
    const entities: MessageEntity[] = [
      { type: "blockquote", offset: 0, length: 6 },
      { type: "expandable_blockquote", offset: 7, length: 6 },
      { type: "pre", offset: 14, length: 5, language: "ts" },
    ];
    const html = entitiesToHtml("цитата\nскрыта\nx = 1", entities);
    expect(html).toBe(
      "<blockquote>цитата</blockquote>\n<blockquote>скрыта</blockquote>\n<pre>x = 1</pre>",
    );
    expect(checkRichText(html).ok).toBe(true);
  });

  it("formats nothing inside code, as Telegram shows it", () => {
    const html = entitiesToHtml("a*b*c", [at("code", 0, 5), at("bold", 1, 3)]);
    expect(html).toBe("<code>a*b*c</code>");
  });

  it("gives plain text when there are no entities", () => {
    expect(entitiesToHtml("Просто текст")).toBe("Просто текст");
  });
});
