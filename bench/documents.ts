// Benchmark for issues 7 and 10: the CLI making all 14 raadsbesluiten against pandoc converting the same 14 resolved
// ordinances from HTML (renderHtml) to .docx, in the same run, alternating, three rounds. Documents are refused
// without a definitive version and decision data, so the bench records both first. Run: npx tsx bench/documents.ts
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { openDatabase, closeDatabase } from "../db/client";
import { seedContent } from "../db/seed/index";
import { listModels, getModelRow } from "../db/queries/models";
import { listMunicipalities } from "../db/queries/regions";
import { renderHtml } from "../ordinance-model/index";
import { currentModel } from "../app/models.server";
import { municipalText } from "../app/resolved-cache.server";
import { insertVersion } from "../db/queries/consultation";
import { markDefinitive, saveDecisionData } from "../db/queries/decisions";

const ROUNDS = 3;
const dir = mkdtempSync(join(tmpdir(), "modelwerk-bench-documents-"));
const databasePath = join(dir, "modelwerk.db");
const env: NodeJS.ProcessEnv = { ...process.env, DATABASE_PATH: databasePath, NODE_ENV: "production" };

// The database and the 14 HTML files are made before timing: both sides start from a ready text.
const db = openDatabase(databasePath);
seedContent(db);
const row = getModelRow(db, listModels(db, 1)[0]!.id)!;
const model = currentModel(db, row);
markDefinitive(db, row.id, insertVersion(db, row.id, "Definitief", model.doc.toJSON(), null), null);
for (const [i, m] of listMunicipalities(db, row.regionId).entries())
  saveDecisionData(db, row.id, m.id, { proposalNumber: `RV-${i + 1}`, collegeDate: "2026-04-14", councilDate: "2026-05-18", mayor: `Burgemeester ${m.name}`, clerk: `Griffier ${m.name}` }, null);
const htmlFiles = listMunicipalities(db, row.regionId).map((m) => {
  const { resolved } = municipalText(db, row, model, m);
  const path = join(dir, `${m.slug}.html`);
  writeFileSync(path, `<!doctype html><html lang="nl"><meta charset="utf-8"><title>${m.name}</title><body>${renderHtml(resolved)}</body></html>`);
  return path;
});
closeDatabase(db);

const time = (work: () => void) => {
  const start = performance.now();
  work();
  return performance.now() - start;
};
const ours = () => execFileSync("node", ["bin/modelwerk.js", "generate", "raadsbesluit", "--all", "-o", join(dir, "ours")], { env, stdio: "ignore" });
const pandoc = () => htmlFiles.forEach((f) => execFileSync("pandoc", [f, "-f", "html", "-t", "docx", "-o", f.replace(/\.html$/, ".docx")]));

// The machine may be shared: the load average says how far these figures are from a quiet machine's, and whether
// `generate --all` used workers (it does only on idle cores; MODELWERK_WORKERS overrides).
const load = () => loadavg().map((l) => l.toFixed(1)).join(" / ");
console.log(`load average at the start: ${load()}`);
const rows: { round: number; ours: number; pandoc: number }[] = [];
for (let round = 1; round <= ROUNDS; round++) rows.push({ round, ours: time(ours), pandoc: time(pandoc) });
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
for (const r of rows) console.log(`round ${r.round}: CLI ${r.ours.toFixed(0)} ms, pandoc ${r.pandoc.toFixed(0)} ms, ratio ${(r.ours / r.pandoc).toFixed(2)}×`);
const m = { ours: median(rows.map((r) => r.ours)), pandoc: median(rows.map((r) => r.pandoc)) };
console.log(`median: CLI ${m.ours.toFixed(0)} ms, pandoc ${m.pandoc.toFixed(0)} ms, ratio ${(m.ours / m.pandoc).toFixed(2)}× (goal ≤ 0.2×)`);
console.log(`load average at the end: ${load()}`);
rmSync(dir, { recursive: true, force: true });
