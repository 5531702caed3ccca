import { parseArgs } from "node:util";
import { currentModel } from "../models.server";
import type { Db } from "../../db/client";
import { listChoiceRows } from "../../db/queries/choices";
import { findMunicipalityBySlug } from "../../db/queries/regions";
import { buildMatrix, matrixTable } from "../choices/matrix.server";
import { toCsv } from "../csv.server";
import { saveChoice } from "../choices/save.server";
import { valueProblem } from "../choices/values.server";
import { UsageError, type CliIo } from "./io";
import { chooseModel, modelOptions, parseSetting } from "./ordinance";

// `modelwerk choices set|export`: the same save path as the choices page (validation, "gereed" lock, audit trail).

export function choicesCommand(db: Db, args: string[], io: CliIo): number | Promise<number> {
  const [sub, ...rest] = args;
  if (sub === "set") return setChoices(db, rest, io);
  if (sub === "export") return exportChoices(db, rest, io);
  throw new UsageError(`Onbekende opdracht "choices ${sub ?? ""}"; kies set of export.`);
}

function setChoices(db: Db, args: string[], io: CliIo): number {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { ...modelOptions, gemeente: { type: "string" } },
  });
  if (!values.gemeente) throw new UsageError("Geef de gemeente op met --gemeente SLUG.");
  if (positionals.length === 0) throw new UsageError("Geef ten minste één sleutel=waarde.");
  const row = chooseModel(db, values);
  const municipality = findMunicipalityBySlug(db, row.regionId, values.gemeente);
  if (!municipality) throw new UsageError(`Onbekende gemeente "${values.gemeente}".`);
  const model = currentModel(db, row);
  const settings = positionals.map(parseSetting);
  // All or nothing: every value is checked before the first one is stored.
  const problems = settings.flatMap(([key, value]) => {
    const def = model.slots.get(key);
    const problem = def ? valueProblem(model, def, value) : `"${key}" is geen keuzemogelijkheid van dit model.`;
    return problem ? [`${key}: ${problem}`] : [];
  });
  for (const problem of problems) io.err(problem);
  if (problems.length > 0) return 1;
  const versions = new Map(listChoiceRows(db, row.id, municipality.id).map((r) => [r.slotKey, r.version]));
  for (const [key, value] of settings) {
    const result = saveChoice(db, {
      row,
      model,
      municipality,
      slotKey: key,
      value,
      seenVersion: versions.get(key) ?? 0,
      userId: null,
    });
    if (!result.ok) {
      io.err(`${key}: ${result.message}`);
      return 1;
    }
    io.out(`${municipality.name}: ${key} opgeslagen.`);
  }
  return 0;
}

async function exportChoices(db: Db, args: string[], io: CliIo): Promise<number> {
  const { values } = parseArgs({
    args,
    options: { ...modelOptions, format: { type: "string", default: "json" } },
  });
  const row = chooseModel(db, values);
  const matrix = await buildMatrix(db, row, currentModel(db, row));
  if (values.format === "csv") {
    io.out(toCsv(matrixTable(matrix, matrix.rows)).trimEnd());
    return 0;
  }
  if (values.format !== "json") throw new UsageError(`Onbekend formaat "${values.format}"; kies json of csv.`);
  const municipalities = matrix.columns.map((column, i) => ({
    gemeente: column.name,
    slug: column.slug,
    status: column.status,
    gemaakt: column.made,
    totaal: matrix.total,
    keuzes: Object.fromEntries(
      matrix.rows.map((r) => [
        r.key,
        {
          waarde: r.cells[i]!.value,
          tekst: r.cells[i]!.text,
          eigenKeuze: r.cells[i]!.own,
          afwijkend: r.cells[i]!.deviates,
        },
      ]),
    ),
  }));
  io.out(JSON.stringify({ model: row.id, titel: row.title, gemeenten: municipalities }, null, 2));
  return 0;
}
