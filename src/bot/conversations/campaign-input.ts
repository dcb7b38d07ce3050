import type { Conversation } from "@grammyjs/conversations";
import { type Context, InlineKeyboard } from "grammy";
import { localToUtc, parseLocalDateTime, toLocalDateTime } from "../../domain/local-time.ts";
import {
  decodeWizardButton,
  encodeWizardButton,
  type WizardAction,
} from "../callback-data/campaign.ts";
import type { BotContext } from "../context.ts";
import type { Screen } from "../views/campaign-wizard.ts";
import type { T } from "../views/campaigns.ts";

export type WizardConversation = Conversation<BotContext, Context>;

export type WizardInput =
  | { kind: "button"; action: WizardAction; ctx: Context }
  | { kind: "text"; text: string; ctx: Context }
  /** `/cancel`, or the Cancel button. */
  | { kind: "cancel"; ctx: Context };

/**
 * Sends one screen of the wizard and waits for an answer to it. A command other than /cancel,
 * a sticker, a voice message and the like get a short explanation and the same screen again;
 * buttons of older messages are refused with a notice. Updates that are no answer at all
 * (membership changes and the like) go on to the rest of the bot.
 */
export function createScreens(conversation: WizardConversation, t: T, run: string) {
  let prompt = 0;

  const keyboardOf = (screen: Screen, number: number) => {
    const keyboard = new InlineKeyboard();
    for (const row of screen.rows) {
      for (const button of row)
        keyboard.text(
          button.text,
          encodeWizardButton({ run, prompt: number, action: button.action }),
        );
      keyboard.row();
    }
    return keyboard;
  };

  async function waitFor(number: number): Promise<WizardInput | { kind: "again"; ctx: Context }> {
    for (;;) {
      const ctx = await conversation.wait();
      const data = ctx.callbackQuery?.data;
      if (ctx.callbackQuery) {
        const button = data ? decodeWizardButton(data) : null;
        if (!button || button.run !== run || button.prompt !== number) {
          await ctx.answerCallbackQuery({ text: t("campaign-bot-button-outdated") });
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
        await ctx.reply(t("campaign-bot-command-during-wizard"));
        return { kind: "again", ctx };
      }
      if (text !== undefined) return { kind: "text", text, ctx };
      await ctx.reply(t("campaign-bot-not-text"));
      return { kind: "again", ctx };
    }
  }

  return {
    /** Shows the screen (again after stray input) until an answer comes. */
    async ask(ctx: Context, screen: Screen): Promise<WizardInput> {
      let current = ctx;
      for (;;) {
        prompt++;
        await current.reply(screen.text, { reply_markup: keyboardOf(screen, prompt) });
        const input = await waitFor(prompt);
        if (input.kind !== "again") return input;
        current = input.ctx;
      }
    },
    /** Redraws the screen in the message of a pressed button (toggles, pages) and waits on. */
    async redraw(
      ctx: Context,
      screen: Screen,
    ): Promise<WizardInput | { kind: "again"; ctx: Context }> {
      await ctx
        .editMessageText(screen.text, { reply_markup: keyboardOf(screen, prompt) })
        .catch(() => {});
      return waitFor(prompt);
    },
    /** Takes the buttons off an answered screen, so it cannot be answered twice. */
    async settle(ctx: Context): Promise<void> {
      if (ctx.callbackQuery?.message) await ctx.editMessageReplyMarkup().catch(() => {});
    },
  };
}

export type Screens = ReturnType<typeof createScreens>;

const TYPED = /^(\d{1,2})\.(\d{1,2})\.(\d{4})(?:[\s,]+(\d{1,2})[:.](\d{2}))?$/;

export type TypedTime =
  | { ok: true; local: string }
  | { ok: false; problem: "malformed" | "no-such-date" };

const pad = (value: number | string, width = 2) => String(value).padStart(width, "0");

/**
 * Reads «ДД.ММ.ГГГГ ЧЧ:ММ» or «ДД.ММ.ГГГГ» (then `defaultTime`) as the `YYYY-MM-DD HH:mm` the data
 * layer takes. "31.02.2026" and "25:00" are told apart from text that is no date at all.
 */
export function readTypedTime(text: string, defaultTime = "18:00"): TypedTime {
  const match = TYPED.exec(text.trim());
  if (!match) return { ok: false, problem: "malformed" };
  const [, day, month, year, hour, minute] = match;
  const time = hour === undefined ? defaultTime : `${pad(hour)}:${minute}`;
  const local = `${year}-${pad(month ?? "")}-${pad(day ?? "")} ${time}`;
  return parseLocalDateTime(local) ? { ok: true, local } : { ok: false, problem: "no-such-date" };
}

/** An instant as people type it on that zone's clocks: `15.12.2026 18:00`. */
export function typedForm(instant: Date, timeZone: string): string {
  const local = toLocalDateTime(instant, timeZone);
  return `${pad(local.day)}.${pad(local.month)}.${pad(local.year, 4)} ${pad(local.hour)}:${pad(local.minute)}`;
}

/** A week from `now` at 18:00 on the zone's clocks: the example under the question. */
export function exampleDeadline(now: Date, timeZone: string, days = 7): string {
  const later = toLocalDateTime(new Date(now.getTime() + days * 86_400_000), timeZone);
  return `${pad(later.day)}.${pad(later.month)}.${pad(later.year, 4)} 18:00`;
}

export type CheckedTime =
  | { ok: true; local: string; at: Date }
  | { ok: false; key: string; params?: Record<string, string> };

/**
 * A typed deadline or closing time on the zone's clocks: well-formed, a real date, after `now`
 * and, when `floor` is given (the deadline, for a closing time), not before it.
 */
export function checkTypedTime(
  text: string,
  timeZone: string,
  now: Date,
  floor: Date | null = null,
): CheckedTime {
  const typed = readTypedTime(text);
  if (!typed.ok) return { ok: false, key: `campaign-bot-error-date-${typed.problem}` };
  const at = localToUtc(typed.local, timeZone) ?? new Date(0);
  if (at.getTime() <= now.getTime())
    return {
      ok: false,
      key: "campaign-bot-error-date-past",
      params: { now: typedForm(now, timeZone) },
    };
  if (floor && at.getTime() < floor.getTime())
    return {
      ok: false,
      key: "campaign-bot-error-closes-before",
      params: { deadline: typedForm(floor, timeZone) },
    };
  return { ok: true, local: typed.local, at };
}
