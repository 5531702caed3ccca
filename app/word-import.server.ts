import type { AppLoadContext } from "@remix-run/node";
import { detectImpact, parseModel, placeInWords, renderHtml, type OrdinanceModel } from "../ordinance-model/index";
import type { Db } from "../db/client";
import type { Account } from "../db/queries/users";
import { claimWordImportForDraft, confirmWordImport, getWordImport, insertWordImport, releaseWordImportClaim, saveWordImportDecisions, type WordImportRow } from "../db/queries/word-imports";
import { getModelRow, listModels } from "../db/queries/models";
import { listChoiceRows } from "../db/queries/choices";
import { seedPhases } from "../db/seed/phases";
import {
  candidateLabel,
  docxProblemMessage,
  importWord,
  noDecisions,
  readDocx,
  undecided,
  withFreshIds,
  type CandidateDecision,
  type DocxParts,
  type ImportDecisions,
  type ImportResult,
  type Placement,
  type TrackedChanges,
} from "../word-import/index";
import { MAX_IMPORT_BODY_BYTES } from "./word-import-limit.server";
import { notFound, requireAccess } from "./access.server";
import { can } from "./policy.server";

// Starting a model from Word on the page /modellen/nieuw (issue 18): the upload is checked by word-import and kept
// as its XML parts with the redactie's decisions, so a reload keeps the work; only confirming makes the model.

const MAX_TITLE = 200;

export const TRACKED_CHANGES_LABELS: Record<TrackedChanges, string> = {
  accept: "Aanvaarden: de tekst zoals die na de wijzigingen luidt",
  reject: "Verwerpen: de tekst zoals die vóór de wijzigingen luidde",
};

type FieldErrors = Record<string, string>;
export type UploadOutcome = { id: number } | { errors: FieldErrors; values: Record<string, string> };

/** Checks and keeps an uploaded Word file; nothing is stored when it is refused. */
export async function startWordImport(db: Db, user: Account, request: Request): Promise<UploadOutcome> {
  if (Number(request.headers.get("content-length") ?? 0) > MAX_IMPORT_BODY_BYTES) {
    // Read and drop the body unkept: a browser still sending it would not read an answer that came before its end.
    await request.body?.pipeTo(new WritableStream());
    return { errors: { bestand: docxProblemMessage("tooLarge") }, values: {} };
  }
  const form = await request.formData();
  const trackedChanges = form.get("wijzigingen") === "reject" ? "reject" : "accept";
  const values = { wijzigingen: trackedChanges };
  const file = form.get("bestand");
  if (!(file instanceof File) || file.size === 0) return { errors: { bestand: "Kies een Word-bestand (.docx)." }, values };
  const parts = readDocx(new Uint8Array(await file.arrayBuffer()));
  if ("problem" in parts) return { errors: { bestand: docxProblemMessage(parts.problem) }, values };
  const { model, report } = importWord(parts, trackedChanges);
  if (!model) return { errors: { bestand: `In dit Word-bestand is geen verordening te herkennen: ${report.notes[report.notes.length - 1]}.` }, values };
  const id = insertWordImport(db, {
    regionId: user.regionId,
    createdBy: user.id,
    fileName: file.name.slice(0, 200) || "naamloos.docx",
    parts,
    trackedChanges,
    title: report.title.slice(0, MAX_TITLE),
    decisions: noDecisions,
  });
  return { id };
}

/** The import behind a URL id, for a redactie of its region; 404 for an id that is not one. */
export function requireWordImport(context: AppLoadContext, user: Account, importId: string | undefined): WordImportRow {
  const id = Number(importId);
  const row = Number.isInteger(id) ? getWordImport(context.db, id) : undefined;
  if (!row) throw notFound();
  requireAccess(user, "models.import", { regionId: row.regionId });
  return row;
}

const decisionsOf = (row: WordImportRow) => (row.decisions ?? noDecisions) as ImportDecisions;
const resultOf = (row: WordImportRow, decisions = decisionsOf(row)): ImportResult => importWord(row.parts as DocxParts, row.trackedChanges, decisions);

const LEFT_OUT_KINDS = { table: "Tabel", image: "Afbeelding", deletion: "Verwijderde tekst", insertion: "Ingevoegde tekst", comment: "Opmerking", footnote: "Voetnoot" } as const;

