// Update-propagation latency with 50 simulated editors in one model, against the app's /collab and, in the same
// run, against a bare Hocuspocus server (no authentication, no persistence). Prints a Markdown table.
// The third server, "suggesting", is the app with SUGGESTERS (10) of the editors set to Voorstellen: they type
// suggested insertions, each checked by the suggestion guard (issue 17).
// Run: npx tsx bench/collab-latency.ts   (EDITORS, SECONDS, ROUNDS, KEYSTROKE_MS and SUGGESTERS override the defaults;
// SERVERS=modelwerk,suggesting runs only those; PROF=1 writes CPU profiles of the servers to /tmp/prof, or to PROF_DIR)
// A p99 of one 10 s round is set by the slowest ~20 updates, so one stall moves it: the ratios are taken between the
// medians over ROUNDS (5) rounds, and each round starts with a different server so that none always runs last. The
// server's CPU time per keystroke is printed too: on a loaded machine it says more about the cost than a wall time.
import { fork } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import * as Y from "yjs";
import { HocuspocusProvider, HocuspocusProviderWebsocket } from "@hocuspocus/provider";
import { freePort } from "../test/support/server";
import { webSocketWithHeaders } from "../test/collab/support";
import { modelDocumentName } from "../app/collab/document-name";
import { ORDINANCE_FRAGMENT } from "../app/collab/ordinance-ydoc.server";

const EDITORS = Number(process.env.EDITORS ?? 50);
const SECONDS = Number(process.env.SECONDS ?? 10);
const ROUNDS = Number(process.env.ROUNDS ?? 5);
/** A brisk typist: one keystroke every 250 ms per editor, i.e. 200 updates per second into the model with 50 editors. */
const KEYSTROKE_MS = Number(process.env.KEYSTROKE_MS ?? 250);

const SUGGESTERS = Number(process.env.SUGGESTERS ?? 10);

type Mode = "bare" | "modelwerk" | "suggesting";
interface Result {
  mode: Mode;
  samples: number;
  p50: number;
  p99: number;
  max: number;
  peakRssMb: number;
  loopDelayP99Ms: number;
  /** The server's CPU time from the first keystroke until all editors hold the same state, per keystroke sent. */
  cpuPerKeystrokeMs: number;
}

async function startBenchServer(mode: Mode) {
  const directory = mkdtempSync(join(tmpdir(), "modelwerk-bench-"));
  const port = await freePort();
  const child = fork(new URL("./collab-bench-server.ts", import.meta.url).pathname, [mode === "bare" ? "bare" : "modelwerk", String(port), join(directory, "bench.db")], {
    execArgv: ["--import", "tsx", ...(process.env.PROF ? ["--cpu-prof", `--cpu-prof-dir=${process.env.PROF_DIR ?? "/tmp/prof"}`] : [])],
    env: { ...process.env, EDITORS: String(EDITORS), SUGGESTERS: String(mode === "suggesting" ? SUGGESTERS : 0) },
  });
  const { cookies, userIds = [] } = await new Promise<{ cookies: string[]; userIds?: number[] }>((resolve) => child.once("message", (m) => resolve(m as { cookies: string[]; userIds?: number[] })));
  return {
    url: `ws://127.0.0.1:${port}/collab`,
    origin: `http://127.0.0.1:${port}`,
    cookies,
    userIds,
    start: () => child.send("start"),
    memory: () => new Promise<{ peakRss: number; loopDelayP99Ms: number; cpuMs: number }>((resolve) => (child.once("message", (m) => resolve(m as { peakRss: number; loopDelayP99Ms: number; cpuMs: number })), child.send("memory"))),
    stop: () => {
      child.kill(process.env.PROF ? "SIGINT" : "SIGKILL");
      rmSync(directory, { recursive: true, force: true });
    },
  };
}

