import { readFileSync } from "node:fs";
import { basename } from "node:path";
import { parseArgs } from "node:util";
import type { Db } from "../../db/client";
import { decisionData } from "../../db/queries/decisions";
import { DECISION_FIELDS, storedValues } from "../decisions/fields";
import { saveDecisions, type LetterUpload } from "../decisions/save.server";
import { sourceKey } from "../decisions/advice-letters";
import { listAdviceLetters } from "../../db/queries/advice-letters";
import { UsageError, type CliIo } from "./io";
import { requireMunicipality } from "./lookup";
import { chooseModel, modelOptions } from "./ordinance";

// `modelwerk besluitvorming set|show --gemeente SLUG`: the decision data, through the same check as the page.
// A value is taken as typed (a date as 2027-01-28); "\n" in a value stands for a new line (tenant organisations).
// `--adviesbrief provincie=brief.pdf` or `--adviesbrief "huurders:Naam=brief.docx"` attaches a received advice letter,
// checked like an upload on the page and stored with the values, or nothing is stored.

export function decisionsCommand(db: Db, args: string[], io: CliIo): number {
  const [sub, ...rest] = args;
  if (sub !== "set" && sub !== "show") throw new UsageError(`Onbekende opdracht "besluitvorming ${sub ?? ""}"; kies set of show.`);
  const { values, positionals } = parseArgs({ args: rest, allowPositionals: true, options: { ...modelOptions, gemeente: { type: "string" }, adviesbrief: { type: "string", multiple: true } } });
  if (!values.gemeente) throw new UsageError("Geef de gemeente op met --gemeente SLUG.");
  const row = chooseModel(db, values);
  const municipality = requireMunicipality(db, row.regionId, values.gemeente);
  if (sub === "show") {
    const stored = storedValues(decisionData(db, row.id, municipality.id)) as Record<string, string>;
    for (const f of DECISION_FIELDS) io.out(`${f.key}=${(stored[f.key] ?? "").replace(/\n/g, "\\n")}\t# ${f.label}`);
    for (const l of listAdviceLetters(db, row.id, municipality.id)) io.out(`--adviesbrief ${sourceKey(l)}=${l.fileName}\t# ${l.fileType.toUpperCase()}, ${l.size} bytes`);
    return 0;
  }
  const letters = (values.adviesbrief ?? []).map(letterFile);
  if (positionals.length === 0 && letters.length === 0) throw new UsageError("Geef ten minste één sleutel=waarde of --adviesbrief.");
  const input: Record<string, string> = {};
  for (const setting of positionals) {
    const at = setting.indexOf("=");
    if (at <= 0) throw new UsageError(`Verwacht sleutel=waarde, niet "${setting}".`);
    input[setting.slice(0, at)] = setting.slice(at + 1).replace(/\\n/g, "\n");
  }
  const result = saveDecisions(db, row.id, municipality.id, input, null, "merge", { attach: letters, remove: [] });
  if (!result.ok) {
    for (const [key, message] of Object.entries(result.errors)) io.err(`${key}: ${message}`);
    return 1;
  }
  io.out(`${municipality.name}: gegevens voor de besluitvorming opgeslagen.`);
  return 0;
}

/** "provincie=pad" or "huurders:Naam=pad": the file, checked by the save path like an upload. */
function letterFile(setting: string): LetterUpload {
  const at = setting.lastIndexOf("=");
  if (at <= 0) throw new UsageError(`Verwacht --adviesbrief provincie=BESTAND of --adviesbrief "huurders:Naam=BESTAND", niet "${setting}".`);
  const path = setting.slice(at + 1);
  let data: Uint8Array;
  try {
    data = readFileSync(path);
  } catch {
    throw new UsageError(`Het bestand "${path}" kan niet worden gelezen.`);
  }
  return { source: setting.slice(0, at), fileName: basename(path), data };
}
