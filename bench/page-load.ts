// Issue 13, "Speed under load": the production server under 200 logged-in clients, loopback only, a bounded count.
// - requests per second of Almelo's choices page as a ratio to a static file of the same bytes from the same server,
//   for the Twente model and for a 310-article model (bench/large-model.ts);
// - an editor's round trip (a Yjs edit through /collab until a second client has it) while the page is under load,
//   against idle;
// - the longest block of the server's event loop (bench/loop-monitor.ts), under load and for single cold requests of
//   every page that resolves or lints, at 114 municipalities × 310 articles.
// It ends with issue 13's four goals against this run's figures, each met or not.
// Needs `npm run build`. Run: npx tsx bench/page-load.ts   (CONNECTIONS, PER_CLIENT, PER_CLIENT_LARGE, PROBES override
// 200, 3, 1, 100; PROF=1 writes a CPU profile of the server to PROF_DIR or /tmp/prof; MODELS=twente or MODELS=large runs the load of
// one model only, SINGLES=0 skips the single requests; a goal whose figures were not measured is left out)
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import autocannon from "autocannon";
import { openDatabase, closeDatabase } from "../db/client";
import { seedDatabase } from "../db/seed/index";
import { municipalities } from "../db/schema";
import { getModelRow, insertModel } from "../db/queries/models";
import { findCredentials } from "../db/queries/users";
import { ensureSetting, generatedSecret } from "../db/queries/settings";
import { readConfig } from "../app/config.server";
import { startSession } from "../app/session.server";
import { assertBuilt, freePort, ROOT } from "../test/support/server";
import { articleText, collabClient, type CollabClient } from "../test/collab/support";
import { largeModel } from "./large-model";

const CONNECTIONS = Number(process.env.CONNECTIONS ?? 200);
/** Requests per client: at 310 articles one each, so that a run stays within minutes on a shared machine. */
const PER_CLIENT = { twente: Number(process.env.PER_CLIENT ?? 3), large: Number(process.env.PER_CLIENT_LARGE ?? 1) };
const PROBES = Number(process.env.PROBES ?? 100);
const MODELS = (process.env.MODELS ?? "twente,large").split(",");
const SINGLES = process.env.SINGLES !== "0";
/** A typist's pace between two round-trip probes. */
const PROBE_GAP_MS = 100;

assertBuilt();
const dir = mkdtempSync(join(tmpdir(), "modelwerk-bench-load-"));
const databasePath = join(dir, "modelwerk.db");
const staticFiles: string[] = [];
let server: ChildProcess | undefined;
const cleanUp = () => {
  server?.kill("SIGTERM");
  for (const file of staticFiles) rmSync(file, { force: true });
  rmSync(dir, { recursive: true, force: true });
};
process.on("exit", cleanUp);

// ── the database: the Twente region with 114 municipalities, the Twente model and a 310-article model ──
const db = openDatabase(databasePath);
await seedDatabase(db, { demo: true });
const twente = getModelRow(db, 1)!;
db.insert(municipalities)
  .values(Array.from({ length: 100 }, (_, i) => ({ regionId: twente.regionId, slug: `bench-${i + 1}`, name: `Benchgemeente ${i + 1}` })))
  .run();
const large = insertModel(db, twente.regionId, "Groot model (310 artikelen)", largeModel(10));
const port = await freePort();
const base = `http://127.0.0.1:${port}`;
const context = { db, config: readConfig({ ...process.env, PORT: String(port), DATABASE_PATH: databasePath }), sessionSecret: ensureSetting(db, "session-secret", generatedSecret), clientAddress: "" };
const sessions = async (email: string, count: number) => {
  const userId = findCredentials(db, email)!.account.id;
  const cookies: string[] = [];
  for (let i = 0; i < count; i++) cookies.push((await startSession(new Request(`${base}/login`), context, userId, "/")).headers.get("set-cookie")!.split(";")[0]!);
  return cookies;
};
const almelo = await sessions("gemeente.almelo@modelwerk.test", CONNECTIONS);
const [redactie] = await sessions("redactie@modelwerk.test", 1);
const editors = await sessions("werkgroep@modelwerk.test", 2);
closeDatabase(db);

// ── the server: production build, the loop monitor preloaded ──
const loopMonitor = new URL("./loop-monitor.ts", import.meta.url).pathname;
server = spawn(process.execPath, ["--import", "tsx", "--import", loopMonitor, ...(process.env.PROF ? ["--cpu-prof", `--cpu-prof-dir=${process.env.PROF_DIR ?? "/tmp/prof"}`] : []), "server.ts"], {
  cwd: ROOT,
  env: { ...process.env, NODE_ENV: "production", PORT: String(port), DATABASE_PATH: databasePath },
  stdio: ["ignore", "ignore", "inherit", "ipc"],
});
for (let ready = false; !ready; ) ready = await fetch(`${base}/login`).then((r) => r.ok, () => new Promise((r) => setTimeout(() => r(false), 100)));