/**
 * The models of the region whose working draft this import may replace, each with the slots that would be gone and
 * how many municipalities chose for them (their choices stay, archived, as after any model change).
 */
function replaceableModels(db: Db, user: Account, row: WordImportRow, imported: OrdinanceModel | null) {
  if (!imported || !can(user, "model.replaceDraft", { regionId: row.regionId })) return [];
  return listModels(db, row.regionId).map((m) => {
    const rows = listChoiceRows(db, m.id);
    // detectImpact reads one municipality's choices; over all of them a gone slot comes once per municipality.
    const gone = new Map(detectImpact(imported, rows.map((r) => ({ key: r.slotKey, value: r.value, definition: r.slotDefinition }))).filter((i) => i.kind === "slot-gone").map((i) => [i.key, i.label]));
    const goneSlots = [...gone].map(([key, label]) => ({ key, label, municipalities: new Set(rows.filter((r) => r.slotKey === key).map((r) => r.municipalityId)).size }));
    return { id: m.id, title: m.title, goneSlots };
  });
}

/** Everything the report page shows, with the decisions made so far. */
export function wordImportPage(db: Db, user: Account, row: WordImportRow) {
  const decisions = decisionsOf(row);
  const { model, report } = resultOf(row, decisions);
  const parsed = model ? parseModel(model) : null;
  const place = (id: string | undefined) => (parsed && id ? placeInWords(parsed.numbering, id) : null);
  return {
    id: row.id,
    fileName: row.fileName,
    title: row.title,
    trackedChanges: TRACKED_CHANGES_LABELS[row.trackedChanges],
    confirmedModelId: row.modelId,
    replacedDraft: row.replacedDraft,
    replacedTitle: row.replacedDraft && row.modelId !== null ? (getModelRow(db, row.modelId)?.title ?? null) : null,
    models: row.modelId === null ? replaceableModels(db, user, row, parsed) : [],
    structure: report.structure,
    paragraphs: [...report.unplaced, ...report.assigned]
      .sort((a, b) => a.position - b.position)
      .map((u) => ({ position: u.position, text: u.text, reason: u.reason, options: u.options.map((o) => ({ value: o.placement, label: o.label })), chosen: decisions.placements[u.position] ?? "" })),
    references: { resolved: report.references.resolved, lawLinked: report.references.lawLinked, law: report.references.lawReferences.length, unresolved: report.references.unresolved, otherLinks: report.references.otherLinks },
    candidates: report.slotCandidates.map((c) => {
      const decision = decisions.candidates[c.key];
      return { key: c.key, position: c.position, text: c.text, context: c.context, decision: decision ? (decision.slot ? "slot" : "negeren") : "", label: decision?.slot ? decision.label : candidateLabel(c) };
    }),
    comments: report.leftOut.filter((l) => l.kind === "comment").map((l) => ({ position: l.position, text: l.text, place: place(l.provision) })),
    leftOut: report.leftOut.filter((l) => l.kind !== "comment").map((l) => ({ position: l.position, kind: LEFT_OUT_KINDS[l.kind], text: l.text, action: l.action })),
    notes: report.notes,
    preview: parsed ? renderHtml(parsed, { headingLevel: 3, idPrefix: "voorbeeld-" }) : null,
  };
}

export type DecideOutcome = { modelId: number; replaced: boolean } | { errors: FieldErrors };

/**
 * Saves what the form says (every decision it carries, valid or not yet complete, so nothing typed is lost) and,
 * when asked to, makes the model or replaces the working draft of one (decision 065) — only when every paragraph and
 * candidate has its decision.
 */
