import { type OrdinanceModel, type RenderSource, type ResolvedOrdinance } from "../../ordinance-model/index";
import type { Db } from "../../db/client";
import type { ModelRow } from "../../db/queries/models";
import { getRegion, listMunicipalities, type Municipality } from "../../db/queries/regions";
import { getPhase, getVersion, listVersions } from "../../db/queries/consultation";
import { listStatuses } from "../../db/queries/choices";
import { decisionData } from "../../db/queries/decisions";
import { listAdviceLetters } from "../../db/queries/advice-letters";
import { adviesaanvraag, type Adviser } from "../../templates/adviesaanvraag";
import { modelDocument } from "../../templates/model";
import { nota } from "../../templates/nota";
import { raadsbesluit } from "../../templates/raadsbesluit";
import { raadsvoorstel } from "../../templates/raadsvoorstel";
import { wijzigingen } from "../../templates/wijzigingen";
import type { DocumentMeta } from "../../templates/layout";
import type { OrdinanceProblem } from "../models.server";
import { municipalProblems, municipalText } from "../resolved-cache.server";
import type { Action } from "../policy.server";
import { decisionLabel, storedValues, tenantOrganisations, type DecisionKey, type DecisionValues } from "../decisions/fields";
import { adviceReceived, beslispunten, consultation, DISPOSITION_ORDER, localChoices, notaSections, proposalSections } from "./data.server";
import { versionModel } from "../consultation/versions.server";
import { houseStyleFor } from "./house-style.server";
import { documentBasis, MARK_WORDS, type Basis } from "./basis.server";
import { revisionAuthors } from "./revisions.server";
import { textInForce } from "../adoption/adopted.server";
import { latestAdoptions } from "../../db/queries/adoptions";
import { adoptionDocument } from "../adoption/documents.server";

// One entry for every document, for the page, the batch and the CLI alike: it finds the text the document is built
// from (documentBasis), checks that the document can be made (no open slots or lint errors, the decision data it
// needs), collects the data and calls the Word builder. A DocumentRun resolves each municipality once, however many
// of its documents are made in it.

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

/** The decision data each kind needs from every municipality it speaks for. */
const NEEDED: Partial<Record<DocumentKind, readonly DecisionKey[]>> = {
  raadsbesluit: ["proposalNumber", "collegeDate", "councilDate", "mayor", "clerk"],
  raadsvoorstel: ["proposalNumber", "collegeDate", "councilDate", "portfolioHolder", "mayor", "secretary"],
  "adviesaanvraag-provincie": ["provinceReference", "adviceProvinceSentOn", "contactName", "contactEmail", "contactPhone", "mayor", "secretary"],
  "adviesaanvraag-huurders": ["tenantOrganisations", "tenantsReference", "adviceTenantsSentOn", "contactName", "contactEmail", "contactPhone", "mayor", "secretary"],
};

/** The slot that holds the date of entry into force, where the model has one; otherwise the decision data gives it. */
export const ENTRY_SLOT = "effectiveDate";

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

/** The policy action and resource a request needs: a municipality's own documents, its changes, or joint ones. */
export function requiredAccess(request: DocumentRequest): { action: Action; municipalityId: number | null } {
  if (!request.municipality) return { action: "documents.generateJoint", municipalityId: null };
  return { action: request.kind === "wijzigingen" ? "documents.changes" : "documents.generate", municipalityId: request.municipality.id };
}

interface MunicipalText {
  basis: Basis;
  resolved: ResolvedOrdinance;
  errors: OrdinanceProblem[];
  data: DecisionValues;
}

/** The live text, unless concurrent edits left it with structure problems: nothing is generated from it then. */
function liveText(model: OrdinanceModel): OrdinanceModel {
  if (model.problems.length) throw new DocumentRefused(model.problems.map((p) => p.message));
  return model;
}

/** The documents of one request or one batch: each municipality's text is resolved once. */
export class DocumentRun {
  private readonly texts = new Map<number, MunicipalText>();
  readonly region;
  #live: OrdinanceModel | (() => OrdinanceModel);

  constructor(
    readonly db: Db,
    readonly row: ModelRow,
    /** The live text, or how to read it: the CLI reads it only when a document needs it (a werkversie, changes). */
    live: OrdinanceModel | (() => OrdinanceModel),
    readonly now = new Date(),
  ) {
    this.region = getRegion(db, row.regionId)!;
    this.#live = live;
  }

