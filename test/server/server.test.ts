import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { Agent, get, Server as HttpServer } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { HTTPException } from "hono/http-exception";
import { pino } from "pino";
import { afterEach, describe, expect, it, vi } from "vitest";
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
    server = await createTestServer({}, { logger });
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
    server = await createTestServer();
    server.app.get("/api/teapot", () => {
      throw new HTTPException(418, { message: "short and stout" });
    });
    const response = await server.app.request("/api/teapot");
    expect(response.status).toBe(418);
    expect(await response.text()).toBe("short and stout");
  });

  it("logs method, path, status and time, and never the initData", async () => {
    const { logger, lines } = captureLogs();
    server = await createTestServer({}, { logger });
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
    server = await createTestServer({}, { miniappDir: fakeMiniApp() });
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
    server = await createTestServer({}, { miniappDir: dir });
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
    server = await createTestServer({}, { miniappDir: join(tmpdir(), "msoko-no-such-dir") });
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
    server = await createTestServer();
    let entered: () => void = () => {};
    const inHandler = new Promise<void>((resolve) => {
      entered = resolve;
    });
    let release: () => void = () => {};
    server.app.get("/api/slow", async (c) => {
      entered();
      await new Promise<void>((resolve) => {
        release = resolve;
      });
      return c.json({ done: true });
    });
    const listen = vi.spyOn(HttpServer.prototype, "listen");
    cleanups.push(() => listen.mockRestore());
    const running = await startServer(server.app, { port: 0, host: "127.0.0.1" });
    expect(running.port).toBeGreaterThan(0);
    // One keep-alive connection that neither end times out: were close() to wait for idle
    // connections to go away by themselves, it would never end (not merely take Node's 5 s).
    const http = listen.mock.contexts[0] as HttpServer;
    http.keepAliveTimeout = 0;
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    cleanups.push(() => agent.destroy());
    const ask = (path: string) =>
      new Promise<{ status?: number; body: string }>((resolve, reject) => {
        get({ host: "127.0.0.1", port: running.port, path, agent }, (response) => {
          let body = "";
          response.on("data", (chunk) => {
            body += chunk;
          });
          response.on("end", () => resolve({ status: response.statusCode, body }));
        }).on("error", reject);
      });

    expect((await ask("/healthz")).status).toBe(200);
    const slow = ask("/api/slow");
    await inHandler;
    const closed = running.close();
    release();
    expect(JSON.parse((await slow).body)).toEqual({ done: true });
    await closed;
    await expect(fetch(`http://127.0.0.1:${running.port}/healthz`)).rejects.toThrow();
  });
});
