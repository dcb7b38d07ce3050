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

/** Whether a process of this machine with this id still runs (EPERM: it runs as another user). */
export function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}