const ask = (message: "loop-reset" | "loop-report") =>
  new Promise<{ maxMs: number; p99Ms: number }>((resolve) => {
    server!.once("message", (m) => resolve((m as { loop: { maxMs: number; p99Ms: number } }).loop));
    server!.send(message);
  });
const loop = { reset: () => ask("loop-reset"), report: () => ask("loop-report") };

const get = async (path: string, cookie: string) => {
  const start = performance.now();
  const response = await fetch(base + path, { headers: { cookie, "accept-encoding": "identity" } });
  const body = await response.text();
  if (!response.ok) throw new Error(`${path}: ${response.status}`);
  return { body, ms: performance.now() - start };
};

/**
 * 200 clients, each with its own session, asking for one URL as fast as the server answers, `perClient` times each:
 * a bounded count, so that requests still in flight at the end of a time window do not go uncounted (with 200
 * clients served in parallel, most finish together). Requests per second are the count over the time it took.
 */
async function load(path: string, perClient: number) {
  let next = 0;
  const result = await autocannon({
    url: base + path,
    connections: CONNECTIONS,
    amount: CONNECTIONS * perClient,
    timeout: 600,
    setupClient: (client) => client.setHeaders({ cookie: almelo[next++ % almelo.length]!, "accept-encoding": "br, gzip" }),
  });
  const answered = result.requests.total;
  const failed = result.errors + result.timeouts + result.non2xx;
  return { rps: answered / result.duration, seconds: result.duration, p99: result.latency.p99, failed, bytesPerResponse: result.throughput.total / Math.max(answered, 1) };
}

// ── round trips: an editor types into article "Aanvraag", a second client sees it ──
const connect = async (cookie: string, modelId: number) => {
  const client = collabClient(base, cookie, modelId);
  await client.synced;
  return client;
};
function roundTrip(editor: CollabClient, observer: CollabClient): Promise<number> {
  const target = articleText(editor.doc, "art-aanvraag").length + 1;
  const seen = () => articleText(observer.doc, "art-aanvraag").length >= target;
  return new Promise((resolve) => {
    const start = performance.now();
    const check = () => {
      if (!seen()) return;
      observer.doc.off("update", check);
      resolve(performance.now() - start);
    };
    observer.doc.on("update", check);
    articleText(editor.doc, "art-aanvraag").insert(0, "x");
  });
}
async function probe(editor: CollabClient, observer: CollabClient, keepGoing: () => boolean) {
  const samples: number[] = [];
  while (keepGoing()) {
    samples.push(await roundTrip(editor, observer));
    await new Promise((r) => setTimeout(r, PROBE_GAP_MS));
  }
  return samples;
}
const percentile = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))]!;

// ── the runs ──
const pagePath = (modelId: number) => `/modellen/${modelId}/gemeenten/almelo`;
const rows: string[] = [];
const print = (line: string) => {
  rows.push(line);
  console.log(line);
};
const results = new Map<string, { ratio: number; p99Ratio: number }>();
const singleBlocks: { label: string; maxMs: number }[] = [];
const fmt = (n: number, digits = 0) => n.toLocaleString("en-GB", { maximumFractionDigits: digits, minimumFractionDigits: digits });

print(`load average at start: ${loadavg().map((l) => l.toFixed(1)).join(", ")}`);
print("| model | page | static copy, req/s | page, req/s (requests in s) | ratio | page p99 | failed | page bytes sent | round trip idle p50 / p99 | under load p50 / p99 (samples) | p99 ratio | loop max under load |");
print("|---|---|---|---|---|---|---|---|---|---|---|---|");
for (const [name, label, modelId, perClient] of [
  ["twente", "Twente, 31 articles", 1, PER_CLIENT.twente],
  ["large", "310 articles", large, PER_CLIENT.large],
] as const) {
  if (!MODELS.includes(name)) continue;
  for (let i = 0; i < 5; i++) await get(pagePath(modelId), almelo[0]!);
  const { body } = await get(pagePath(modelId), almelo[0]!);
  // The static file is the page's own bytes, served and compressed by the same server as any asset.
  const copy = join(ROOT, "build/client", `bench-page-copy-${process.pid}-${modelId}.html`);
  writeFileSync(copy, body);
  staticFiles.push(copy);

  const editor = await connect(editors[0]!, modelId);
  const observer = await connect(editors[1]!, modelId);
  let count = 0;
  const idle = await probe(editor, observer, () => count++ < PROBES);

  const staticRun = await load(`/${copy.split("/").pop()}`, perClient);
  await loop.reset();
  let loading = true;
  const [pageRun, underLoad] = await Promise.all([load(pagePath(modelId), perClient).finally(() => (loading = false)), probe(editor, observer, () => loading)]);
  const blocked = await loop.report();
  editor.destroy();
  observer.destroy();
  results.set(name, { ratio: pageRun.rps / staticRun.rps, p99Ratio: percentile(underLoad, 99) / percentile(idle, 99) });
  print(
    `| ${label} | ${fmt(body.length / 1000)} kB | ${fmt(staticRun.rps)} | ${fmt(pageRun.rps, 1)} (${CONNECTIONS * perClient} in ${pageRun.seconds} s) | ${(pageRun.rps / staticRun.rps).toFixed(3)}× | ${fmt(pageRun.p99)} ms | ${pageRun.failed} | ${fmt(pageRun.bytesPerResponse / 1000)} kB | ${fmt(percentile(idle, 50), 1)} / ${fmt(percentile(idle, 99), 1)} ms | ${fmt(percentile(underLoad, 50), 1)} / ${fmt(percentile(underLoad, 99), 1)} ms (${underLoad.length}) | ${(percentile(underLoad, 99) / percentile(idle, 99)).toFixed(2)}× | ${fmt(blocked.maxMs)} ms |`,
  );
}

