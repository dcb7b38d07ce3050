import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { OFFLINE_MESSAGES } from "../../miniapp/src/i18n.ts";
import { LOCALES_DIR } from "../../src/i18n/translator.ts";
import { createTestServer, type TestServer } from "./server-fixture.ts";

const appKeys = (language: string) =>
  [...readFileSync(join(LOCALES_DIR, `${language}.ftl`), "utf8").matchAll(/^(app-[\w-]+) =/gm)]
    .map((match) => match[1])
    .sort();

describe("GET /api/i18n/:language", () => {
  let server: TestServer | undefined;
  afterEach(async () => {
    await server?.db.destroy();
    server = undefined;
  });

  it("returns every app- message of the language, rendered, and nothing else", async () => {
    server = await createTestServer();
    const response = await server.app.request("/api/i18n/ru");
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body.language).toBe("ru");
    expect(Object.keys(body.messages).sort()).toEqual(appKeys("ru"));
    expect(body.messages["app-role-director"]).toBe("Директор");
    expect(body.messages["app-error-not-registered"]).toContain("ссылкой-приглашением");
  });

  it("has the same keys in English, with Fluent variables left as {name} for the app", async () => {
    server = await createTestServer();
    const body = await (await server.app.request("/api/i18n/en")).json();
    expect(Object.keys(body.messages).sort()).toEqual(appKeys("ru"));
    expect(body.messages["app-error-not-registered"]).toContain("invite link");
    expect(body.messages["app-directions"]).toBe("Directions: {directions}");
  });

  it("answers 400 in JSON to a language we do not speak, and 404 to unknown API paths", async () => {
    server = await createTestServer();
    const unknownLanguage = await server.app.request("/api/i18n/de");
    expect(unknownLanguage.status).toBe(400);
    expect(await unknownLanguage.json()).toMatchObject({ error: "bad_request" });
    const unknownPath = await server.app.request("/api/nothing-here");
    expect(unknownPath.status).toBe(404);
    expect(await unknownPath.json()).toMatchObject({ error: "not_found" });
  });

  it("keeps the mini-app's built-in offline strings identical to the locale files", async () => {
    server = await createTestServer();
    for (const language of ["ru", "en"] as const) {
      const { messages } = await (await server.app.request(`/api/i18n/${language}`)).json();
      for (const [key, text] of Object.entries(OFFLINE_MESSAGES[language])) {
        expect(messages[key], key).toBe(text);
      }
    }
  });
});
