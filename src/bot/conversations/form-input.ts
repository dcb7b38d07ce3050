import type { Context } from "grammy";
import type { Message } from "grammy/types";
import type { UserInput } from "../../domain/form-engine/index.ts";
import { decodeFormButton } from "../callback-data/form.ts";
import { isTaskButton } from "../callback-data/task.ts";
import {
  type QuestionView,
  questionKeyboard,
  questionStep,
  type T,
} from "../views/form-question.ts";
import type { FormConversation } from "./form.ts";

export type Incoming =
  | { kind: "exit"; ctx: Context }
  | { kind: "back"; ctx: Context }
  | { kind: "skip"; ctx: Context }
  /** Something that is not an answer (a command): explained, then the question is asked again. */
  | { kind: "repeat"; ctx: Context }
  /** A button that opens a form (this one or another): leave this one, answers kept, and open it. */
  | { kind: "open-task"; ctx: Context }
  | { kind: "answer"; ctx: Context; input: UserInput };

/**
 * Waits for the answer to the question on screen. Buttons of older messages, commands and other
 * chatter get a short explanation and the wait goes on, so nothing typed so far is lost.
 */
export async function waitForInput(
  conversation: FormConversation,
  t: T,
  language: "ru" | "en",
  view: QuestionView,
  canGoBack: boolean,
): Promise<Incoming> {
  const { question } = view;
  const selected = new Set(view.selected ?? []);
  for (;;) {
    const ctx = await conversation.wait();
    if (ctx.callbackQuery) {
      if (isTaskButton(ctx.callbackQuery.data)) return { kind: "open-task", ctx };
      const button = ctx.callbackQuery.data ? decodeFormButton(ctx.callbackQuery.data) : null;
      if (
        !button ||
        button.submissionId !== view.submissionId ||
        button.step !== questionStep(question)
      ) {
        await ctx.answerCallbackQuery({ text: t("form-button-outdated") });
        // An earlier question or summary of this form: its buttons no longer apply.
        if (button?.submissionId === view.submissionId)
          await ctx.editMessageReplyMarkup().catch(() => {});
        continue;
      }
      const action = button.action;
      if (action.kind === "toggle") {
        const option = question.options[action.index];
        if (option)
          selected.has(option.value) ? selected.delete(option.value) : selected.add(option.value);
        await ctx.answerCallbackQuery();
        await ctx
          .editMessageReplyMarkup({
            reply_markup: questionKeyboard(
              t,
              language,
              { ...view, selected: [...selected] },
              canGoBack,
            ),
          })
          .catch(() => {});
        continue;
      }
      await ctx.answerCallbackQuery();
      switch (action.kind) {
        case "exit":
        case "back":
        case "skip":
          return { kind: action.kind, ctx };
        case "yes":
        case "no":
          return { kind: "answer", ctx, input: { kind: "choice", value: action.kind } };
        case "choice":
          return {
            kind: "answer",
            ctx,
            input: { kind: "choice", value: question.options[action.index]?.value ?? "" },
          };
        case "done":
          return { kind: "answer", ctx, input: { kind: "choices", values: [...selected] } };
        default:
          continue;
      }
    }
    const message = ctx.message;
    if (!message) {
      // Edits, membership changes and the like belong to the rest of the bot.
      await conversation.skip({ next: true });
    }
    if (message?.text?.startsWith("/")) {
      await ctx.reply(t("form-command-during-form"));
      return { kind: "repeat", ctx };
    }
    if (message) return { kind: "answer", ctx, input: inputOf(message) };
  }
}

/** What the person sent, in the form engine's neutral terms. */
export function inputOf(message: Message): UserInput {
  if (message.text !== undefined) return { kind: "text", text: message.text };
  // A GIF arrives with a document attached too; it is not a file for the form.
  if (message.animation) return { kind: "unsupported", what: "animation" };
  if (message.document)
    return {
      kind: "file",
      file: {
        fileId: message.document.file_id,
        fileName: message.document.file_name ?? "document",
        size: message.document.file_size ?? 0,
        mimeType: message.document.mime_type ?? "application/octet-stream",
      },
    };
  const photo = message.photo?.at(-1);
  if (photo)
    return {
      kind: "file",
      file: {
        fileId: photo.file_id,
        fileName: "photo.jpg",
        size: photo.file_size ?? 0,
        mimeType: "image/jpeg",
      },
    };
  if (message.sticker) return { kind: "unsupported", what: "sticker" };
  if (message.voice || message.audio) return { kind: "unsupported", what: "voice" };
  if (message.video || message.video_note) return { kind: "unsupported", what: "video" };
  if (message.location || message.venue) return { kind: "unsupported", what: "location" };
  if (message.contact) return { kind: "unsupported", what: "contact" };
  return { kind: "unsupported", what: "other" };
}
