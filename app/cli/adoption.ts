import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { formatDate, renderJson, renderText, type CouncilAmendment } from "../../ordinance-model/index";
import type { Db } from "../../db/client";
import { textInForce } from "../adoption/adopted.server";
import { adoptedByWords, amendmentsWithPlaces } from "../adoption/documents.server";
import { recordAdoption } from "../adoption/record.server";
import { versionLabel } from "../documents/basis.server";
import { ENTRY_SLOT } from "../documents/generate.server";
import { UsageError, type CliIo } from "./io";
import { requireMunicipality } from "./lookup";
import { chooseModel, modelOptions } from "./ordinance";

// `modelwerk adoption record` records the council's adoption through the same checks as the page; each --amendement
// is a JSON file { "number": "A1", "title": "…", "changes": { "<node id>": "<new wording>" } } (README).
// `modelwerk in-force` prints the text in force with the decision it was adopted by.

/** One amendment file, read and shaped; what is wrong with it is said in Dutch, naming the file. */
function readAmendment(path: string): CouncilAmendment {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, "utf8"));
  } catch (error) {
    throw new UsageError(`${path}: ${(error as NodeJS.ErrnoException).code === "ENOENT" ? "bestand niet gevonden" : "geen geldige JSON"}.`);
  }
  const a = json as { number?: unknown; title?: unknown; changes?: unknown };
  if (typeof a !== "object" || a === null || Array.isArray(a)) throw new UsageError(`${path}: verwacht een object met number, title en changes.`);
  if (typeof a.number !== "string") throw new UsageError(`${path}: “number” ontbreekt of is geen tekst.`);
  if (typeof a.title !== "string") throw new UsageError(`${path}: “title” ontbreekt of is geen tekst.`);
  if (typeof a.changes !== "object" || a.changes === null || Array.isArray(a.changes)) throw new UsageError(`${path}: “changes” moet een object zijn van bepaling (id) naar nieuwe tekst.`);
  const changes = Object.entries(a.changes as Record<string, unknown>).map(([provision, text]) => {
    if (typeof text !== "string") throw new UsageError(`${path}: de nieuwe tekst van “${provision}” is geen tekst.`);
    return { provision, text };
  });
  return { number: a.number, title: a.title, changes };
}

/** "amendments.0.changes.1.text" → "amendement.json, art-x-lid-y" so the reader finds the place in their files. */
function placeOf(key: string, files: readonly string[], amendments: readonly CouncilAmendment[]): string {
  const match = /^amendments\.(\d+)(?:\.changes\.(\d+))?/.exec(key);
  if (!match) return { councilDate: "--datum", decisionNumber: "--nummer", form: "vaststelling" }[key] ?? key;
  const [a, c] = [Number(match[1]), match[2] === undefined ? undefined : Number(match[2])];
  return [files[a], c === undefined ? key.split(".").at(-1) : `“${amendments[a]!.changes[c]!.provision}”`].join(", ");
}

export function adoptionCommand(db: Db, args: string[], io: CliIo): number {
  const [sub, ...rest] = args;
  if (sub !== "record") throw new UsageError(`Onbekende opdracht "adoption ${sub ?? ""}"; kies record.`);
  const { values } = parseArgs({
    args: rest,
    options: { ...modelOptions, gemeente: { type: "string" }, datum: { type: "string" }, nummer: { type: "string" }, amendement: { type: "string", multiple: true } },
  });
  if (!values.gemeente) throw new UsageError("Geef de gemeente op met --gemeente SLUG.");
  const row = chooseModel(db, values);
  const municipality = requireMunicipality(db, row.regionId, values.gemeente);
  const files = values.amendement ?? [];
  const amendments = files.map(readAmendment);
  const result = recordAdoption(db, row, municipality, { councilDate: values.datum ?? "", decisionNumber: values.nummer ?? "", amendments }, null);
  if (!result.ok) {
    for (const [key, message] of Object.entries(result.errors)) io.err(`${placeOf(key, files, amendments)}: ${message}`);
    return 1;
  }
  const count = amendments.length === 1 ? "1 amendement" : `${amendments.length} amendementen`;
  io.out(`${municipality.name}: vaststelling van ${formatDate(values.datum!.trim())} (besluit ${values.nummer!.trim()}) vastgelegd, met ${count}.`);
  return 0;
}

export function inForceCommand(db: Db, args: string[], io: CliIo): number {
  const { values } = parseArgs({ args, options: { ...modelOptions, gemeente: { type: "string" }, format: { type: "string", default: "text" } } });
  if (!values.gemeente) throw new UsageError("Geef de gemeente op met --gemeente SLUG.");
  if (values.format !== "text" && values.format !== "json") throw new UsageError(`Onbekend formaat "${values.format}"; kies text of json.`);
  const row = chooseModel(db, values);
  const municipality = requireMunicipality(db, row.regionId, values.gemeente);
  const adoption = textInForce(db, row.id, municipality);
  if (!adoption) {
    io.err(`De raad van ${municipality.name} heeft de verordening nog niet vastgesteld; er is geen geldende tekst.`);
    return 1;
  }
  const entry = adoption.resolved.values.get(ENTRY_SLOT);
  const amendments = amendmentsWithPlaces(adoption);
  if (values.format === "json") {
    io.out(
      JSON.stringify(
        {
          municipality: municipality.slug,
          councilDate: adoption.councilDate,
          decisionNumber: adoption.decisionNumber,
          entryIntoForce: typeof entry === "string" ? entry : null,
          modelVersion: { number: adoption.version.number, name: adoption.version.name },
          amendments,
          text: JSON.parse(renderJson(adoption.resolved)),
        },
        null,
        2,
      ),
    );
    return 0;
  }
  io.out(`Geldende tekst. ${adoptedByWords(adoption)}${typeof entry === "string" ? ` Inwerkingtreding: ${formatDate(entry)}.` : ""}`);
  io.out(`Volgt ${versionLabel(adoption.version).replace(/^M/, "m")}.`);
  for (const a of amendments) io.out(`Amendement ${a.number}: “${a.title}”, wijzigt ${a.places.join(", ")}.`);
  io.out("");
  io.out(renderText(adoption.resolved));
  return 0;
}
