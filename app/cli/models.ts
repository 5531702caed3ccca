import { readFileSync, statSync } from "node:fs";
import { parseArgs } from "node:util";
import { ModelError, parseModel } from "../../ordinance-model/index";
import type { Db } from "../../db/client";
import { getModelRow, insertModel, listModels } from "../../db/queries/models";
import { seedPhases } from "../../db/seed/phases";
import { liveOrdinanceJSON } from "../collab/live-model.server";
import { docxProblemMessage, importWord, readDocx, reportLines, withFreshIds, type TrackedChanges } from "../../word-import/index";
import { MAX_DOCX_BYTES } from "../../word-import/docx";
import { UsageError, type CliIo } from "./io";
import { requireRegion } from "./lookup";

/** `models import` checks the whole document before it stores anything, so a faulty file never lands half. */
export function modelsCommand(db: Db, args: string[], io: CliIo): number {
  const [sub, ...rest] = args;
  const { values, positionals } = parseArgs({
    args: rest,
    allowPositionals: true,
    options: {
      regio: { type: "string", default: "twente" },
      titel: { type: "string" },
      van: { type: "string" },
      opslaan: { type: "boolean", default: false },
      wijzigingen: { type: "string", default: "aanvaarden" },
    },
  });
  const { id: regionId } = requireRegion(db, values.regio!);
  if (sub === "list") {
    for (const m of listModels(db, regionId)) io.out(`${m.id}\t${m.title}`);
    return 0;
  }
  if (sub === "import") {
    const [file] = positionals;
    if (!file || !values.titel) throw new UsageError("Gebruik: models import BESTAND --titel TITEL [--regio SLUG].");
    let json: unknown;
    try {
      json = JSON.parse(readFileSync(file, "utf8"));
    } catch (error) {
      io.err(`${file}: geen leesbare JSON (${(error as Error).message}).`);
      return 1;
    }
    try {
      parseModel(json);
    } catch (error) {
      if (!(error instanceof ModelError)) throw error;
      io.err(`${file}: ${error.message}`);
      return 1;
    }
    io.out(`Model ${insertModel(db, regionId, values.titel, json)} opgeslagen.`);
    return 0;
  }
  if (sub === "copy") {
    if (!values.van || !values.titel) throw new UsageError("Gebruik: models copy --van MODEL --regio SLUG --titel TITEL.");
    const source = getModelRow(db, Number(values.van));
    if (!source || !Number.isInteger(Number(values.van))) {
      io.err(`--van: er is geen model ${values.van}.`);
      return 1;
    }
    // The live text of the source, as its readers see it now. The new model gets its own id, the process phases
    // (planned, without versions) and no choices: nothing of the source region's work comes along.
    const id = insertModel(db, regionId, values.titel, liveOrdinanceJSON(db, source));
    seedPhases(db);
    io.out(`Model ${id} opgeslagen in regio ${values.regio} (kopie van model ${source.id}).`);
    return 0;
  }
  if (sub === "import-docx") {
    const [file] = positionals;
    const usage = "Gebruik: models import-docx BESTAND --titel TITEL [--regio SLUG] [--wijzigingen aanvaarden|verwerpen] [--opslaan].";
    if (!file || !values.titel || !["aanvaarden", "verwerpen"].includes(values.wijzigingen!)) throw new UsageError(usage);
    return importDocx(db, regionId, file, { title: values.titel, store: values.opslaan!, trackedChanges: values.wijzigingen === "verwerpen" ? "reject" : "accept" }, io);
  }
  throw new UsageError(`Onbekende opdracht "models ${sub ?? ""}".`);
}

/** The report of a Word import; the model is stored only with --opslaan (the redactie's confirmation), whole or not at all. */
function importDocx(db: Db, regionId: number, file: string, options: { title: string; store: boolean; trackedChanges: TrackedChanges }, io: CliIo): number {
  let data: Uint8Array;
  try {
    // The size is checked before reading, so an enormous file is never loaded.
    if (statSync(file).size > MAX_DOCX_BYTES) {
      io.err(`${file}: ${docxProblemMessage("tooLarge")}`);
      return 1;
    }
    data = readFileSync(file);
  } catch (error) {
    io.err(`${file}: niet te lezen (${(error as Error).message}).`);
    return 1;
  }
  const parts = readDocx(data);
  if ("problem" in parts) {
    io.err(`${file}: ${docxProblemMessage(parts.problem)}`);
    return 1;
  }
  const { model, report } = importWord(parts, options.trackedChanges);
  for (const line of reportLines(report)) io.out(line);
  if (!model) {
    io.err(`${file}: ${report.notes[report.notes.length - 1]}; er is niets opgeslagen.`);
    return 1;
  }
  if (!options.store) {
    io.out("Niets opgeslagen. Bekijk het verslag en geef --opslaan om het model aan te maken.");
    return 0;
  }
  io.out(`Model ${insertModel(db, regionId, options.title, withFreshIds(model))} opgeslagen.`);
  return 0;
}
