import { parseArgs } from "node:util";
import type { Db } from "../../db/client";
import { listMunicipalities, listRegions } from "../../db/queries/regions";
import { addMunicipality, addRegion, type AddResult } from "../tenants.server";
import { UsageError, type CliIo } from "./io";
import { requireRegion } from "./lookup";

function report(result: AddResult, io: CliIo, what: string): number {
  if (!result.ok) {
    for (const [field, message] of Object.entries(result.errors)) io.err(`--${field}: ${message}`);
    return 1;
  }
  io.out(`${what} toegevoegd.`);
  return 0;
}

export function regionsCommand(db: Db, args: string[], io: CliIo): number {
  const [sub, ...rest] = args;
  const { values } = parseArgs({ args: rest, options: { naam: { type: "string" }, slug: { type: "string" }, provincie: { type: "string", default: "" } } });
  if (sub === "add") {
    if (values.naam === undefined || values.slug === undefined) throw new UsageError("Gebruik: regions add --naam NAAM --slug SLUG [--provincie P].");
    return report(addRegion(db, { name: values.naam, slug: values.slug, province: values.provincie! }), io, `Regio ${values.naam}`);
  }
  if (sub === "list") {
    for (const r of listRegions(db)) io.out([r.slug, r.name, r.province || "-", `${r.municipalityCount} gemeenten`].join("\t"));
    return 0;
  }
  throw new UsageError(`Onbekende opdracht "regions ${sub ?? ""}".`);
}

export function municipalitiesCommand(db: Db, args: string[], io: CliIo): number {
  const [sub, ...rest] = args;
  const { values } = parseArgs({ args: rest, options: { regio: { type: "string" }, naam: { type: "string" }, slug: { type: "string" }, "cbs-code": { type: "string" } } });
  if (!values.regio) throw new UsageError(`Gebruik: municipalities ${sub ?? "list"} --regio SLUG …`);
  const region = requireRegion(db, values.regio);
  if (sub === "add") {
    if (values.naam === undefined || values.slug === undefined || values["cbs-code"] === undefined) {
      throw new UsageError("Gebruik: municipalities add --regio SLUG --naam NAAM --slug SLUG --cbs-code GM0000.");
    }
    return report(addMunicipality(db, region.id, { name: values.naam, slug: values.slug, cbsCode: values["cbs-code"] }), io, `Gemeente ${values.naam} aan regio ${region.name}`);
  }
  if (sub === "list") {
    for (const m of listMunicipalities(db, region.id)) io.out([m.slug, m.name, m.cbsCode ?? "-"].join("\t"));
    return 0;
  }
  throw new UsageError(`Onbekende opdracht "municipalities ${sub ?? ""}".`);
}
