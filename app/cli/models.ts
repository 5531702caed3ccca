import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { ModelError, parseModel } from "../../ordinance-model/index";
import type { Db } from "../../db/client";
import { getModelRow, insertModel, listModels } from "../../db/queries/models";
import { seedPhases } from "../../db/seed/phases";
import { liveOrdinanceJSON } from "../collab/live-model.server";
import { UsageError, type CliIo } from "./io";
import { requireRegion } from "./lookup";

/** `models import` checks the whole document before it stores anything, so a faulty file never lands half. */
export function modelsCommand(db: Db, args: string[], io: CliIo): number {
  const [sub, ...rest] = args;
  const { values, positionals } = parseArgs({
    args: rest,
    allowPositionals: true,
    options: { regio: { type: "string", default: "twente" }, titel: { type: "string" }, van: { type: "string" } },
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
  throw new UsageError(`Onbekende opdracht "models ${sub ?? ""}".`);
}
