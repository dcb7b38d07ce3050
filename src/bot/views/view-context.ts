import type { BotContext } from "../context.ts";

/**
 * What a view may use of an update's context: the person, translation and replies — not the
 * dependencies, so a view cannot reach the database. The feature reads the data and passes it in.
 */
export type ViewContext = Omit<BotContext, "deps">;
