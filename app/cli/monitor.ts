import { readFileSync, writeFileSync } from "node:fs";
import { basename } from "node:path";
import { parseArgs } from "node:util";
import type { Db } from "../../db/client";
import { isHalfYear } from "../../fair-share/index";
import { saveReports } from "../../db/queries/monitor";
import { toCsv } from "../csv.server";
import { choosePeriod, loadRegionMonitor, monitorView } from "../monitor/monitor.server";
import { buildMonitorReport } from "../monitor/report.server";
import { monitorTables, TABLE_KEYS } from "../monitor/tables";
import { readUpload, templateCsv } from "../monitor/upload.server";
import { UsageError, type CliIo } from "./io";
import { requireRegion } from "./lookup";

/** `monitor template|import|export|report`: the same reading, checks and tables as the pages. */
export async function monitorCommand(db: Db, args: string[], io: CliIo): Promise<number> {
  const [sub, ...rest] = args;
  const { values, positionals } = parseArgs({
    args: rest,
    allowPositionals: true,
    options: { regio: { type: "string" }, halfjaar: { type: "string" }, format: { type: "string" }, o: { type: "string", short: "o" } },
  });
  if (!values.regio) throw new UsageError("Geef de regio met --regio SLUG.");
  if (values.halfjaar !== undefined && !isHalfYear(values.halfjaar)) throw new UsageError(`--halfjaar: "${values.halfjaar}" is geen halfjaar; schrijf 2026-1 of 2026-2.`);
  const region = requireRegion(db, values.regio);
  const monitor = loadRegionMonitor(db, region.id);

  if (sub === "template") {
    io.out(templateCsv(monitor.input.region, monitor.input.region.map((m) => ({ slug: m.slug }))).trimEnd());
    return 0;
  }
  if (sub === "import") {
    const [file] = positionals;
    if (!file || !values.halfjaar) throw new UsageError("Gebruik: monitor import --regio SLUG --halfjaar JJJJ-1|JJJJ-2 BESTAND.");
    let bytes: Uint8Array;
    try {
      bytes = readFileSync(file);
    } catch (error) {
      io.err(`${file}: niet te lezen (${(error as Error).message}).`);
      return 1;
    }
    const upload = await readUpload({ name: basename(file), bytes }, monitor.input.region, new Set(monitor.input.region.map((m) => m.slug)));
    if (!upload.ok) {
      for (const problem of upload.problems) io.err(`${file}: ${problem}`);
      return 1;
    }
    const ids = new Map(monitor.municipalities.map((m) => [m.slug, m.id]));
    const saved = saveReports(db, { regionId: region.id, period: values.halfjaar, userId: null, reports: upload.rows.map((r) => ({ municipalityId: ids.get(r.slug)!, figures: r.figures })) });
    if (!saved.ok) {
      io.err(`Halfjaar ${values.halfjaar} is afgesloten; er is niets opgeslagen.`);
      return 1;
    }
    io.out(`${upload.rows.length} gemeenten ingelezen voor ${values.halfjaar} (${saved.changed} cellen gewijzigd).`);
    return 0;
  }
  if (sub === "export" || sub === "report") {
    const period = choosePeriod(monitor, values.halfjaar);
    if (!period) {
      io.err(`Regio ${region.name} heeft nog geen cijfers.`);
      return 1;
    }
    const view = monitorView(monitor, period);
    if (sub === "report") {
      if (!values.o) throw new UsageError("Gebruik: monitor report --regio SLUG [--halfjaar …] -o BESTAND.docx.");
      writeFileSync(values.o, await buildMonitorReport(region.name, view, monitor.emergencies));
      io.out(`Rapportage ${view.periodLabel} geschreven naar ${values.o}.`);
      return 0;
    }
    const tables = monitorTables(view);
    if (values.format === "json") {
      io.out(JSON.stringify({ regio: region.slug, halfjaar: period, demo: view.demo, afgesloten: view.closed, monitor: view.current, wederkerigheid: view.ledger, verloop: view.trends }, null, 2));
      return 0;
    }
    if (values.format === "csv") {
      io.out(TABLE_KEYS.map((key) => toCsv([[tables[key].title], tables[key].head, ...tables[key].rows]).replace(/^\uFEFF/, "")).join("\r\n").trimEnd());
      return 0;
    }
    throw new UsageError("Gebruik: monitor export --regio SLUG [--halfjaar …] --format json|csv.");
  }
  throw new UsageError(`Onbekende opdracht "monitor ${sub ?? ""}".`);
}