async function run(mode: Mode): Promise<Result> {
  const server = await startBenchServer(mode);
  const sentAt = new Map<string, number>();
  const latencies: number[] = [];
  const editors = Array.from({ length: EDITORS }, (_, i) => {
    const headers: Record<string, string> = { origin: server.origin };
    if (server.cookies[i]) headers.cookie = server.cookies[i];
    const websocketProvider = new HocuspocusProviderWebsocket({ url: server.url, WebSocketPolyfill: webSocketWithHeaders(headers) });
    const doc = new Y.Doc();
    const provider = new HocuspocusProvider({ websocketProvider, name: modelDocumentName(1), document: doc });
    provider.attach();
    // Every update from the server: each keystroke it completes is one latency sample (send → arrival here).
    doc.on("update", (update: Uint8Array, origin: unknown) => {
      if (origin !== provider || sentAt.size === 0) return;
      const now = performance.now();
      for (const { id, length } of Y.decodeUpdate(update).structs) {
        for (let clock = id.clock; clock < id.clock + length; clock++) {
          const at = sentAt.get(`${id.client}:${clock}`);
          if (at !== undefined) latencies.push(now - at);
        }
      }
    });
    const synced = new Promise<void>((resolve) => provider.on("synced", () => resolve()));
    return { doc, provider, websocketProvider, synced };
  });
  await Promise.all(editors.map((e) => e.synced));

  const texts = (doc: Y.Doc) => [...doc.getXmlFragment(ORDINANCE_FRAGMENT).createTreeWalker((t) => t instanceof Y.XmlText)] as Y.XmlText[];
  const deadline = performance.now() + SECONDS * 1000;
  server.start();
  await Promise.all(
    editors.map(async (editor, i) => {
      const text = texts(editor.doc)[i * 7];
      await new Promise((r) => setTimeout(r, Math.random() * KEYSTROKE_MS));
      while (performance.now() < deadline) {
        sentAt.set(`${editor.doc.clientID}:${Y.getState(editor.doc.store, editor.doc.clientID)}`, performance.now());
        // A suggester's keystroke carries its own insertion mark.
        const suggestion = mode === "suggesting" && i < SUGGESTERS ? { suggestedInsertion: { id: `bench-${i}`, author: server.userIds[i], authorName: `Editor ${i}`, at: "2026-12-01T12:00:00.000Z" } } : undefined;
        text.insert(Math.min(2, text.length), "x", suggestion);
        await new Promise((r) => setTimeout(r, KEYSTROKE_MS));
      }
    }),
  );
  // Wait (up to 20 s on a loaded machine) until every editor holds the same state.
  const converged = () => {
    const reference = Buffer.from(Y.encodeStateVector(editors[0].doc));
    return editors.every((e) => Buffer.compare(Buffer.from(Y.encodeStateVector(e.doc)), reference) === 0);
  };
  for (const until = performance.now() + 20_000; !converged() && performance.now() < until; ) await new Promise((r) => setTimeout(r, 100));
  const { peakRss, loopDelayP99Ms, cpuMs } = await server.memory();
  if (!converged()) throw new Error(`${mode}: de editors zijn niet gelijk geëindigd`);
  for (const editor of editors) {
    editor.provider.destroy();
    editor.websocketProvider.destroy();
  }
  server.stop();
  latencies.sort((a, b) => a - b);
  const at = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))];
  return { mode, samples: latencies.length, p50: at(0.5), p99: at(0.99), max: latencies.at(-1)!, peakRssMb: peakRss / 1024 / 1024, loopDelayP99Ms, cpuPerKeystrokeMs: cpuMs / sentAt.size };
}

const MODES = (process.env.SERVERS?.split(",") ?? ["bare", "modelwerk", "suggesting"]) as Mode[];
const results: (Result & { round: number })[] = [];
for (let round = 1; round <= ROUNDS; round++) {
  for (let i = 0; i < MODES.length; i++) results.push({ ...(await run(MODES[(i + round - 1) % MODES.length])), round });
}

console.log(`| round | server | samples | p50 (ms) | p99 (ms) | max (ms) | server peak RSS (MB) | server event-loop delay p99 (ms) | server CPU per keystroke (ms) |`);
console.log(`|---|---|---|---|---|---|---|---|---|`);
for (const r of [...results].sort((a, b) => a.round - b.round || MODES.indexOf(a.mode) - MODES.indexOf(b.mode))) {
  console.log(`| ${r.round} | ${r.mode} | ${r.samples} | ${r.p50.toFixed(1)} | ${r.p99.toFixed(1)} | ${r.max.toFixed(1)} | ${r.peakRssMb.toFixed(0)} | ${r.loopDelayP99Ms.toFixed(1)} | ${r.cpuPerKeystrokeMs.toFixed(3)} |`);
}
const median = (mode: Mode, key: "p50" | "p99" | "peakRssMb" | "cpuPerKeystrokeMs") => {
  const values = results.filter((r) => r.mode === mode).map((r) => r[key]).sort((a, b) => a - b);
  const middle = values.length / 2;
  return Number.isInteger(middle) ? (values[middle - 1] + values[middle]) / 2 : values[Math.floor(middle)];
};
const ratios = (of: Mode, to: Mode) => {
  if (!MODES.includes(of) || !MODES.includes(to)) return;
  for (const key of ["p50", "p99", "peakRssMb", "cpuPerKeystrokeMs"] as const) console.log(`${key}: ${of} / ${to} = ${(median(of, key) / median(to, key)).toFixed(2)} (medians over ${ROUNDS} rounds)`);
};
ratios("modelwerk", "bare");
ratios("suggesting", "modelwerk");
console.log(`goal (issue 17): p99 suggesting / modelwerk ≤ 1.2; load average ${loadavg().map((l) => l.toFixed(1)).join(" ")}`);
process.exit(0);
