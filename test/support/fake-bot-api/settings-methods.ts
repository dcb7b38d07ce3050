import type { BotCommand, MenuButton, WebhookInfo } from "grammy/types";
import {
  badRequest,
  conflict,
  isRecord,
  optionalInteger,
  optionalObject,
  optionalString,
} from "./api-error.ts";
import type { MethodHandler } from "./state.ts";
import type { Payload } from "./types.ts";

const getUpdates: MethodHandler = ({ payload, signal }, state) => {
  if (state.webhook.url !== "") {
    throw conflict(
      "can't use getUpdates method while webhook is active; use deleteWebhook to delete the webhook first",
    );
  }
  return state.updates.poll({
    offset: optionalInteger(payload, "offset"),
    limit: optionalInteger(payload, "limit"),
    timeoutSeconds: optionalInteger(payload, "timeout") ?? 0,
    signal,
  });
};

const setWebhook: MethodHandler = ({ payload }, state) => {
  state.webhook = {
    url: optionalString(payload, "url") ?? "",
    maxConnections: optionalInteger(payload, "max_connections"),
  };
  if (payload.drop_pending_updates === true) state.updates.dropAll();
  return true;
};

const deleteWebhook: MethodHandler = ({ payload }, state) => {
  state.webhook = { url: "", maxConnections: undefined };
  if (payload.drop_pending_updates === true) state.updates.dropAll();
  return true;
};

const getWebhookInfo: MethodHandler = (_request, state) => {
  const info: WebhookInfo = {
    url: state.webhook.url,
    has_custom_certificate: false,
    pending_update_count: state.updates.unconfirmedCount,
    ...(state.webhook.maxConnections === undefined
      ? {}
      : { max_connections: state.webhook.maxConnections }),
  };
  return info;
};

/** Commands are stored per scope and language, exactly as getMyCommands looks them up. */
function commandsKey(payload: Payload): string {
  const scope = optionalObject(payload, "scope") ?? { type: "default" };
  const parts = [
    scope.type,
    scope.chat_id,
    scope.user_id,
    optionalString(payload, "language_code"),
  ];
  return parts.map((part) => (part === undefined ? "" : String(part))).join("|");
}

const setMyCommands: MethodHandler = ({ payload }, state) => {
  const commands: unknown[] = Array.isArray(payload.commands) ? payload.commands : [];
  state.commands.set(commandsKey(payload), commands.map(validCommand));
  return true;
};

function validCommand(command: unknown): BotCommand {
  if (!isRecord(command) || typeof command.command !== "string") {
    throw badRequest("can't parse BotCommand: Can't find field \"command\"");
  }
  if (typeof command.description !== "string") {
    throw badRequest("can't parse BotCommand: Can't find field \"description\"");
  }
  // Lowercase Latin letters, digits and underscores only; "/start" and "Start" both fail.
  if (!/^[a-z0-9_]{1,32}$/.test(command.command)) throw badRequest("BOT_COMMAND_INVALID");
  return { command: command.command, description: command.description };
}

const deleteMyCommands: MethodHandler = ({ payload }, state) => {
  state.commands.delete(commandsKey(payload));
  return true;
};

const getMyCommands: MethodHandler = ({ payload }, state) =>
  state.commands.get(commandsKey(payload)) ?? [];

const setChatMenuButton: MethodHandler = ({ payload }, state) => {
  const button = optionalObject(payload, "menu_button") ?? { type: "default" };
  state.menuButtons.set(String(payload.chat_id ?? "default"), button as unknown as MenuButton);
  return true;
};

const getChatMenuButton: MethodHandler = ({ payload }, state) => {
  const fallback: MenuButton = state.menuButtons.get("default") ?? { type: "default" };
  return state.menuButtons.get(String(payload.chat_id ?? "default")) ?? fallback;
};

export const settingsMethods: Record<string, MethodHandler> = {
  getMe: (_request, state) => state.bot,
  getUpdates,
  setWebhook,
  deleteWebhook,
  getWebhookInfo,
  setMyCommands,
  deleteMyCommands,
  getMyCommands,
  setChatMenuButton,
  getChatMenuButton,
};
