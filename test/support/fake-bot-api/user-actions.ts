import type { Message, Update, User } from "grammy/types";
import { callbackQuery, documentMessage, myChatMember, textMessage } from "../telegram-updates.ts";
import { guessMimeType } from "./media.ts";
import { botAsSender, type FakeState } from "./state.ts";
import type { DocumentUpload, MessageTarget, UpdateDraft } from "./types.ts";

type Push = (draft: UpdateDraft) => Update;

/** What a test's simulated user can do; every action pushes one update. */
export function createUserActions(state: FakeState, push: Push) {
  function pressButton(
    user: User,
    targetOrData: MessageTarget | string,
    maybeData?: string,
  ): Update {
    const data = maybeData ?? targetOrData;
    if (typeof data !== "string")
      throw new Error("pressButton(user, target, callbackData) needs the callback data");
    const target = maybeData === undefined ? undefined : (targetOrData as MessageTarget);
    const message = findPressable(state, user, target, data);
    return push(callbackQuery(user, message, data));
  }

  return {
    sendText: (user: User, text: string) => push(textMessage(user, text)),
    sendDocument(user: User, { fileName, mimeType, content, caption }: DocumentUpload): Update {
      const fields = {
        fileName,
        mimeType: mimeType ?? guessMimeType(fileName),
        fileSize: content.length,
      };
      const draft = documentMessage(user, caption === undefined ? fields : { ...fields, caption });
      const document = draft.message?.document;
      if (document !== undefined) {
        // Registered with its bytes first, so getFile and the download URL work.
        state.files.register({
          kind: "document",
          fileId: document.file_id,
          fileUniqueId: document.file_unique_id,
          fileName,
          data: content,
        });
      }
      return push(draft);
    },
    pressButton,
    blockBot: (user: User) => push(myChatMember(user, "kicked", { bot: botAsSender(state.bot) })),
    unblockBot: (user: User) => push(myChatMember(user, "member", { bot: botAsSender(state.bot) })),
  };
}

/** A user can only press a button that is on screen: fail loudly otherwise. */
function findPressable(
  state: FakeState,
  user: User,
  target: MessageTarget | undefined,
  data: string,
): Message {
  const candidates = (chatId: number) => state.chats.list(chatId, false).reverse();
  let message: Message | undefined;
  if (target === undefined)
    message = candidates(user.id).find((m) => callbackDataOf(m).includes(data));
  else if (typeof target === "number")
    message = candidates(user.id).find((m) => m.message_id === target);
  else if (typeof target === "function") message = candidates(user.id).find(target);
  else message = state.chats.find(target.chat.id, target.message_id)?.message;
  if (message === undefined) {
    const wanted =
      target === undefined ? `has a button with callback_data "${data}"` : "matches the target";
    throw new Error(
      `pressButton: no message of the bot in chat ${user.id} ${wanted} (deleted, or never sent?)`,
    );
  }
  const available = callbackDataOf(message);
  if (!available.includes(data)) {
    throw new Error(
      `pressButton: message #${message.message_id} has no button with callback_data "${data}"; ` +
        `its buttons have: ${available.map((d) => JSON.stringify(d)).join(", ") || "none"}`,
    );
  }
  return structuredClone(message);
}

function callbackDataOf(message: Message): string[] {
  const rows = message.reply_markup?.inline_keyboard ?? [];
  return rows.flatMap((row) =>
    row.flatMap((button) => ("callback_data" in button ? [button.callback_data] : [])),
  );
}
