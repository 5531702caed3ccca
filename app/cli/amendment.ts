import { writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { renderAmendingOrdinanceText } from "../../ordinance-model/amendments/index";
import { formatList } from "../../ordinance-model/index";
import type { Db } from "../../db/client";
import { decisionData } from "../../db/queries/decisions";
import { amendmentDocument } from "../amendments/documents.server";
import { draftAmendment } from "../amendments/draft.server";
import { amendmentStop } from "../amendments/stop.server";
import { UsageError, type CliIo } from "./io";
import { requireMunicipality } from "./lookup";
import { chooseModel, modelOptions } from "./ordinance";

// `modelwerk amendment --gemeente SLUG [--naar VERSIE] [--format text|docx|stop] [--soort raadsbesluit|raadsvoorstel]
// [--datum JJJJ-MM-DD --nummer N] -o PAD`: the draft amending ordinance of an adopted municipality towards a newer
// definitive version of the model. STOP names the decision, so it needs the date and number of the council decision.

const formats = ["text", "docx", "stop"] as const;
const kinds = ["raadsbesluit", "raadsvoorstel"] as const;

export async function amendmentCommand(db: Db, args: string[], io: CliIo): Promise<number> {
  const { values } = parseArgs({
    args,
    options: { ...modelOptions, gemeente: { type: "string" }, naar: { type: "string" }, format: { type: "string", default: "text" }, soort: { type: "string", default: "raadsbesluit" }, datum: { type: "string" }, nummer: { type: "string" }, o: { type: "string", short: "o" } },
  });
  if (!values.gemeente) throw new UsageError("Geef de gemeente op met --gemeente SLUG.");
  if (!values.o) throw new UsageError("Geef met -o PAD op waar de wijzigingsverordening heen moet.");
  const format = values.format as (typeof formats)[number];
  if (!formats.includes(format)) throw new UsageError(`Onbekend formaat "${values.format}"; kies ${formatList([...formats], "of")}.`);
  const kind = values.soort as (typeof kinds)[number];
  if (!kinds.includes(kind)) throw new UsageError(`Onbekende soort "${values.soort}"; kies raadsbesluit of raadsvoorstel.`);
  if (values.naar !== undefined && !/^\d+$/.test(values.naar)) throw new UsageError(`--naar verwacht het nummer van een modelversie, zoals 3; niet "${values.naar}".`);
  if (format === "stop" && (!values.datum || !/^\d{4}-\d{2}-\d{2}$/.test(values.datum) || !values.nummer?.trim()))
    throw new UsageError("Voor STOP zijn de datum en het nummer van het raadsbesluit nodig: --datum JJJJ-MM-DD --nummer N.");
  if (values.datum !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(values.datum)) throw new UsageError(`--datum verwacht een datum als JJJJ-MM-DD, zoals 2027-06-28; niet "${values.datum}".`);
  const row = chooseModel(db, values);
  const municipality = requireMunicipality(db, row.regionId, values.gemeente);
  const result = draftAmendment(db, row, municipality, { toVersion: values.naar === undefined ? undefined : Number(values.naar) });
  if (!result.ok) {
    io.err(result.message);
    return 1;
  }
  let bytes: string | Uint8Array;
  if (format === "stop") {
    const stop = amendmentStop(db, row.id, municipality, result.draft, { date: values.datum!, decisionNumber: values.nummer!.trim() });
    if (!stop.ok) {
      io.err(stop.message);
      return 1;
    }
    bytes = stop.xml;
  } else bytes = format === "text" ? renderAmendingOrdinanceText(result.draft.ordinance) : (await amendmentDocument(result.draft, kind, decisionData(db, row.id, municipality.id), values.datum)).bytes;
  try {
    writeFileSync(values.o, bytes);
  } catch (error) {
    io.err(`Kan niet schrijven naar ${values.o}: ${(error as NodeJS.ErrnoException).code === "EISDIR" ? "dat is een map" : (error as Error).message}.`);
    return 1;
  }
  const { draft } = result;
  io.out(`${municipality.name}: ontwerp-wijzigingsverordening van modelversie ${draft.from.number} naar ${draft.to.number}, ${draft.ordinance.parts.length === 1 ? "1 wijzigingsopdracht" : `${draft.ordinance.parts.length} wijzigingsopdrachten`}, geschreven naar ${values.o}.`);
  for (const problem of draft.problems) io.err(`Let op: ${problem}`);
  return 0;
}
