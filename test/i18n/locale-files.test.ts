import { readFileSync } from "node:fs";
import { join } from "node:path";
import { FluentResource } from "@fluent/bundle";
import { describe, expect, it } from "vitest";
import { createTranslator, LOCALES_DIR, localeFiles } from "../../src/i18n/translator.ts";

/** Every message id of a language, over all of its files, with the file each comes from. */
function messageIds(language: string): Map<string, string> {
  const ids = new Map<string, string>();
  for (const file of localeFiles(LOCALES_DIR, language)) {
    const resource = new FluentResource(readFileSync(join(LOCALES_DIR, file), "utf8"));
    for (const entry of resource.body) {
      const id = (entry as { id?: string }).id;
      if (!id) continue;
      if (ids.has(id)) throw new Error(`${id} is in both ${ids.get(id)} and ${file}`);
      ids.set(id, file);
    }
  }
  return ids;
}

describe("the locale files", () => {
  it("read a language from <lang>.ftl and the feature files in <lang>/", () => {
    expect(localeFiles(LOCALES_DIR, "ru")).toContain("ru.ftl");
    expect(localeFiles(LOCALES_DIR, "ru")).toContain(join("ru", "orders.ftl"));
    expect(createTranslator()("ru", "order-ack-button")).toBe("Ознакомлен(а)");
    expect(createTranslator()("en", "order-kind-letter")).toBe("Information letter");
  });

  it("give every message in Russian and in English, each once", () => {
    const ru = [...messageIds("ru").keys()].sort();
    const en = [...messageIds("en").keys()].sort();
    expect(en.filter((id) => !ru.includes(id))).toEqual([]);
    expect(ru.filter((id) => !en.includes(id))).toEqual([]);
  });
});