export async function decideWordImport(context: AppLoadContext, user: Account, row: WordImportRow, form: FormData): Promise<DecideOutcome> {
  const { db } = context;
  if (row.modelId !== null) return { errors: { form: row.replacedDraft ? "De werkversie is al vervangen." : "Dit model is al gemaakt." } };
  const current = resultOf(row).report;
  const placements: Record<string, Placement> = {};
  for (const u of [...current.unplaced, ...current.assigned]) {
    const value = String(form.get(`plaats-${u.position}`) ?? "");
    if (u.options.some((o) => o.placement === value)) placements[u.position] = value as Placement;
  }
  const candidates: Record<string, CandidateDecision> = {};
  for (const c of current.slotCandidates) {
    const value = form.get(`kandidaat-${c.key}`);
    const label = String(form.get(`label-${c.key}`) ?? "").trim().slice(0, MAX_TITLE);
    if (value === "slot") candidates[c.key] = { slot: true, label: label || candidateLabel(c) };
    else if (value === "negeren") candidates[c.key] = { slot: false };
  }
  const title = String(form.get("titel") ?? "").trim();
  const decisions: ImportDecisions = { placements, candidates };
  saveWordImportDecisions(db, row.id, title.slice(0, MAX_TITLE), decisions);
  const intent = form.get("intent");
  const replacing = intent === "vervangen";
  const errors: FieldErrors = {};
  // Replacing keeps the model's own title.
  if (!replacing && !title) errors.titel = "Geef het model een titel.";
  else if (!replacing && title.length > MAX_TITLE) errors.titel = `De titel is te lang: hoogstens ${MAX_TITLE} tekens.`;
  const target = replacing ? replaceTarget(db, user, row, form, errors) : null;
  if (intent !== "bevestigen" && !replacing) return { errors };
  const { model, report } = resultOf(row, decisions);
  const open = undecided(report, decisions);
  for (const p of open.paragraphs) errors[`plaats-${p.position}`] = "Kies een plaats voor deze alinea, of bevestig dat die wegblijft.";
  for (const c of open.candidates) errors[`kandidaat-${c.key}`] = "Kies of dit een keuzemogelijkheid wordt.";
  if (!model) errors.form = `Er is geen verordening te maken: ${report.notes[report.notes.length - 1]}.`;
  else if (open.paragraphs.length || open.candidates.length) errors.form = waitingMessage(replacing ? "De werkversie is nog niet vervangen" : "Het model is nog niet gemaakt", open.paragraphs.length, open.candidates.length);
  if (Object.keys(errors).length || !model) return { errors };
  if (target !== null) return replaceDraft(context, row, target, withFreshIds(model));
  const modelId = confirmWordImport(db, row.id, row.regionId, title, withFreshIds(model), () => seedPhases(db));
  return modelId === null ? { errors: { form: "Dit model is al gemaakt." } } : { modelId, replaced: false };
}

/** The model whose working draft is to be replaced, policy-checked; null with a field error when none is given. */
function replaceTarget(db: Db, user: Account, row: WordImportRow, form: FormData, errors: FieldErrors): number | null {
  if (form.get("begrepen") !== "ja") errors.begrepen = "Bevestig dat u begrijpt dat de werkversie wordt vervangen.";
  const id = Number(form.get("model") ?? "");
  const target = Number.isInteger(id) && id > 0 ? getModelRow(db, id) : undefined;
  if (!target) {
    errors.model = "Kies het model waarvan de werkversie wordt vervangen.";
    return null;
  }
  // The import is of the user's own region (requireWordImport); a crafted id of another region's model is a 403 here.
  requireAccess(user, "model.replaceDraft", { regionId: target.regionId });
  return target.id;
}

/** Claims the import, then replaces the live text through the sync server; the claim is released when that fails. */
async function replaceDraft(context: AppLoadContext, row: WordImportRow, modelId: number, document: unknown): Promise<DecideOutcome> {
  if (!context.liveDocuments) return { errors: { form: "De werkversie kan nu niet worden vervangen: de samenwerkingsserver draait niet." } };
  if (!claimWordImportForDraft(context.db, row.id, modelId)) return { errors: { form: "De werkversie is al vervangen." } };
  try {
    await context.liveDocuments.replaceText(modelId, document);
  } catch (error) {
    releaseWordImportClaim(context.db, row.id);
    console.error(`Word-import ${row.id}: werkversie van model ${modelId} niet vervangen.`, error);
    return { errors: { form: "De werkversie is niet vervangen: er ging iets mis bij de samenwerkingsserver. Probeer het opnieuw." } };
  }
  return { modelId, replaced: true };
}

function waitingMessage(notYet: string, paragraphs: number, candidates: number): string {
  const parts = [paragraphs && `${paragraphs} ${paragraphs === 1 ? "alinea wacht" : "alinea's wachten"} op een plaats`, candidates && `${candidates} mogelijke ${candidates === 1 ? "keuzemogelijkheid wacht" : "keuzemogelijkheden wachten"} op uw besluit`].filter(Boolean);
  return `${notYet}: ${parts.join(" en ")}. Uw keuzes tot nu toe zijn bewaard.`;
}
