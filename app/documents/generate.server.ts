import { resolve, type Choices, type OrdinanceModel, type RenderSource } from "../../ordinance-model/index";
import type { Db } from "../../db/client";
import { getChoices, type ModelRow } from "../../db/queries/models";
import { getRegion, listMunicipalities, type Municipality } from "../../db/queries/regions";
import { getPhase, getVersion } from "../../db/queries/consultation";
import { listStatuses } from "../../db/queries/choices";
import { adviesaanvraag, type Adviser } from "../../templates/adviesaanvraag";
import { modelDocument } from "../../templates/model";
import { nota } from "../../templates/nota";
import { raadsbesluit, type Proposal } from "../../templates/raadsbesluit";
import { raadsvoorstel } from "../../templates/raadsvoorstel";
import { wijzigingen } from "../../templates/wijzigingen";
import { toOrdinanceMunicipality } from "../models.server";
import { municipalProblems, municipalText } from "../resolved-cache.server";
import type { Action } from "../policy.server";
import { consultation, localChoices, notaSections } from "./data.server";
import { versionModel } from "../consultation/versions.server";
import { houseStyleFor } from "./house-style.server";

// One entry for every document, for the page, the batch and the CLI alike: it checks that the document can be made
// (no open slots or lint errors in a municipality's text), collects the data and calls the Word builder.

export const DOCUMENT_KINDS = ["raadsbesluit", "raadsvoorstel", "adviesaanvraag-provincie", "adviesaanvraag-huurders", "nota", "model", "wijzigingen"] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

export const DOCUMENT_LABELS: Record<DocumentKind, string> = {
  raadsbesluit: "Raadsbesluit",
  raadsvoorstel: "Raadsvoorstel",
  "adviesaanvraag-provincie": "Adviesaanvraag provincie",
  "adviesaanvraag-huurders": "Adviesaanvraag huurdersorganisaties",
  nota: "Nota van beantwoording",
  model: "Model met varianten",
  wijzigingen: "Wijzigingen (bijgehouden wijzigingen)",
};

/** Kinds that exist per municipality only; the others are joint unless a municipality is named (advice, changes). */
export const MUNICIPAL_KINDS: readonly DocumentKind[] = ["raadsbesluit", "raadsvoorstel"];
/** Kinds that are about the model as a whole and never per municipality. */
export const REGIONAL_KINDS: readonly DocumentKind[] = ["nota", "model"];

export interface DocumentRequest {
  kind: DocumentKind;
  municipality?: Municipality;
  phaseId?: number;
  /** Version ids for the changes: from a version to another version, or to the current text. */
  from?: number;
  to?: number;
}

/** A document that cannot be made yet, with what is missing, in Dutch. */
export class DocumentRefused extends Error {
  constructor(readonly problems: string[]) {
    super(problems.join("\n"));
  }
}

export interface GeneratedDocument {
  filename: string;
  bytes: Uint8Array;
}

/** The policy action and resource a request needs: a municipality's own documents, or joint ones. */
export function requiredAccess(request: DocumentRequest): { action: Action; municipalityId: number | null } {
  return request.municipality ? { action: "documents.generate", municipalityId: request.municipality.id } : { action: "documents.generateJoint", municipalityId: null };
}

/** What keeps a municipality's documents back: its lint errors and stale choices, each "place: message". */
export async function missingFor(db: Db, row: ModelRow, model: OrdinanceModel, municipality: Municipality): Promise<string[]> {
  return (await municipalProblems(db, row, model, municipality)).map((e) => `${e.place}: ${e.message}`);
}

function readyResolved(db: Db, row: ModelRow, model: OrdinanceModel, municipality: Municipality) {
  const { resolved, errors } = municipalText(db, row, model, municipality);
  if (errors.length) throw new DocumentRefused(errors.map((e) => `${municipality.name}, ${e.place}: ${e.message}`));
  return resolved;
}

/** The council's proposal is numbered per year, model and municipality, so decision and proposal name the same one. */
const proposalFor = (row: ModelRow, municipality: Municipality, now: Date): Proposal => ({
  date: now.toISOString().slice(0, 10),
  number: `${now.getUTCFullYear()}-${row.id}-${municipality.slug}`,
});

function versionText(db: Db, row: ModelRow, id: number): { model: OrdinanceModel; name: string } {
  const version = getVersion(db, row.id, id);
  if (!version) throw new DocumentRefused([`Versie ${id} bestaat niet bij dit model.`]);
  return { model: versionModel(version), name: `versie “${version.name}”` };
}

/** Choices resolved against an older text: only the keys that text knows, so a newer slot cannot break it. */
const choicesFor = (model: OrdinanceModel, choices: Choices): Choices => Object.fromEntries(Object.entries(choices).filter(([key]) => model.slots.has(key)));

