import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { HTTPException } from "hono/http-exception";
import { pino } from "pino";
import { afterEach, describe, expect, it } from "vitest";
import { startServer } from "../../src/server/index.ts";
import { initDataFor } from "../support/init-data.ts";
import { createTestServer, TEST_BOT_TOKEN, type TestServer } from "./server-fixture.ts";

function captureLogs() {
  const lines: Record<string, unknown>[] = [];
  const logger = pino(
    { level: "debug" },
    { write: (line: string) => lines.push(JSON.parse(line)) },
  );
  return { logger, lines };
}

function fakeMiniApp(): string {
  const dir = mkdtempSync(join(tmpdir(), "msoko-miniapp-"));
  mkdirSync(join(dir, "assets"));
  writeFileSync(join(dir, "index.html"), "<!doctype html><title>app</title>");
  writeFileSync(join(dir, "assets", "index-abc.js"), "console.log(1)");
  return dir;
}

describe("the server's plumbing", () => {
  let server: TestServer | undefined;
  const cleanups: (() => void)[] = [];
  afterEach(async () => {
    await server?.db.destroy();
    server = undefined;
    for (const cleanup of cleanups.splice(0)) cleanup();
  });

  it("hides an unexpected error behind a generic 500 and logs it under err", async () => {
    const { logger, lines } = captureLogs();
    server = createTestServer({}, { logger });
    server.app.get("/api/boom", () => {
      throw new Error("database password is hunter2");
    });
    const response = await server.app.request("/api/boom");
    expect(response.status).toBe(500);
    const text = await response.text();
    expect(text).not.toContain("hunter2");
    expect(JSON.parse(text)).toMatchObject({
      error: "internal_error",
      requestId: expect.any(String),
    });
    const failure = lines.find((line) => line.msg === "request failed");
    expect(failure?.err).toMatchObject({ message: expect.stringContaining("hunter2") });
  });

  it("passes an HTTPException through as it is", async () => {
    server = createTestServer();
    server.app.get("/api/teapot", () => {
      throw new HTTPException(418, { message: "short and stout" });
    });
    const response = await server.app.request("/api/teapot");
    expect(response.status).toBe(418);
    expect(await response.text()).toBe("short and stout");
  });

  it("logs method, path, status and time, and never the initData", async () => {
    const { logger, lines } = captureLogs();
    server = createTestServer({}, { logger });
    const initData = initDataFor({ id: 5, first_name: "A" }, TEST_BOT_TOKEN);
    await server.app.request("/api/me?x=1", {
      headers: { Authorization: `tma ${initData}`, "X-Request-Id": "req-1" },
    });
    const line = lines.find((entry) => entry.msg === "request");
    expect(line).toMatchObject({ method: "GET", path: "/api/me", status: 403, requestId: "req-1" });
    expect(line?.ms).toBeTypeOf("number");
    expect(JSON.stringify(lines)).not.toContain(initData.slice(0, 40));
    expect(JSON.stringify(lines)).not.toContain("hash=");
  });

  it("lets only Telegram frame /app, and nobody frame the API", async () => {
    server = createTestServer({}, { miniappDir: fakeMiniApp() });
    const app = await server.app.request("/app/");
    expect(app.headers.get("X-Frame-Options")).toBeNull();
    expect(app.headers.get("Content-Security-Policy")).toContain(
      "frame-ancestors https://web.telegram.org https://*.telegram.org",
    );
    const api = await server.app.request("/api/i18n/ru");
    expect(api.headers.get("X-Frame-Options")).toBe("SAMEORIGIN");
    expect(api.headers.get("X-Content-Type-Options")).toBe("nosniff");
  });

  it("serves the built mini-app, with index.html for client-side routes", async () => {
    const dir = fakeMiniApp();
    cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
    server = createTestServer({}, { miniappDir: dir });
    expect((await server.app.request("/app")).headers.get("Location")).toBe("/app/");
    for (const path of ["/app/", "/app/school/42"]) {
      const response = await server.app.request(path);
      expect(response.status).toBe(200);
      expect(await response.text()).toContain("<title>app</title>");
    }
    const asset = await server.app.request("/app/assets/index-abc.js");
    expect(asset.headers.get("Cache-Control")).toContain("immutable");
    expect((await server.app.request("/app/assets/missing.js")).status).toBe(404);
  });

  it("says how to build the mini-app when it is not built", async () => {
    server = createTestServer({}, { miniappDir: join(tmpdir(), "msoko-no-such-dir") });
    const json = await server.app.request("/app/", { headers: { "Accept-Language": "en" } });
    expect(json.status).toBe(503);
    expect((await json.json()).message).toBe(
      "The mini-app is not built: run npm run build:miniapp",
    );
    const html = await server.app.request("/app/", { headers: { Accept: "text/html" } });
    expect(html.status).toBe(503);
    expect(await html.text()).toContain("npm run build:miniapp");
  });

  it("listens on a free port with port 0 and lets an in-flight request finish on close", async () => {
    server = createTestServer();
    let release: () => void = () => {};
    server.app.get("/api/slow", async (c) => {
      await new Promise<void>((resolve) => {
        release = resolve;
      });
      return c.json({ done: true });
    });
    const running = await startServer(server.app, { port: 0, host: "127.0.0.1" });
    expect(running.port).toBeGreaterThan(0);
    const health = await fetch(`http://127.0.0.1:${running.port}/healthz`);
    expect(health.status).toBe(200);
    const slow = fetch(`http://127.0.0.1:${running.port}/api/slow`);
    await new Promise((resolve) => setTimeout(resolve, 50));
    const closingAt = performance.now();
    const closed = running.close();
    release();
    expect(await (await slow).json()).toEqual({ done: true });
    await closed;
    // Not held open by the now idle keep-alive connection (Node keeps those for 5 s).
    expect(performance.now() - closingAt).toBeLessThan(2000);
    await expect(fetch(`http://127.0.0.1:${running.port}/healthz`)).rejects.toThrow();
  });
});
