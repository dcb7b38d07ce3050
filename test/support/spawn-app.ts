import { type ChildProcess, spawn } from "node:child_process";
import { createServer } from "node:net";
import { join } from "node:path";
import { explainedWait } from "./pending-waits.ts";

const ROOT = join(import.meta.dirname, "../..");
/** tsx's loader by absolute URL, so the process may run in any working directory. */
const TSX = import.meta.resolve("tsx");

export interface SpawnedApp {
  child: ChildProcess;
  stdout(): string;
  stderr(): string;
  /** Resolves with the exit code once the process ends by itself. */
  exited: Promise<number | null>;
  /** Sends a signal and resolves with the exit code. */
  stop(signal?: NodeJS.Signals): Promise<number | null>;
}

/** Runs `npm start`'s entry point as a real process with exactly the environment given. */
export function spawnApp(env: Record<string, string>): SpawnedApp {
  const child = spawn(process.execPath, ["--import", TSX, join(ROOT, "src/main.ts")], {
    cwd: env.CWD ?? ROOT,
    env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let out = "";
  let err = "";
  child.stdout?.on("data", (chunk) => {
    out += chunk;
  });
  child.stderr?.on("data", (chunk) => {
    err += chunk;
  });
  const exited = new Promise<number | null>((resolve) =>
    child.once("exit", (code) => resolve(code)),
  );
  return {
    child,
    stdout: () => out,
    stderr: () => err,
    exited,
    async stop(signal = "SIGTERM") {
      if (child.exitCode === null) child.kill(signal);
      return exited;
    },
  };
}

/** Runs an administrator command to completion. */
export function runCli(
  args: string[],
  env: Record<string, string>,
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(
      process.execPath,
      ["--import", TSX, join(ROOT, "src/cli/index.ts"), ...args],
      {
        cwd: env.CWD ?? ROOT,
        env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "", ...env },
        stdio: ["ignore", "pipe", "pipe"],
      },
    );
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk) => {
      stdout += chunk;
    });
    child.stderr.on("data", (chunk) => {
      stderr += chunk;
    });
    child.once("exit", (code) => resolve({ code, stdout, stderr }));
  });
}

/**
 * Resolves once the process has printed `text` on stdout (its pino log lines, e.g.
 * `"msg":"server listening"`); fails at once if it exits first. No deadline of its own: the test's
 * timeout ends a hang, and the failing test prints what was awaited (./pending-waits.ts).
 */
export function waitForOutput(app: SpawnedApp, text: string): Promise<void> {
  const printed = new Promise<void>((resolve, reject) => {
    const finish = (error?: Error) => {
      app.child.stdout?.off("data", check);
      app.child.off("close", exitedEarly);
      if (error) reject(error);
      else resolve();
    };
    const failure = (why: string) =>
      new Error(
        `${why} before printing ${text}.\nstdout:\n${app.stdout()}\nstderr:\n${app.stderr()}`,
      );
    // Listeners run after spawnApp's own, so app.stdout() already holds the new chunk.
    const check = () => {
      if (app.stdout().includes(text)) finish();
    };
    const exitedEarly = (code: number | null) => finish(failure(`the process exited (${code})`));
    app.child.stdout?.on("data", check);
    // "close", not "exit": by then every byte the process printed has arrived.
    app.child.once("close", exitedEarly);
    check();
  });
  return explainedWait(
    printed,
    () => `waitForOutput(): the app has not printed ${text}.\nstdout:\n${app.stdout()}`,
  );
}

/** Waits for the app to log that its server listens, then asks `url` once. */
export async function waitForHttp(url: string, app: SpawnedApp): Promise<Response> {
  await waitForOutput(app, '"msg":"server listening"');
  return fetch(url);
}

/** A port nothing listens on now, for a spawned app (which refuses PORT=0). */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  await new Promise((resolve) => server.close(resolve));
  return typeof address === "object" && address ? address.port : 0;
}
