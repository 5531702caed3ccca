import { parseArgs } from "node:util";
import { renderHtml, renderJson, renderText, validateChoices } from "../../ordinance-model/index";
import type { Db } from "../../db/client";
import { listModels, getModelRow, type ModelRow } from "../../db/queries/models";
import { listMunicipalities } from "../../db/queries/regions";
import { currentModel } from "../models.server";
import { municipalText } from "../resolved-cache.server";
import { UsageError, type CliIo } from "./io";
import { requireMunicipality, requireRegion } from "./lookup";

export const modelOptions = { model: { type: "string" }, regio: { type: "string", default: "twente" } } as const;

/** The model named by --model, or else the first model of --regio. */
export function chooseModel(db: Db, values: { model?: string; regio?: string }): ModelRow {
  if (values.model) {
    const row = getModelRow(db, Number(values.model));
    if (!row) throw new UsageError(`Onbekend model "${values.model}".`);
    return row;
  }
  const first = listModels(db, requireRegion(db, values.regio!).id)[0];
  if (!first) throw new UsageError(`Regio "${values.regio}" heeft nog geen modelverordening.`);
  return getModelRow(db, first.id)!;
}

/** "key=value": the value is JSON where it parses as JSON (numbers, booleans, arrays, objects), else plain text. */
export function parseSetting(setting: string): [string, unknown] {
  const at = setting.indexOf("=");
  if (at <= 0) throw new UsageError(`--set verwacht sleutel=waarde, niet "${setting}".`);
  const raw = setting.slice(at + 1);
  try {
    return [setting.slice(0, at), JSON.parse(raw)];
  } catch {
    return [setting.slice(0, at), raw];
  }
}

export function renderCommand(db: Db, args: string[], io: CliIo): number {
  const { values } = parseArgs({
    args,
    options: { ...modelOptions, gemeente: { type: "string" }, set: { type: "string", multiple: true }, format: { type: "string", default: "text" } },
  });
  if (!values.gemeente) throw new UsageError("Geef de gemeente op met --gemeente SLUG.");
  const row = chooseModel(db, values);
  const municipality = requireMunicipality(db, row.regionId, values.gemeente);
  const overrides = Object.fromEntries((values.set ?? []).map(parseSetting));
  const model = currentModel(db, row);
  const problems = validateChoices(model, overrides);
  if (problems.length > 0) {
    for (const problem of problems) io.err(`--set ${problem.key}: ${problem.message}`);
    return 1;
  }
  const { resolved } = municipalText(db, row, model, municipality, overrides);
  for (const problem of model.problems) io.err(`Let op, herstel nodig in de werkversie: ${problem.message}`);
  const render = { text: renderText, html: renderHtml, json: renderJson }[values.format as "text" | "html" | "json"];
  if (!render) throw new UsageError(`Onbekend formaat "${values.format}"; kies text, html of json.`);
  io.out(render(resolved));
  return 0;
}

export function slotsCommand(db: Db, args: string[], io: CliIo): number {
  const { values } = parseArgs({ args, options: { ...modelOptions, format: { type: "string", default: "json" } } });
  if (values.format !== "json") throw new UsageError(`Onbekend formaat "${values.format}"; alleen json.`);
  const model = currentModel(db, chooseModel(db, values));
  const slots = [...model.slots.values()].map((def) => ({
    key: def.key,
    kind: def.kind,
    label: def.label,
    fixed: def.fixed,
    default: def.default,
    constraints: def.constraints,
    options: def.options.map((o) => ({ value: o.value, label: o.label })),
  }));
  io.out(JSON.stringify(slots, null, 2));
  return 0;
}

export function lintCommand(db: Db, args: string[], io: CliIo): number {
  const { values } = parseArgs({ args, options: { ...modelOptions, gemeente: { type: "string" }, all: { type: "boolean" } } });
  if (Boolean(values.gemeente) === Boolean(values.all)) throw new UsageError("Geef --gemeente SLUG of --all.");
  const row = chooseModel(db, values);
  const model = currentModel(db, row);
  const municipalities = values.all
    ? listMunicipalities(db, row.regionId)
    : [requireMunicipality(db, row.regionId, values.gemeente!)];
  let failed = 0;
  for (const municipality of municipalities) {
    const { errors } = municipalText(db, row, model, municipality);
    if (errors.length === 0) {
      io.out(`${municipality.name}: geen fouten`);
      continue;
    }
    failed++;
    io.out(`${municipality.name}: ${errors.length} ${errors.length === 1 ? "fout" : "fouten"}`);
    for (const e of errors) io.out(`  ${e.place}: ${e.message}`);
  }
  return failed === 0 ? 0 : 1;
}
