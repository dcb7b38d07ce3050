import type { Message, Update } from "grammy/types";
import { MEDIA_KINDS } from "./media.ts";
import type { FakeState } from "./state.ts";
import type { UpdateDraft } from "./types.ts";

const NEW_MESSAGE_KEYS = ["message", "channel_post", "business_message"] as const;
const EDITED_MESSAGE_KEYS = [
  "edited_message",
  "edited_channel_post",
  "edited_business_message",
] as const;

/**
 * Completes a drafted update and lets the fake learn from it (chats, message
 * ids, files, callback query ids, blocked bots) before it is queued.
 */
export function completeUpdate(state: FakeState, draft: UpdateDraft): Update {
  const update: Update = structuredClone({
    ...draft,
    update_id: draft.update_id ?? state.updates.allocateId(),
  });
  for (const key of NEW_MESSAGE_KEYS) {
    const message = update[key];
    if (message !== undefined) absorbNewMessage(state, message);
  }
  for (const key of EDITED_MESSAGE_KEYS) {
    const message = update[key];
    if (message !== undefined) state.chats.replace(message);
  }
  absorbCallbackQuery(state, update);
  absorbMembership(state, update);
  return update;
}

function absorbNewMessage(state: FakeState, message: Message): void {
  if (message.message_id <= 0) message.message_id = state.chats.nextMessageId(message.chat.id);
  state.chats.add(message, false);
  for (const kind of MEDIA_KINDS) {
    const media = message[kind];
    const files = Array.isArray(media) ? media : media === undefined ? [] : [media];
    for (const file of files) {
      if (state.files.get(file.file_id) !== undefined) continue;
      state.files.register({
        kind,
        fileId: file.file_id,
        fileUniqueId: file.file_unique_id,
        ...(file.file_size === undefined ? {} : { size: file.file_size }),
        ...("file_name" in file && typeof file.file_name === "string"
          ? { fileName: file.file_name }
          : {}),
      });
    }
  }
}

function absorbCallbackQuery(state: FakeState, update: Update): void {
  const query = update.callback_query;
  if (query === undefined) return;
  state.chats.callbackQueryIds.add(query.id);
  if (query.message !== undefined) state.chats.remember(query.message.chat);
}

function absorbMembership(state: FakeState, update: Update): void {
  const change = update.my_chat_member;
  if (change === undefined || change.new_chat_member.user.id !== state.bot.id) return;
  state.chats.remember(change.chat);
  const status = change.new_chat_member.status;
  state.chats.setBotStatus(
    change.chat.id,
    status === "kicked" || status === "left" ? status : "member",
  );
}
