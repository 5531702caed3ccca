// Preloaded into the server by bench/page-load.ts (node --import): measures how long the event loop was blocked, so
// the server itself needs no hook. "loop-reset" starts a measurement, "loop-report" reports it; both answer, so that the
// bench knows the measurement began before it sends a request.
import { monitorEventLoopDelay } from "node:perf_hooks";

const delay = monitorEventLoopDelay({ resolution: 10 });
delay.enable();
process.on("message", (message) => {
  if (message === "loop-reset") delay.reset();
  process.send!({ loop: { maxMs: delay.max / 1e6, p99Ms: delay.percentile(99) / 1e6 } });
});
