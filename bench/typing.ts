// Typing latency in the real editor in Chromium: keydown to the next frame, 200 keystrokes typed into an article,
// for the Twente model and for a model ten times as large (about 310 articles, built here), then 20 times Enter (a new
// member each: a change of structure). Prints a Markdown table.
// Needs the production build (npm run build). Run: npx tsx bench/typing.ts   (KEYSTROKES overrides 200; PROF=1 writes
// a CPU profile of the page per model to /tmp/prof; TRACE=1 a Chromium trace of the typing, which shows the native part)
import { mkdirSync, writeFileSync } from "node:fs";
import { availableParallelism, loadavg } from "node:os";
import { chromium, type Page } from "playwright-core";
import { parseModel } from "../ordinance-model/index";
import { twenteModel, twenteModelMeta } from "../db/seed/twente-model";
import { startServer } from "../test/support/server";
import { readDb, writeDb } from "../test/support/db";
import { DEMO_PASSWORD } from "../db/seed/demo-accounts";
import { largeModel } from "./large-model";

const KEYSTROKES = Number(process.env.KEYSTROKES ?? 200);
const ENTERS = 20;
const TEXT = "de aanvrager woont ten minste twee jaar in de regio ";
const TRACE_CATEGORIES = ["devtools.timeline", "blink", "disabled-by-default-devtools.timeline", "v8.execute"];

/**
 * Installs a listener that, per keydown, waits for the frame after it: a requestAnimationFrame callback, then a message
 * task after that frame's style, layout and paint (and after any React work scheduled before it).
 */
const installProbe = (page: Page) =>
  page.evaluate(() => {
    const w = window as unknown as { typingLatencies: number[]; typingPending: Promise<void> };
    w.typingLatencies = [];
    w.typingPending = Promise.resolve();
    document.addEventListener(
      "keydown",
      (event) => {
        const start = event.timeStamp;
        w.typingPending = new Promise((done) =>
          requestAnimationFrame(() => {
            const channel = new MessageChannel();
            channel.port1.onmessage = () => {
              w.typingLatencies.push(performance.now() - start);
              done();
            };
            channel.port2.postMessage(null);
          }),
        );
      },
      true,
    );
  });

/** Presses the keys one by one, each after the previous one's frame, and returns their latencies. */
async function press(page: Page, keys: readonly string[]): Promise<number[]> {
  await page.evaluate(() => ((window as unknown as { typingLatencies: number[] }).typingLatencies = []));
  for (const key of keys) {
    await page.keyboard.press(key);
    await page.evaluate(() => (window as unknown as { typingPending: Promise<void> }).typingPending);
  }
  return page.evaluate(() => (window as unknown as { typingLatencies: number[] }).typingLatencies);
}

/** Typing latencies, and those of Enter making a new member (a change of structure: numbers and words recomputed). */
async function measure(page: Page, url: string, articleCount: number): Promise<{ typing: number[]; enter: number[] }> {
  await page.goto(url);
  await page.getByRole("status").filter({ hasText: "Verbonden" }).waitFor({ timeout: 60_000 });
  const articles = page.locator('.ProseMirror section[data-node="article"]');
  if ((await articles.count()) !== articleCount) throw new Error(`verwacht ${articleCount} artikelen`);
  // In the middle of the text, at the end of a member that ends in a paragraph (so Enter makes a new member).
  const endsInParagraph = page.locator('.ProseMirror div[data-node="member"] > p[data-node="paragraph"]:last-child');
  const paragraph = endsInParagraph.nth(Math.floor((await endsInParagraph.count()) / 2));
  await paragraph.click();
  await page.keyboard.press("End");
  await installProbe(page);
  const profiler = process.env.PROF ? await page.context().newCDPSession(page) : null;
  await profiler?.send("Profiler.enable");
  await profiler?.send("Profiler.start");
  if (process.env.TRACE) {
    mkdirSync("/tmp/prof", { recursive: true });
    await page.context().browser()!.startTracing(page, { path: `/tmp/prof/typing-${articleCount}.trace.json`, categories: TRACE_CATEGORIES });
  }
  const typing = await press(page, Array.from({ length: KEYSTROKES }, (_, i) => (TEXT[i % TEXT.length] === " " ? "Space" : TEXT[i % TEXT.length]!)));
  if (process.env.TRACE) await page.context().browser()!.stopTracing();
  if (profiler) {
    const { profile } = await profiler.send("Profiler.stop");
    mkdirSync("/tmp/prof", { recursive: true });
    writeFileSync(`/tmp/prof/typing-${articleCount}.cpuprofile`, JSON.stringify(profile));
  }
  const enter = await press(page, Array.from({ length: ENTERS }, () => "Enter"));
  return { typing, enter };
}

const percentile = (sorted: readonly number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
const ms = (n: number) => `${n.toFixed(1)} ms`;

const server = await startServer();
// Not test/support/browser: that module asserts with vitest's expect, which only runs inside vitest.
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu"] });
try {
  const large = largeModel(10);
  const count = (doc: unknown) => [...parseModel(doc).numbering.values()].filter((e) => e.kind === "article").length;
  const { twenteId, regionId } = readDb(server.databasePath, (db) => {
    const row = db.prepare("SELECT id, region_id FROM models WHERE title = ?").get(twenteModelMeta.title) as { id: number; region_id: number };
    return { twenteId: row.id, regionId: row.region_id };
  });
  const largeId = writeDb(server.databasePath, (db) =>
    Number(db.prepare("INSERT INTO models (region_id, title, document) VALUES (?, ?, ?)").run(regionId, "Tienvoudig model (bench)", JSON.stringify(large)).lastInsertRowid),
  );
  const page = await browser.newPage();
  await page.goto(`${server.url}/login`);
  await page.getByLabel("E-mailadres", { exact: true }).fill("redactie@modelwerk.test");
  await page.getByLabel("Wachtwoord", { exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Inloggen" }).click();
  await page.waitForURL(`${server.url}/`);
  const load = [loadavg()[0]!];
  const rows: string[] = [];
  for (const [name, id, doc] of [["Twente model", twenteId, twenteModel], ["tenfold model", largeId, large]] as const) {
    const articles = count(doc);
    const { typing, enter } = await measure(page, `${server.url}/modellen/${id}/bewerken`, articles);
    load.push(loadavg()[0]!);
    for (const [what, latencies] of [["typing", typing], ["Enter, new member", enter]] as const) {
      const sorted = [...latencies].sort((a, b) => a - b);
      const over = sorted.filter((t) => t > 16.7).length;
      rows.push(`| ${name}, ${articles} articles | ${what} | ${sorted.length} | ${ms(percentile(sorted, 50))} | ${ms(percentile(sorted, 95))} | ${ms(sorted.at(-1)!)} | ${over} |`);
    }
  }
  console.log(`Run ${new Date().toISOString()}; 1-minute load average ${load.map((l) => l.toFixed(1)).join(" → ")} on ${availableParallelism()} cores\n`);
  console.log("| model | keys | count | p50 | p95 | max | over 16.7 ms |\n|---|---|---|---|---|---|---|");
  console.log(rows.join("\n"));
} finally {
  await browser.close();
  await server.close();
}
