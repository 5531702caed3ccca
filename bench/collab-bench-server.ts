// A sync server for bench/collab-latency.ts, in its own process so that its memory and event loop are its own.
// Usage: tsx bench/collab-bench-server.ts modelwerk|bare <port> <database file>
import { createServer } from "node:http";
import { monitorEventLoopDelay } from "node:perf_hooks";
import { Server } from "@hocuspocus/server";
import { openDatabase } from "../db/client";
import { seedContent } from "../db/seed/index";
import { createAccount } from "../db/queries/users";
import { setAccountEditingMode } from "../db/queries/editing-modes";
import { getModelRow } from "../db/queries/models";
import { readConfig } from "../app/config.server";
import { startSession } from "../app/session.server";
import { collabUpgrade } from "../app/upgrade.server";
import { createCollabServer } from "../app/collab/sync-server.server";
import { ordinanceToYUpdate } from "../app/collab/ordinance-ydoc.server";
import { twenteModel } from "../db/seed/twente-model";

const [mode, port, databasePath] = process.argv.slice(2);
const editors = Number(process.env.EDITORS ?? 50);
const loopDelay = monitorEventLoopDelay({ resolution: 5 });
loopDelay.enable();
let peakRss = 0;
setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 100).unref();
process.on("SIGINT", () => process.exit(0));
// CPU time from the start of typing: what the server spent, less sensitive to a loaded machine than a wall time.
let cpuAtStart = process.cpuUsage();
process.on("message", (message) => {
  if (message === "start") cpuAtStart = process.cpuUsage();
  if (message === "memory") {
    const { user, system } = process.cpuUsage(cpuAtStart);
    process.send!({ peakRss, loopDelayP99Ms: loopDelay.percentile(99) / 1e6, cpuMs: (user + system) / 1000 });
  }
});

if (mode === "bare") {
  // Hocuspocus as it comes: its own HTTP server, no authentication, no persistence; the same model text in memory.
  const seed = ordinanceToYUpdate(twenteModel);
  await new Server({ quiet: true, stopOnSignals: false, onLoadDocument: async () => seed }).listen(Number(port));
  process.send!({ ready: true, cookies: [] });
} else {
  // The app's /collab wiring (server.ts) without the Remix pages: same upgrade check, policy, store and guards.
  const db = openDatabase(databasePath);
  seedContent(db);
  const config = readConfig({ ...process.env, PORT: port, DATABASE_PATH: databasePath });
  const context = { db, config, sessionSecret: "bench-secret-bench-secret-bench-secret" };
  const regionId = getModelRow(db, 1)!.regionId;
  const cookies: string[] = [];
  const userIds: number[] = [];
  // The first SUGGESTERS editors are set to Voorstellen (issue 17): their updates go through the suggestion guard.
  const suggesters = Number(process.env.SUGGESTERS ?? 0);
  for (let i = 0; i < editors; i++) {
    const userId = createAccount(db, { email: `editor${i}@bench.test`, name: `Editor ${i}`, organisation: "Bench", role: "werkgroep", regionId, municipalityId: null });
    userIds.push(userId);
    if (i < suggesters) setAccountEditingMode(db, userId, "suggest", null);
    const response = await startSession(new Request("http://localhost/login"), { ...context, clientAddress: "" }, userId, "/");
    cookies.push(response.headers.get("set-cookie")!.split(";")[0]);
  }
  const server = createServer((_request, response) => response.end());
  server.on("upgrade", collabUpgrade(context, createCollabServer(context).upgrade));
  server.listen(Number(port), () => process.send!({ ready: true, cookies, userIds }));
}
