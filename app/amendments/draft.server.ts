import { detectImpact, type SlotImpact } from "../../ordinance-model/index";
import { AmendmentError, amendingOrdinance, carryOverAmendments, type AmendingOrdinance, type CarriedOver } from "../../ordinance-model/amendments/index";
import type { Db } from "../../db/client";
import { listChoiceRows } from "../../db/queries/choices";
import { definitiveVersionIds, latestDefinitiveVersion, versionRef, type VersionRef } from "../../db/queries/decisions";
import type { ModelRow } from "../../db/queries/models";
import type { Municipality } from "../../db/queries/regions";
import { textInForce, type Adoption } from "../adoption/adopted.server";
import { versionModelById } from "../consultation/versions.server";
import { municipalText } from "../resolved-cache.server";

// The draft amending ordinance of one adopted municipality: from its text in force to a newer definitive version of
// the model with its own choices (carried over; the impact list says which need a new look) and its council's
// amendments where the model left those provisions alone.

export interface AmendmentDraft {
  readonly adoption: Adoption;
  readonly from: VersionRef;
  readonly to: VersionRef;
  readonly ordinance: AmendingOrdinance;
  readonly impacts: readonly SlotImpact[];
  readonly superseded: CarriedOver["superseded"];
  /** What keeps the new text back (refused choices, lint errors), in Dutch; the draft is a draft until these are gone. */
  readonly problems: readonly string[];
}

export type DraftResult = { readonly ok: true; readonly draft: AmendmentDraft } | { readonly ok: false; readonly message: string };

export interface DraftRequest {
  /** The number of the definitive version to amend to ("Modelversie 3" → 3); the latest definitive one by default. */
  readonly toVersion?: number;
  readonly entryIntoForce?: string | null;
  readonly citeertitel?: string | null;
}

function targetVersion(db: Db, row: ModelRow, wanted: number | undefined): VersionRef | string {
  if (wanted === undefined) return latestDefinitiveVersion(db, row.id) ?? "Er is nog geen definitieve versie van het model.";
  const version = definitiveVersionIds(db, row.id)
    .map((id) => versionRef(db, row.id, id)!)
    .find((v) => v.number === wanted);
  return version ?? `Modelversie ${wanted} is geen definitieve versie van dit model.`;
}

export function draftAmendment(db: Db, row: ModelRow, municipality: Municipality, request: DraftRequest = {}): DraftResult {
  const adoption = textInForce(db, row.id, municipality);
  if (!adoption) return { ok: false, message: `De raad van ${municipality.name} heeft de verordening nog niet vastgesteld; er is niets te wijzigen.` };
  const to = targetVersion(db, row, request.toVersion);
  if (typeof to === "string") return { ok: false, message: to };
  if (to.number <= adoption.version.number)
    return { ok: false, message: `De geldende tekst van ${municipality.name} volgt modelversie ${adoption.version.number}; modelversie ${to.number} is daar niet nieuwer dan.` };
  const model = versionModelById(db, row.id, to.id)!;
  const adoptedModel = versionModelById(db, row.id, adoption.version.id)!;
  const next = municipalText(db, row, model, municipality);
  const rows = listChoiceRows(db, row.id, municipality.id);
  const impacts = detectImpact(model, rows.map((r) => ({ key: r.slotKey, value: r.value, definition: adoptedModel.slots.get(r.slotKey) ?? r.slotDefinition })));
  const carried = carryOverAmendments(adoption.proposed.doc, next.resolved, adoption.amendments);
  try {
    const ordinance = amendingOrdinance(adoption.resolved, carried.target.doc, { entryIntoForce: request.entryIntoForce, citeertitel: request.citeertitel });
    return { ok: true, draft: { adoption, from: adoption.version, to, ordinance, impacts, superseded: carried.superseded, problems: next.errors.map((e) => `${e.place}: ${e.message}`) } };
  } catch (error) {
    if (error instanceof AmendmentError) return { ok: false, message: error.message };
    throw error;
  }
}
