import { readFileSync } from "node:fs";
import { join } from "node:path";
import { FluentResource } from "@fluent/bundle";
import { zValidator } from "@hono/zod-validator";
import { Hono } from "hono";
import { z } from "zod";
import { LANGUAGES, LOCALES_DIR, type Translate } from "../../i18n/translator.ts";
import type { ServerEnv } from "../env.ts";
import { apiError } from "../errors.ts";

const MINIAPP_PREFIX = "app-";

export interface MiniAppMessages {
  language: (typeof LANGUAGES)[number];
  /** Rendered strings; a Fluent variable `$name` stays in the text as `{name}` for the client. */
  messages: Record<string, string>;
}

/**
 * `GET /api/i18n/:language`: every `app-` message, rendered by the same translator as the bot,
 * so the mini-app carries no user-facing text of its own. Public: the start-up error screens
 * need these strings before anyone is signed in.
 */
export function createI18nRoutes(translate: Translate, localesDir = LOCALES_DIR): Hono<ServerEnv> {
  const messages = listMiniAppMessages(localesDir);
  const rendered = new Map(
    LANGUAGES.map((language) => [language, renderAll(translate, language, messages)]),
  );
  return new Hono<ServerEnv>().get(
    "/i18n/:language",
    zValidator("param", z.object({ language: z.enum(LANGUAGES) }), (result, c) => {
      if (!result.success) return apiError(c, translate, 400, "bad_request");
    }),
    (c) => {
      const { language } = c.req.valid("param");
      c.header("Cache-Control", "no-cache");
      return c.json({ language, messages: rendered.get(language) ?? {} } satisfies MiniAppMessages);
    },
  );
}

function renderAll(
  translate: Translate,
  language: string,
  messages: Map<string, string[]>,
): Record<string, string> {
  const result: Record<string, string> = {};
  for (const [key, variables] of messages) {
    result[key] = translate(
      language,
      key,
      Object.fromEntries(variables.map((name) => [name, `{${name}}`])),
    );
  }
  return result;
}

/** `app-` message ids of every language file, with the variables each one uses. */
function listMiniAppMessages(dir: string): Map<string, string[]> {
  const messages = new Map<string, string[]>();
  for (const language of LANGUAGES) {
    const resource = new FluentResource(readFileSync(join(dir, `${language}.ftl`), "utf8"));
    for (const entry of resource.body) {
      if (!entry.id.startsWith(MINIAPP_PREFIX) || !entry.value) continue;
      const variables = new Set([
        ...(messages.get(entry.id) ?? []),
        ...collectVariables(entry.value),
      ]);
      messages.set(entry.id, [...variables]);
    }
  }
  return messages;
}

/** Walks the parsed pattern (nested selects included) for `{ $name }` references. */
function collectVariables(node: unknown, found = new Set<string>()): Set<string> {
  if (Array.isArray(node)) {
    for (const item of node) collectVariables(item, found);
  } else if (node && typeof node === "object") {
    const record = node as Record<string, unknown>;
    if (record.type === "var" && typeof record.name === "string") found.add(record.name);
    for (const value of Object.values(record)) collectVariables(value, found);
  }
  return found;
}
