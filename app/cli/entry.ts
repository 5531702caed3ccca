import { isMainThread } from "node:worker_threads";
import { allowWorkers } from "./generate-parallel";

// The CLI's entry, and in the bundle (build/cli/modelwerk.mjs) also that of its workers (app/cli/generate-parallel.ts):
// a worker thread runs this same module and gets its part of `generate --all`. The commands are imported only on the
// main thread, so a worker loads the document builders and not the rest of the CLI.

if (isMainThread) {
  // Only the bundle is a module a worker can run as it is; from the TypeScript sources, documents are made one by one.
  if (import.meta.url.endsWith(".mjs")) allowWorkers(new URL(import.meta.url));
  const { runCli } = await import("./main");
  // Piping into `head` closes stdout early; that is the reader's choice, not an error.
  process.stdout.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code === "EPIPE") process.exit(0);
    throw error;
  });
  process.exitCode = await runCli(process.argv.slice(2), { out: (line) => console.log(line), err: (line) => console.error(line) });
} else {
  await (await import("./generate")).generateWorker();
}
