import { Hono } from "hono";
import type { Database } from "../../db/client.ts";
import type { ServerEnv } from "../env.ts";

/** A locked or vanished database must turn the probe red, not hang it. */
const DATABASE_PROBE_TIMEOUT_MS = 2000;

/** `GET /healthz`: 200 when a real `SELECT 1` succeeds, 503 otherwise (for load balancers). */
export function createHealthRoutes(db: Database): Hono<ServerEnv> {
  return new Hono<ServerEnv>().get("/healthz", async (c) => {
    try {
      await withTimeout(db.prisma.$queryRaw`SELECT 1`, DATABASE_PROBE_TIMEOUT_MS);
    } catch (error) {
      c.get("logger").error({ msg: "health check: database unavailable", err: error });
      return c.json({ status: "error", database: "unavailable" }, 503);
    }
    c.header("Cache-Control", "no-store");
    return c.json({ status: "ok", database: "ok", uptimeSeconds: Math.floor(process.uptime()) });
  });
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
