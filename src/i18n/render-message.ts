import { escapeHtml, visibleText } from "../domain/orders/rich-text.ts";
import {
  type MessageAction,
  type ParsedOutgoingMessage,
  renderParam,
} from "../domain/outgoing-message.ts";
import { LANGUAGES, type Translate } from "./translator.ts";

/** A neutral message in one language: its text and rows of buttons, translated. */
export interface RenderedText {
  text: string;
  /** The text is in the HTML subset (src/domain/orders/rich-text.ts), not plain. */
  html?: boolean;
  buttons: Array<Array<{ label: string; url?: string; action?: MessageAction }>>;
}

/**
 * Renders a queued message in the recipient's language. A message with a formatted part is sent
 * as HTML: the translated text is escaped, the part (checked when it was stored) follows it.
 * The outbox sends what this gives; the CLI and the bot use it to check a caption's length.
 */
export function renderMessage(
  translate: Translate,
  language: string,
  due: ParsedOutgoingMessage,
): RenderedText {
  const params: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(due.params))
    params[name] = renderParam(value, language, translate);
  const text = translate(language, due.key, params);
  return {
    ...(due.html === undefined
      ? { text }
      : { text: `${escapeHtml(text.trimEnd())}\n\n${due.html}`, html: true }),
    buttons: due.buttons.map((row) =>
      row.map((button) =>
        button.kind === "url"
          ? { label: translate(language, button.labelKey), url: button.url }
          : {
              label: translate(language, button.labelKey, button.labelParams),
              action: button.action,
            },
      ),
    ),
  };
}

/**
 * How many characters a reader sees of the message in the longest of our languages: formatting
 * taken out, as Telegram counts a caption (1,024) or a text (4,096) against its limits.
 */
export function longestRendering(translate: Translate, message: ParsedOutgoingMessage): number {
  return Math.max(
    ...LANGUAGES.map(
      (language) => visibleText(renderMessage(translate, language, message).text).length,
    ),
  );
}