  /** The live text, for werkversies and for changes to "de huidige tekst". */
  get live(): OrdinanceModel {
    if (typeof this.#live === "function") this.#live = this.#live();
    return this.#live;
  }

  text(m: Municipality): MunicipalText {
    let text = this.texts.get(m.id);
    if (!text) {
      const basis = documentBasis(this.db, this.row, () => this.live, m);
      const { resolved, errors } = municipalText(this.db, this.row, basis.text, m);
      text = { basis, resolved, errors, data: storedValues(decisionData(this.db, this.row.id, m.id)) };
      this.texts.set(m.id, text);
    }
    return text;
  }

  /** What keeps one kind back for a municipality: problems of its text, then its missing decision data. */
  missing(m: Municipality, kind: DocumentKind): string[] {
    const { errors, data, basis } = this.text(m);
    return missingOf(kind, basis, errors, data);
  }

  /**
   * The same for a page that lists every municipality: it needs only the problems, which the cache keeps for every
   * municipality (the resolved texts only for the most recent), found in turns of the event loop.
   */
  async missingForPage(m: Municipality, kinds: readonly DocumentKind[]): Promise<{ basis: Basis; missing: string[][] }> {
    const basis = documentBasis(this.db, this.row, () => this.live, m);
    const errors = await municipalProblems(this.db, this.row, basis.text, m);
    const data = storedValues(decisionData(this.db, this.row.id, m.id));
    return { basis, missing: kinds.map((kind) => missingOf(kind, basis, errors, data)) };
  }

  ready(m: Municipality, kind: DocumentKind): MunicipalText {
    const problems = this.missing(m, kind);
    if (problems.length) throw new DocumentRefused(problems.map((p) => `${m.name}, ${p}`));
    return this.text(m);
  }
}

function missingOf(kind: DocumentKind, basis: Basis, errors: readonly OrdinanceProblem[], data: DecisionValues): string[] {
  const needed = [...(NEEDED[kind] ?? []), ...(kind === "raadsvoorstel" && !basis.text.slots.has(ENTRY_SLOT) ? (["entryIntoForce"] as const) : [])];
  return [
    ...errors.map((e) => `${e.place}: ${e.message}`),
    ...needed.filter((key) => !data[key]).map((key) => `besluitvorming: “${decisionLabel(key)}” is nog niet ingevuld`),
  ];
}

const meta = (basis: Basis): DocumentMeta => ({ mark: MARK_WORDS[basis.mark], versionLabel: basis.label });

function entryDate(t: MunicipalText): string {
  const slot = t.resolved.values.get(ENTRY_SLOT);
  return typeof slot === "string" ? slot : t.data.entryIntoForce!;
}

function raadsvoorstelDocument(run: DocumentRun, m: Municipality): Promise<Uint8Array> {
  const t = run.ready(m, "raadsvoorstel");
  const { db, row } = run;
  const { phases } = consultation(db, row.id);
  return raadsvoorstel({
    resolved: t.resolved,
    meta: meta(t.basis),
    regionName: run.region.name,
    data: t.data,
    entryIntoForce: entryDate(t),
    beslispunten: beslispunten(t.resolved, t.basis.text),
    sections: proposalSections(db, row.id, m, run.region.name, t.basis),
    choices: localChoices(db, row.id, m.id, t.basis.text, t.resolved),
    consultation: phases,
    advice: adviceReceived(t.data, run.region.province, listAdviceLetters(db, row.id, m.id)),
    houseStyle: houseStyleFor(db, m.id),
  });
}

async function adviceRequest(run: DocumentRun, adviser: Adviser, m: Municipality | undefined): Promise<Uint8Array> {
  const { db, row } = run;
  const kind: DocumentKind = adviser === "provincie" ? "adviesaanvraag-provincie" : "adviesaanvraag-huurders";
  // Advice comes before the council's decision: a municipality whose council adopted already is not asked for again.
  const adopted = latestAdoptions(db, row.id);
  const gereed = new Set(listStatuses(db, row.id).filter((s) => s.status === "gereed" && !adopted.has(s.municipalityId)).map((s) => s.municipalityId));
  const members = m ? [m] : listMunicipalities(db, row.regionId).filter((x) => gereed.has(x.id));
  if (!members.length) throw new DocumentRefused(["Nog geen gemeente is gereed voor besluitvorming; een gezamenlijke adviesaanvraag noemt alleen gemeenten die gereed zijn."]);
  const problems = members.flatMap((x) => run.missing(x, kind).map((p) => `${x.name}, ${p}`));
  if (problems.length) throw new DocumentRefused(problems);
  const texts = members.map((x) => ({ municipality: x, ...run.text(x) }));
  // A joint letter is sent by the first participant on behalf of all: its contact person, kenmerk and date head it.
  const lead = texts[0]!;
  const regional = documentBasis(db, row, run.live);
  const reference = adviser === "provincie" ? lead.data.provinceReference! : lead.data.tenantsReference!;
  const date = adviser === "provincie" ? lead.data.adviceProvinceSentOn! : lead.data.adviceTenantsSentOn!;
  return adviesaanvraag({
    adviser,
    regionName: run.region.name,
    province: run.region.province,
    place: lead.municipality.name,
    date,
    reference,
    contact: { name: lead.data.contactName!, email: lead.data.contactEmail!, phone: lead.data.contactPhone! },
    tenantOrganisations: tenantOrganisations(lead.data.tenantOrganisations),
    municipalities: texts.map((t) => ({
      name: t.municipality.name,
      choices: localChoices(db, row.id, t.municipality.id, t.basis.text, t.resolved),
      mayor: t.data.mayor!,
      secretary: t.data.secretary!,
    })),
    appendix: m ? lead.resolved : regional.text,
    meta: meta(m ? lead.basis : regional),
    houseStyle: m ? houseStyleFor(db, m.id) : undefined,
  });
}

function versionText(db: Db, row: ModelRow, id: number): { model: OrdinanceModel; name: string; frozenBy: string | null; at: Date } {
  const version = getVersion(db, row.id, id);
  if (!version) throw new DocumentRefused([`Versie ${id} bestaat niet bij dit model.`]);
  const summary = listVersions(db, row.id).find((v) => v.id === id)!;
  return { model: versionModel(version), name: `versie “${version.name}”`, frozenBy: summary.frozenByName, at: version.createdAt };
}

function changes(run: DocumentRun, request: DocumentRequest): Promise<Uint8Array> {
  const { db, row } = run;
  if (request.from === undefined) throw new DocumentRefused(["Kies de versie waarmee u vergelijkt (van)."]);
  const from = versionText(db, row, request.from);
  const to = request.to === undefined ? { model: liveText(run.live), name: "de huidige tekst", frozenBy: null, at: run.now } : versionText(db, row, request.to);
  const m = request.municipality;
  const side = (text: OrdinanceModel): RenderSource => (m ? municipalText(db, row, text, m).resolved : text);
  return wijzigingen({
    title: `Wijzigingen ${row.title}${m ? ` – ${m.name}` : ""}`,
    organisation: m ? `Gemeente ${m.name}` : row.title,
    fromLabel: from.name,
    toLabel: to.name,
    before: side(from.model),
    after: side(to.model),
    authors: revisionAuthors(db, row.id, { name: to.frozenBy ?? "Redactie", date: to.at.toISOString() }, from.at),
    houseStyle: m ? houseStyleFor(db, m.id) : undefined,
  });
}

function build(run: DocumentRun, request: DocumentRequest): Promise<Uint8Array> {
  const m = request.municipality;
  const { db, row } = run;
  switch (request.kind) {
    case "raadsbesluit": {
      if (!m) throw new DocumentRefused(["Kies de gemeente."]);
      // Once the council adopted, its raadsbesluit is that of the adopted text, amendments included (issue 15).
      const adopted = textInForce(db, row.id, m);
      if (adopted) return adoptionDocument(db, m, adopted, "raadsbesluit", true).then((d) => d.bytes);
      const t = run.ready(m, "raadsbesluit");
      return raadsbesluit({ resolved: t.resolved, data: t.data, meta: meta(t.basis), houseStyle: houseStyleFor(db, m.id) });
    }
    case "raadsvoorstel":
      if (!m) throw new DocumentRefused(["Kies de gemeente."]);
      return raadsvoorstelDocument(run, m);
    case "adviesaanvraag-provincie":
      return adviceRequest(run, "provincie", m);
    case "adviesaanvraag-huurders":
      return adviceRequest(run, "huurders", m);
    case "nota": {
      const phase = request.phaseId === undefined ? undefined : getPhase(db, row.id, request.phaseId);
      if (!phase) throw new DocumentRefused(["Kies een fase van dit model."]);
      const text = phase.versionId === null ? liveText(run.live) : versionText(db, row, phase.versionId).model;
      return nota({ modelTitle: row.title, phaseName: phase.name, regionName: run.region.name, date: run.now.toISOString().slice(0, 10), dispositionOrder: DISPOSITION_ORDER, ...notaSections(db, row.id, phase, text) });
    }
    case "model": {
      const basis = documentBasis(db, row, run.live);
      return modelDocument(liveText(basis.text), { title: row.title, regionName: run.region.name, meta: meta(basis) });
    }
    case "wijzigingen":
      return changes(run, request);
  }
}

function filenameFor(request: DocumentRequest): string {
  const scope = request.municipality?.slug ?? (request.kind === "nota" ? `fase-${request.phaseId}` : "regio");
  return `${request.kind}-${scope}.docx`;
}

/** Makes the document, or throws DocumentRefused with what is missing. */
export async function generateDocument(run: DocumentRun, request: DocumentRequest): Promise<GeneratedDocument> {
  return { filename: filenameFor(request), bytes: await build(run, request) };
}
