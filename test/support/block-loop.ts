// Test-only, preloaded into the server (`startServer({ preload })`), never part of it: SIGUSR2 blocks the process's
// event loop until the test releases it, so that a test can show what still answers while the pages cannot.
// The loop is blocked from the moment `<MODELWERK_TEST_BLOCK_FILE>.blocked` exists until `<…>.release` does.
import { existsSync, writeFileSync } from "node:fs";

const file = process.env.MODELWERK_TEST_BLOCK_FILE;
const nap = new Int32Array(new SharedArrayBuffer(4));
if (file) {
  process.on("SIGUSR2", () => {
    writeFileSync(`${file}.blocked`, "");
    // Atomics.wait sleeps without returning to the event loop.
    while (!existsSync(`${file}.release`)) Atomics.wait(nap, 0, 0, 5);
  });
}
