import { afterEach, describe, expect, it } from "vitest";
import { createTestServer, type TestServer } from "./server-fixture.ts";

describe("GET /healthz", () => {
  let server: TestServer | undefined;
  afterEach(async () => {
    await server?.db.destroy();
    server = undefined;
  });

  it("answers ok after a real query to the database", async () => {
    server = await createTestServer();
    const response = await server.app.request("/healthz");
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body).toMatchObject({ status: "ok", database: "ok" });
    expect(body.uptimeSeconds).toBeTypeOf("number");
    expect(response.headers.get("X-Request-Id")).toBeTruthy();
  });

  it("answers 503 when the database file and its folder are gone", async () => {
    server = await createTestServer();
    await server.db.destroy();
    const response = await server.app.request("/healthz");
    expect(response.status).toBe(503);
    expect(await response.json()).toEqual({ status: "error", database: "unavailable" });
  });
});
