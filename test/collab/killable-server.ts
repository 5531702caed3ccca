import { spawn, type ChildProcess } from "node:child_process";
import { join } from "node:path";
import { ROOT, assertBuilt, freePort, tempDir } from "../support/server";

/**
 * The production server as a child process that the test kills with SIGKILL: no shutdown hook runs, no checkpoint,
 * exactly what a power cut or OOM kill leaves behind. (test/support/server.ts only stops with SIGTERM.)
 */
export async function startKillableServer(): Promise<{ url: string; databasePath: string; directory: string; kill9(): Promise<void> }> {
  assertBuilt();
  const port = await freePort();
  const directory = tempDir();
  const databasePath = join(directory, "modelwerk.db");
  const url = `http://127.0.0.1:${port}`;
  const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: "production", PORT: String(port), DATABASE_PATH: databasePath };
  for (const key of ["SESSION_SECRET", "ALLOWED_ORIGINS", "TRUST_PROXY", "MAX_BODY_BYTES", "MODELWERK_DEMO"]) delete env[key];
  const child: ChildProcess = spawn(process.execPath, ["--import", "tsx", "server.ts"], { cwd: ROOT, env, stdio: "ignore" });
  process.once("exit", () => child.kill("SIGKILL"));
  const deadline = Date.now() + 30_000;
  for (;;) {
    try {
      await fetch(`${url}/login`, { signal: AbortSignal.timeout(5_000) }).then((r) => r.arrayBuffer());
      break;
    } catch (error) {
      if (child.exitCode !== null || Date.now() > deadline) throw error;
      await new Promise((r) => setTimeout(r, 50));
    }
  }
  return {
    url,
    databasePath,
    directory,
    kill9: () =>
      new Promise((resolve) => {
        child.once("exit", () => resolve());
        child.kill("SIGKILL");
      }),
  };
}
