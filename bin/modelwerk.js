#!/usr/bin/env node
// The CLI is TypeScript like the rest; tsx loads it so there is no separate build step for it.
import { register } from "tsx/esm/api";

register();
const { runCli } = await import("../app/cli/main.ts");
process.exitCode = await runCli(process.argv.slice(2), { out: (line) => console.log(line), err: (line) => console.error(line) });
