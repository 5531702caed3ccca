// Typing latency in the real editor in Chromium: keydown to the next frame, 200 keystrokes typed into an article,
// for the Twente model and for a model ten times as large (about 310 articles, built here). Prints a Markdown table.
// Needs the production build (npm run build). Run: npx tsx bench/typing.ts   (KEYSTROKES overrides 200; PROF=1 writes
// a CPU profile of the page per model to /tmp/prof)
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
const TEXT = "de aanvrager woont ten minste twee jaar in de regio ";

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

async function measure(page: Page, url: string, articleCount: number): Promise<number[]> {
  await page.goto(url);
  await page.getByRole("status").filter({ hasText: "Verbonden" }).waitFor({ timeout: 60_000 });
  const articles = page.locator('.ProseMirror section[data-node="article"]');
  if ((await articles.count()) !== articleCount) throw new Error(`verwacht ${articleCount} artikelen`);
  // An article in the middle of the text, at the end of its first member's first paragraph.
  const paragraph = articles.nth(Math.floor(articleCount / 2)).locator('div[data-node="member"] > p[data-node="paragraph"]').first();
  await paragraph.click();
  await page.keyboard.press("End");
  await installProbe(page);
  const profiler = process.env.PROF ? await page.context().newCDPSession(page) : null;
  await profiler?.send("Profiler.enable");
  await profiler?.send("Profiler.start");
  for (let i = 0; i < KEYSTROKES; i++) {
    await page.keyboard.press(TEXT[i % TEXT.length] === " " ? "Space" : TEXT[i % TEXT.length]!);
    await page.evaluate(() => (window as unknown as { typingPending: Promise<void> }).typingPending);
  }
  if (profiler) {
    const { profile } = await profiler.send("Profiler.stop");
    mkdirSync("/tmp/prof", { recursive: true });
    writeFileSync(`/tmp/prof/typing-${articleCount}.cpuprofile`, JSON.stringify(profile));
  }
  return page.evaluate(() => (window as unknown as { typingLatencies: number[] }).typingLatencies);
}

const percentile = (sorted: readonly number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
const ms = (n: number) => `${n.toFixed(1)} ms`;

const server = await startServer();
// Not test/support/browser: that module asserts with vitest's expect, which only runs inside vitest.
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu"] });
try {
  const large = largeModel(twenteModel, 10);
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
    const sorted = (await measure(page, `${server.url}/modellen/${id}/bewerken`, articles)).sort((a, b) => a - b);
    load.push(loadavg()[0]!);
    const over = sorted.filter((t) => t > 16.7).length;
    rows.push(`| ${name}, ${articles} articles | ${sorted.length} | ${ms(percentile(sorted, 50))} | ${ms(percentile(sorted, 95))} | ${ms(sorted.at(-1)!)} | ${over} |`);
  }
  console.log(`Run ${new Date().toISOString()}; 1-minute load average ${load.map((l) => l.toFixed(1)).join(" → ")} on ${availableParallelism()} cores\n`);
  console.log("| model | keystrokes | p50 | p95 | max | over 16.7 ms |\n|---|---|---|---|---|---|");
  console.log(rows.join("\n"));
} finally {
  await browser.close();
  await server.close();
}
