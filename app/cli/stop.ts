import { parseArgs } from "node:util";
import type { Db } from "../../db/client";
import { adoptedStop } from "../adoption/stop.server";
import { writeOutput } from "./generate";
import { UsageError, type CliIo } from "./io";
import { requireMunicipality } from "./lookup";
import { chooseModel, modelOptions } from "./ordinance";

// `modelwerk stop --gemeente SLUG -o FILE.xml`: the STOP XML (imop-tekst) of the municipality's text in force.

export function stopCommand(db: Db, args: string[], io: CliIo): number {
  const { values } = parseArgs({ args, options: { ...modelOptions, gemeente: { type: "string" }, o: { type: "string", short: "o" } } });
  if (!values.gemeente) throw new UsageError("Geef de gemeente op met --gemeente SLUG.");
  if (!values.o) throw new UsageError("Geef met -o het bestand op, bijvoorbeeld -o almelo.xml.");
  const row = chooseModel(db, values);
  const municipality = requireMunicipality(db, row.regionId, values.gemeente);
  const result = adoptedStop(db, row.id, municipality);
  if (!result.ok) {
    io.err(result.message);
    return 1;
  }
  return writeOutput(values.o, result.xml, io) ? 0 : 1;
}