async function changes(db: Db, row: ModelRow, model: OrdinanceModel, request: DocumentRequest, now: Date): Promise<Uint8Array> {
  if (request.from === undefined) throw new DocumentRefused(["Kies de versie waarmee u vergelijkt (van)."]);
  const from = versionText(db, row, request.from);
  const to = request.to === undefined ? { model, name: "de huidige tekst" } : versionText(db, row, request.to);
  const m = request.municipality;
  const side = (text: OrdinanceModel): RenderSource => {
    if (!m) return text;
    if (text === model) return readyResolved(db, row, model, m);
    return resolve(text, choicesFor(text, getChoices(db, row.id, m.id)), toOrdinanceMunicipality(m));
  };
  return wijzigingen({
    title: `Wijzigingen ${row.title}${m ? ` – ${m.name}` : ""}`,
    organisation: m ? `Gemeente ${m.name}` : row.title,
    fromLabel: from.name,
    toLabel: to.name,
    before: side(from.model),
    after: side(to.model),
    date: now.toISOString(),
  });
}

async function adviceRequest(db: Db, row: ModelRow, model: OrdinanceModel, adviser: Adviser, m: Municipality | undefined, now: Date): Promise<Uint8Array> {
  const region = getRegion(db, row.regionId)!;
  const gereed = new Set(listStatuses(db, row.id).filter((s) => s.status === "gereed").map((s) => s.municipalityId));
  const members = m ? [m] : listMunicipalities(db, row.regionId).filter((x) => gereed.has(x.id));
  if (!members.length) throw new DocumentRefused(["Nog geen gemeente is gereed voor besluitvorming; een gezamenlijke adviesaanvraag noemt alleen gemeenten die gereed zijn."]);
  const texts = members.map((x) => ({ municipality: x, resolved: readyResolved(db, row, model, x) }));
  return adviesaanvraag({
    adviser,
    regionName: region.name,
    province: region.province,
    sender: m ? `Gemeente ${m.name}` : `De gemeenten in ${region.name}`,
    date: now.toISOString().slice(0, 10),
    municipalities: texts.map((t) => ({ name: t.municipality.name, choices: localChoices(db, row.id, t.municipality.id, model, t.resolved) })),
    appendix: m ? texts[0]!.resolved : model,
    houseStyle: m ? houseStyleFor(db, m.id) : undefined,
  });
}

function build(db: Db, row: ModelRow, model: OrdinanceModel, request: DocumentRequest, now: Date): Promise<Uint8Array> {
  const m = request.municipality;
  const region = getRegion(db, row.regionId)!;
  switch (request.kind) {
    case "raadsbesluit":
    case "raadsvoorstel": {
      if (!m) throw new DocumentRefused(["Kies de gemeente."]);
      const resolved = readyResolved(db, row, model, m);
      const common = { resolved, proposal: proposalFor(row, m, now), houseStyle: houseStyleFor(db, m.id) };
      if (request.kind === "raadsbesluit") return raadsbesluit(common);
      const { phases, advice } = consultation(db, row.id);
      return raadsvoorstel({ ...common, regionName: region.name, choices: localChoices(db, row.id, m.id, model, resolved), consultation: phases, advice });
    }
    case "adviesaanvraag-provincie":
      return adviceRequest(db, row, model, "provincie", m, now);
    case "adviesaanvraag-huurders":
      return adviceRequest(db, row, model, "huurders", m, now);
    case "nota": {
      const phase = request.phaseId === undefined ? undefined : getPhase(db, row.id, request.phaseId);
      if (!phase) throw new DocumentRefused(["Kies een fase van dit model."]);
      const text = phase.versionId === null ? model : versionText(db, row, phase.versionId).model;
      return nota({ modelTitle: row.title, phaseName: phase.name, regionName: region.name, sections: notaSections(db, phase.id, text) });
    }
    case "model":
      return modelDocument(model, { title: row.title, regionName: region.name });
    case "wijzigingen":
      return changes(db, row, model, request, now);
  }
}

function filenameFor(request: DocumentRequest): string {
  const scope = request.municipality?.slug ?? (request.kind === "nota" ? `fase-${request.phaseId}` : "regio");
  return `${request.kind}-${scope}.docx`;
}

/** Makes the document, or throws DocumentRefused with what is missing. */
export async function generateDocument(db: Db, row: ModelRow, model: OrdinanceModel, request: DocumentRequest, now = new Date()): Promise<GeneratedDocument> {
  return { filename: filenameFor(request), bytes: await build(db, row, model, request, now) };
}
