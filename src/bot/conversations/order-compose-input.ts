import type { Conversation } from "@grammyjs/conversations";
import { type Context, InlineKeyboard } from "grammy";
import type { Document, MessageEntity } from "grammy/types";
import { callbackBody } from "../callback-data/formats.ts";
import {
  type ComposerAction,
  decodeComposerButton,
  encodeComposerButton,
} from "../callback-data/order-compose.ts";
import type { BotContext } from "../context.ts";
import type { ComposerScreen } from "../views/order-compose.ts";

export type ComposerConversation = Conversation<BotContext, Context>;
type T = (key: string, params?: Record<string, string | number>) => string;

export type ComposerInput =
  | { kind: "button"; action: ComposerAction; ctx: Context }
  | { kind: "text"; text: string; entities: MessageEntity[]; ctx: Context }
  | { kind: "document"; document: Document; ctx: Context }
  /** `/cancel`, or the Cancel button. */
  | { kind: "cancel"; ctx: Context };

/**
 * Sends the composer's screens and waits for the answer to the one on screen: a button of it, a
 * text with its formatting, or a document. A command other than /cancel, a sticker and the like
 * are explained and the screen asked again; a button of an older screen is refused with a notice.
 * Other order buttons (a preview's, an order received meanwhile) and updates that are no answer
 * go on to the rest of the bot.
 */
export function createComposerScreens(conversation: ComposerConversation, t: T, start: number) {
  let prompt = start;

  const keyboardOf = (screen: ComposerScreen) => {
    const keyboard = new InlineKeyboard();
    for (const row of screen.rows) {
      for (const button of row)
        keyboard.text(button.text, encodeComposerButton({ prompt, action: button.action }));
      keyboard.row();
    }
    return keyboard;
  };

  async function waitFor(number: number): Promise<ComposerInput | { kind: "again"; ctx: Context }> {
    for (;;) {
      const ctx = await conversation.wait();
      const data = ctx.callbackQuery?.data;
      if (ctx.callbackQuery) {
        const button = decodeComposerButton(data);
        if (!button && callbackBody("order", data) !== null)
          await conversation.skip({ next: true });
        if (!button || button.prompt !== number) {
          await ctx.answerCallbackQuery({ text: t("order-compose-button-outdated") });
          continue;
        }
        await ctx.answerCallbackQuery();
        if (button.action.kind === "cancel") return { kind: "cancel", ctx };
        return { kind: "button", action: button.action, ctx };
      }
      const message = ctx.message;
      if (!message) await conversation.skip({ next: true });
      const text = message?.text;
      if (text?.startsWith("/")) {
        if (/^\/cancel(?:@\w+)?$/i.test(text.trim())) return { kind: "cancel", ctx };
        await ctx.reply(t("order-compose-command-during"));
        return { kind: "again", ctx };
      }
      if (text !== undefined) return { kind: "text", text, entities: message?.entities ?? [], ctx };
      if (message?.document) return { kind: "document", document: message.document, ctx };
      await ctx.reply(t("order-compose-not-text"));
      return { kind: "again", ctx };
    }
  }

  /** Shows the screen (again after stray input) until an answer comes. */
  async function ask(ctx: Context, screen: ComposerScreen): Promise<ComposerInput> {
    let current = ctx;
    for (;;) {
      prompt++;
      await current.reply(screen.text, { reply_markup: keyboardOf(screen) });
      const input = await waitFor(prompt);
      if (input.kind !== "again") return input;
      current = input.ctx;
    }
  }

  return {
    ask,
    /** Redraws the screen in the message of a pressed button (ticks, pages) and waits on. */
    async redraw(ctx: Context, screen: ComposerScreen): Promise<ComposerInput> {
      await ctx.editMessageText(screen.text, { reply_markup: keyboardOf(screen) }).catch(() => {});
      const input = await waitFor(prompt);
      return input.kind === "again" ? ask(input.ctx, screen) : input;
    },
    /** Takes the buttons off an answered screen, so it cannot be answered twice. */
    async settle(ctx: Context): Promise<void> {
      if (ctx.callbackQuery?.message) await ctx.editMessageReplyMarkup().catch(() => {});
    },
  };
}

export type ComposerScreens = ReturnType<typeof createComposerScreens>;
