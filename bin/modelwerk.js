#!/usr/bin/env node
// The CLI is TypeScript like the rest; tsx loads it so there is no separate build step for it.
import { register } from "tsx/esm/api";

register();
// Piping into `head` closes stdout early; that is the reader's choice, not an error.
process.stdout.on("error", (error) => {
  if (error.code === "EPIPE") process.exit(0);
  throw error;
});
const { runCli } = await import("../app/cli/main.ts");
process.exitCode = await runCli(process.argv.slice(2), { out: (line) => console.log(line), err: (line) => console.error(line) });
