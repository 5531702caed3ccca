import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

/** The repository root: server.ts, build/ and db/migrations are found relative to it. */
export const ROOT = resolve(fileURLToPath(new URL("../..", import.meta.url)));

export interface TestServer {
  /** Base URL without trailing slash, on 127.0.0.1 so the client address is predictable. */
  url: string;
  port: number;
  databasePath: string;
  /** The server process's id while it runs. */
  pid(): number | undefined;
  /** Everything the process wrote so far, for diagnostics and log assertions. */
  output(): string;
  /** Sends SIGTERM and resolves with the exit code once the process is gone. */
  stop(): Promise<number | null>;
  /** Stops (if running) and starts again on the same port and database file. */
  restart(): Promise<void>;
  /** Stops and removes the temp directory of the database (if this helper made it): for afterAll. */
  close(): Promise<void>;
}

export interface StartOptions {
  /** Extra environment, e.g. { MODELWERK_DEMO: "0" }. */
  env?: Record<string, string>;
  /** Reuse an existing database file instead of a fresh temp one. */
  databasePath?: string;
  /** Modules to preload into the server process (`node --import`), e.g. test/support/block-loop.ts. */
  preload?: string[];
}

const START_TIMEOUT_MS = 30_000;

/** The developer's own settings (a SESSION_SECRET, ALLOWED_ORIGINS, ...) must not leak into a test server. */
const CONFIG_KEYS = ["HOST", "SESSION_SECRET", "ALLOWED_ORIGINS", "TRUST_PROXY", "MAX_BODY_BYTES", "MODELWERK_DEMO", "SMTP_URL", "MAIL_FROM", "MAIL_INTERVAL_MS"];

function serverEnv(port: number, databasePath: string, overrides: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const key of CONFIG_KEYS) delete env[key];
  return { ...env, NODE_ENV: "production", PORT: String(port), DATABASE_PATH: databasePath, ...overrides };
}

export function assertBuilt(): void {
  if (!existsSync(join(ROOT, "build/server/index.js")) || !existsSync(join(ROOT, "build/client/assets"))) {
    throw new Error(
      `Geen productiebuild gevonden in ${join(ROOT, "build")}. Draai eerst "npx remix vite:build" (npm test doet dat vanzelf).`,
    );
  }
}

export function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const probe = createServer();
    probe.unref();
    probe.on("error", reject);
    probe.listen(0, () => {
      const address = probe.address();
      const port = typeof address === "object" && address ? address.port : 0;
      probe.close(() => resolvePort(port));
    });
  });
}

/** A temp directory for a server's database; close() removes it. */
export function tempDir(prefix = "modelwerk-test-"): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/**
 * Starts the real production server (`node --import tsx server.ts` with NODE_ENV=production) as a child process on a
 * free port with its own database file, and waits until it answers HTTP.
 */
export async function startServer(options: StartOptions = {}): Promise<TestServer> {
  assertBuilt();
  const port = await freePort();
  const ownDir = options.databasePath ? undefined : tempDir();
  const databasePath = options.databasePath ?? join(ownDir!, "modelwerk.db");
  const url = `http://127.0.0.1:${port}`;
  let child: ChildProcess | undefined;
  let log = "";

  const launch = async () => {
    log += `--- start ${new Date().toISOString()}\n`;
    const proc = spawn(process.execPath, ["--import", "tsx", ...(options.preload ?? []).flatMap((module) => ["--import", module]), "server.ts"], {
      cwd: ROOT,
      env: serverEnv(port, databasePath, options.env),
      stdio: ["ignore", "pipe", "pipe"],
    });
    child = proc;
    proc.stdout!.on("data", (chunk) => (log += chunk));
    proc.stderr!.on("data", (chunk) => (log += chunk));
    const exited = new Promise<never>((_, reject) =>
      proc.once("exit", (code, signal) => reject(new Error(`Server stopte tijdens het starten (code ${code}, signaal ${signal}):\n${log}`))),
    );
    exited.catch(() => {});
    const deadline = Date.now() + START_TIMEOUT_MS;
    for (;;) {
      try {
        await Promise.race([fetch(`${url}/login`, { redirect: "manual", signal: AbortSignal.timeout(5_000) }).then((r) => r.arrayBuffer()), exited]);
        return;
      } catch (error) {
        if (proc.exitCode !== null || proc.signalCode !== null) throw error;
        if (Date.now() > deadline) {
          proc.kill("SIGKILL");
          throw new Error(`Server antwoordde niet binnen ${START_TIMEOUT_MS} ms op ${url}:\n${log}`);
        }
        await new Promise((r) => setTimeout(r, 50));
      }
    }
  };

  const stop = async (): Promise<number | null> => {
    const proc = child;
    child = undefined;
    if (!proc || proc.exitCode !== null || proc.signalCode !== null) return proc?.exitCode ?? null;
    const done = new Promise<number | null>((r) => proc.once("exit", (code) => r(code)));
    proc.kill("SIGTERM");
    const timer = setTimeout(() => proc.kill("SIGKILL"), 10_000);
    const code = await done;
    clearTimeout(timer);
    return code;
  };

  // A crashed or aborted test run must not leave servers behind.
  const killOnExit = () => child?.kill("SIGKILL");
  process.once("exit", killOnExit);

  try {
    await launch();
  } catch (error) {
    process.off("exit", killOnExit);
    if (ownDir) rmSync(ownDir, { recursive: true, force: true });
    throw error;
  }
  return {
    url,
    port,
    databasePath,
    pid: () => child?.pid,
    output: () => log,
    stop,
    restart: async () => {
      await stop();
      await launch();
    },
    close: async () => {
      await stop();
      process.off("exit", killOnExit);
      if (ownDir) rmSync(ownDir, { recursive: true, force: true });
    },
  };
}
