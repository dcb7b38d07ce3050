import {
  type ConversationData,
  type ConversationStorage,
  PLUGIN_DATA_VERSION,
  type VersionedState,
} from "@grammyjs/conversations";
import type { Middleware } from "grammy";
import { CONVERSATION_KEY_PREFIX, createKeyValueStore } from "../../db/key-value.ts";
import type { SqlConnection } from "../../db/sql-connection.ts";
import type { BotContext } from "../context.ts";
import { CAMPAIGN_CONVERSATION, CAMPAIGN_CONVERSATION_VERSION } from "./campaign.ts";
import { FORM_CONVERSATION, FORM_CONVERSATION_VERSION } from "./form.ts";
import { ORDER_CONVERSATION, ORDER_CONVERSATION_VERSION } from "./order-compose.ts";
import { ORDER_REPORT_CONVERSATION, ORDER_REPORT_CONVERSATION_VERSION } from "./order-report.ts";
import {
  ORDER_REPORT_RETURN_CONVERSATION,
  ORDER_REPORT_RETURN_CONVERSATION_VERSION,
} from "./order-report-return.ts";
import { REVIEW_RETURN_CONVERSATION, REVIEW_RETURN_CONVERSATION_VERSION } from "./review-return.ts";

/**
 * The one versioning scheme of the guided conversations: each conversation's version is kept
 * beside its stored run. The plugin replays a stored run against the current code, so a run
 * stored by older code must not be replayed; it ends, and the person is told how to go on, in
 * the words of that flow. Bumping one conversation's version leaves the others' runs alone.
 */
export const CONVERSATIONS: Record<string, { version: number; outdatedKey: string }> = {
  [FORM_CONVERSATION]: {
    version: FORM_CONVERSATION_VERSION,
    outdatedKey: "conversation-outdated-form",
  },
  [REVIEW_RETURN_CONVERSATION]: {
    version: REVIEW_RETURN_CONVERSATION_VERSION,
    outdatedKey: "conversation-outdated-review-return",
  },
  [CAMPAIGN_CONVERSATION]: {
    version: CAMPAIGN_CONVERSATION_VERSION,
    outdatedKey: "conversation-outdated-campaign",
  },
  [ORDER_CONVERSATION]: {
    version: ORDER_CONVERSATION_VERSION,
    outdatedKey: "conversation-outdated-order",
  },
  [ORDER_REPORT_CONVERSATION]: {
    version: ORDER_REPORT_CONVERSATION_VERSION,
    outdatedKey: "conversation-outdated-order-report",
  },
  [ORDER_REPORT_RETURN_CONVERSATION]: {
    version: ORDER_REPORT_RETURN_CONVERSATION_VERSION,
    outdatedKey: "conversation-outdated-order-report-return",
  },
};

/** The plugin's own version slot names this scheme; rows of the older single-number scheme differ. */
const SCHEME = "per-conversation";

/** The KeyValue key of a chat's conversations (`conversation:<chat id>`). */
export function conversationKey(chatId: number): string {
  return `${CONVERSATION_KEY_PREFIX}:${chatId}`;
}

/** A chat's row in KeyValue (`conversation:<chat id>`), as JSON. */
export interface StoredConversations extends VersionedState<ConversationData> {
  /** The version of each conversation in `state` when it was written. */
  versions?: Record<string, number>;
}

/** The conversation of a chat that ended this update because its code changed. */
const outdatedIn = new WeakMap<object, string>();

/**
 * Conversation storage in the database that drops, on reading, every run whose conversation is
 * of another version now (and every run of the older single-version scheme), and remembers which
 * ended so `outdatedConversationNotice` can tell the person. The answers themselves live in their
 * own tables, so ending a form's run loses nothing.
 */
export function createConversationStorage(
  sql: SqlConnection,
): ConversationStorage<BotContext, ConversationData> {
  const store = createKeyValueStore<StoredConversations>(sql, CONVERSATION_KEY_PREFIX);
  // Read with the person when the update came in (attach-person.ts); on its own otherwise.
  const readState = async (ctx: BotContext, key: string) => {
    const read = ctx.keyValueRead;
    if (read === undefined || read.key !== store.fullKey(key)) return store.read(key);
    ctx.keyValueRead = undefined;
    return read.value === null ? undefined : (JSON.parse(read.value) as StoredConversations);
  };
  return {
    type: "context",
    version: SCHEME,
    adapter: {
      async read(ctx) {
        const key = ctx.chatId?.toString();
        const stored = key === undefined ? undefined : await readState(ctx, key);
        if (key === undefined || stored === undefined) return undefined;
        const { current, outdated } = splitByVersion(stored);
        if (outdated.length === 0) return stored;
        outdatedIn.set(ctx, outdated[0] as string);
        // Written back at once: the plugin itself writes nothing when no run is left.
        if (Object.keys(current).length > 0) await store.write(key, pack(current));
        else await store.delete(key);
        return pack(current);
      },
      // Written as the update's turn ends, in the same statement, where the update has a turn.
      async write(ctx, data) {
        const key = ctx.chatId?.toString();
        if (key === undefined) return;
        const state = pack(data.state);
        if (ctx.writesAtTurnEnd) ctx.writesAtTurnEnd.set(key, store.writeCall(key, state));
        else await store.write(key, state);
      },
      async delete(ctx) {
        const key = ctx.chatId?.toString();
        if (key === undefined) return;
        if (ctx.writesAtTurnEnd) ctx.writesAtTurnEnd.set(key, store.deleteCall(key));
        else await store.delete(key);
      },
    },
  };
}

function pack(state: ConversationData): StoredConversations {
  const versions: Record<string, number> = {};
  for (const id of Object.keys(state)) {
    const version = CONVERSATIONS[id]?.version;
    if (version !== undefined) versions[id] = version;
  }
  return { version: [PLUGIN_DATA_VERSION, SCHEME], versions, state };
}

function splitByVersion(stored: StoredConversations) {
  const current: ConversationData = {};
  const outdated: string[] = [];
  const sameScheme =
    Array.isArray(stored.version) &&
    stored.version[0] === PLUGIN_DATA_VERSION &&
    stored.version[1] === SCHEME;
  for (const [id, runs] of Object.entries(stored.state ?? {})) {
    const known = CONVERSATIONS[id];
    if (sameScheme && known && stored.versions?.[id] === known.version) current[id] = runs;
    else outdated.push(id);
  }
  return { current, outdated };
}

/**
 * Goes right after the conversations: when this update ended a run of an older version, the
 * person hears that in the words of that flow instead of the update landing somewhere else
 * (a typed answer taken for an unknown message, a stale button). A command goes on as usual:
 * the person has already chosen what to do next.
 */
export function outdatedConversationNotice(): Middleware<BotContext> {
  return async (ctx, next) => {
    const id = outdatedIn.get(ctx);
    if (id === undefined || ctx.message?.text?.startsWith("/")) return next();
    if (ctx.callbackQuery) {
      await ctx.answerCallbackQuery().catch(() => {});
      // The pressed message belongs to the run that ended: its buttons no longer apply.
      if (ctx.callbackQuery.message) await ctx.editMessageReplyMarkup().catch(() => {});
    }
    const key = CONVERSATIONS[id]?.outdatedKey ?? "conversation-outdated-form";
    await ctx.reply(ctx.t(key));
  };
}
