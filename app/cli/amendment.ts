import { writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { renderAmendingOrdinanceText } from "../../ordinance-model/amendments/index";
import type { Db } from "../../db/client";
import { decisionData } from "../../db/queries/decisions";
import { amendmentDocument } from "../amendments/documents.server";
import { draftAmendment } from "../amendments/draft.server";
import { UsageError, type CliIo } from "./io";
import { requireMunicipality } from "./lookup";
import { chooseModel, modelOptions } from "./ordinance";

// `modelwerk amendment --gemeente SLUG [--naar VERSIE] [--format text|docx] [--soort raadsbesluit|raadsvoorstel] -o PAD`:
// the draft amending ordinance of an adopted municipality towards a newer definitive version of the model.

const formats = ["text", "docx"] as const;
const kinds = ["raadsbesluit", "raadsvoorstel"] as const;

export async function amendmentCommand(db: Db, args: string[], io: CliIo): Promise<number> {
  const { values } = parseArgs({
    args,
    options: { ...modelOptions, gemeente: { type: "string" }, naar: { type: "string" }, format: { type: "string", default: "text" }, soort: { type: "string", default: "raadsbesluit" }, o: { type: "string", short: "o" } },
  });
  if (!values.gemeente) throw new UsageError("Geef de gemeente op met --gemeente SLUG.");
  if (!values.o) throw new UsageError("Geef met -o PAD op waar de wijzigingsverordening heen moet.");
  const format = values.format as (typeof formats)[number];
  if (!formats.includes(format)) throw new UsageError(`Onbekend formaat "${values.format}"; kies ${formats.join(" of ")}.`);
  const kind = values.soort as (typeof kinds)[number];
  if (!kinds.includes(kind)) throw new UsageError(`Onbekende soort "${values.soort}"; kies raadsbesluit of raadsvoorstel.`);
  if (values.naar !== undefined && !/^\d+$/.test(values.naar)) throw new UsageError(`--naar verwacht het nummer van een modelversie, zoals 3; niet "${values.naar}".`);
  const row = chooseModel(db, values);
  const municipality = requireMunicipality(db, row.regionId, values.gemeente);
  const result = draftAmendment(db, row, municipality, { toVersion: values.naar === undefined ? undefined : Number(values.naar) });
  if (!result.ok) {
    io.err(result.message);
    return 1;
  }
  const bytes = format === "text" ? renderAmendingOrdinanceText(result.draft.ordinance) : (await amendmentDocument(result.draft, kind, decisionData(db, row.id, municipality.id))).bytes;
  try {
    writeFileSync(values.o, bytes);
  } catch (error) {
    io.err(`Kan niet schrijven naar ${values.o}: ${(error as NodeJS.ErrnoException).code === "EISDIR" ? "dat is een map" : (error as Error).message}.`);
    return 1;
  }
  const { draft } = result;
  io.out(`${municipality.name}: ontwerp-wijzigingsverordening van modelversie ${draft.from.number} naar ${draft.to.number}, ${draft.ordinance.parts.length} wijzigingsopdrachten, geschreven naar ${values.o}.`);
  for (const problem of draft.problems) io.err(`Let op: ${problem}`);
  return 0;
}
