import { randomBytes } from "node:crypto";
import { hostname } from "node:os";

/**
 * A name for this running process, unique among the instances sharing one database: it marks the
 * outbox messages and job leases this process holds. Host and pid help an administrator reading
 * the tables; the random part keeps a restarted process (same pid in a container) apart.
 */
export function newInstanceId(): string {
  return `${hostname()}:${process.pid}:${randomBytes(4).toString("hex")}`;
}