// ── single requests at 114 municipalities × 310 articles: cold (right after a live edit) and warm ──
// First the server finishes what the load left behind, so that a single request has the loop to itself.
const ping = join(ROOT, "build/client", `bench-ping-${process.pid}.txt`);
writeFileSync(ping, "1");
staticFiles.push(ping);
for (let quick = 0; quick < 3; ) {
  const start = performance.now();
  await fetch(`${base}/${ping.split("/").pop()}`).then((r) => r.text());
  quick = performance.now() - start < 20 ? quick + 1 : 0;
  await new Promise((r) => setTimeout(r, 100));
}
if (SINGLES) {
  print("");
  print("| page (114 municipalities × 310 articles) | cold: time | cold: loop max | warm: time | warm: loop max |");
  print("|---|---|---|---|---|");
}
const editor = await connect(editors[0]!, large);
const observer = await connect(editors[1]!, large);
const pages: [string, string, string][] = [
  ["choices page", pagePath(large), almelo[0]!],
  ["preview", `${pagePath(large)}/voorbeeld`, almelo[0]!],
  ["model page", `/modellen/${large}`, almelo[0]!],
  ["matrix", `/modellen/${large}/overzicht`, redactie!],
  ["documents page", `/modellen/${large}/documenten`, redactie!],
];
for (const [label, path, cookie] of SINGLES ? pages : []) {
  await roundTrip(editor, observer); // a live edit: every cached text of the model is out of date
  const measure = async () => {
    await loop.reset();
    const { ms } = await get(path, cookie);
    return { ms, ...(await loop.report()) };
  };
  const cold = await measure();
  const warm = await measure();
  singleBlocks.push({ label, maxMs: Math.max(cold.maxMs, warm.maxMs) });
  print(`| ${label} | ${fmt(cold.ms)} ms | ${fmt(cold.maxMs)} ms | ${fmt(warm.ms)} ms | ${fmt(warm.maxMs)} ms |`);
}
editor.destroy();
observer.destroy();
// Issue 13's goals, against this run's figures (wall times: the load average says how far a shared machine is off).
const small = results.get("twente");
const big = results.get("large");
const met = (ok: boolean) => (ok ? "met" : "NOT met");
print("");
if (small) print(`goal: choices page ≥ 0.2× the static copy's req/s, Twente: ${small.ratio.toFixed(3)}× — ${met(small.ratio >= 0.2)}`);
if (small && big) print(`goal: 310 articles within 2× of Twente's ratio (≥ ${(small.ratio / 2).toFixed(3)}×): ${big.ratio.toFixed(3)}× — ${met(big.ratio >= small.ratio / 2)}`);
else if (big) print(`310 articles: ${big.ratio.toFixed(3)}× the static copy (the goal, within 2× of Twente's ratio, needs both models)`);
const trips = [...results].map(([name, r]) => `${name} ${r.p99Ratio.toFixed(2)}×`).join(", ");
if (results.size) print(`goal: editor round trip p99 under load ≤ 3× idle: ${trips} — ${met([...results.values()].every((r) => r.p99Ratio <= 3))}`);
if (singleBlocks.length) {
  const longest = singleBlocks.reduce((a, b) => (b.maxMs > a.maxMs ? b : a));
  print(`goal: no single request blocks the loop > 100 ms at 114 × 310: longest ${fmt(longest.maxMs)} ms (${longest.label}) — ${met(longest.maxMs <= 100)}`);
}
print(`load average at end: ${loadavg().map((l) => l.toFixed(1)).join(", ")}`);
server.kill("SIGTERM");
await new Promise((r) => server!.once("exit", r));
process.exit(0);
