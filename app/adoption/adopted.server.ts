import { schema, toResolvedOrdinance, type ResolvedOrdinance, type SlotValue } from "../../ordinance-model/index";
import type { CouncilAmendment } from "../../ordinance-model/index";
import type { Db } from "../../db/client";
import { listAdoptions, type AdoptionRow } from "../../db/queries/adoptions";
import { versionRef, type VersionRef } from "../../db/queries/decisions";
import { toOrdinanceMunicipality } from "../models.server";
import type { Municipality } from "../../db/queries/regions";
import { versionModelById } from "../consultation/versions.server";

// A municipality's adopted texts, as the text-in-force page, the raadsbesluit, the STOP export and the amending
// ordinances read them. Each is rebuilt from what was frozen when the adoption was recorded (never from the live text,
// the current choices or a later version), and an adoption row is never changed, so each is built once per process.

export interface Adoption {
  readonly id: number;
  readonly modelId: number;
  /** The date of the council meeting, YYYY-MM-DD. */
  readonly councilDate: string;
  readonly decisionNumber: string;
  /** The definitive model version the adopted text follows. */
  readonly version: VersionRef;
  /** The council's amendments, in the order adopted; empty when adopted as proposed. */
  readonly amendments: readonly CouncilAmendment[];
  /** The adopted text: the pinned version with the choices and the amendments. Frozen. */
  readonly resolved: ResolvedOrdinance;
  /** The text as the college proposed it, before the amendments. Frozen. */
  readonly proposed: ResolvedOrdinance;
  readonly recordedAt: Date;
  readonly recordedByName: string | null;
}

// Per database: adoption ids are unique within one.
const built = new WeakMap<Db, Map<number, Adoption>>();

function frozenText(db: Db, row: AdoptionRow, document: unknown, municipality: Pick<Municipality, "name" | "slug">): ResolvedOrdinance {
  const version = versionModelById(db, row.modelId, row.versionId)!;
  const values = new Map(Object.entries(row.values) as [string, SlotValue | null][]);
  return toResolvedOrdinance(schema.nodeFromJSON(document), toOrdinanceMunicipality(municipality), { values, slots: version.slots });
}

function adoptionOf(db: Db, row: AdoptionRow, municipality: Pick<Municipality, "name" | "slug">): Adoption {
  let known = built.get(db);
  if (!known) built.set(db, (known = new Map()));
  let adoption = known.get(row.id);
  if (!adoption) {
    adoption = Object.freeze({
      id: row.id,
      modelId: row.modelId,
      councilDate: row.councilDate,
      decisionNumber: row.decisionNumber,
      version: Object.freeze(versionRef(db, row.modelId, row.versionId)!),
      amendments: Object.freeze(row.amendments.map((a) => Object.freeze({ ...a, changes: Object.freeze(a.changes.map((c) => Object.freeze({ ...c }))) }))),
      resolved: frozenText(db, row, row.document, municipality),
      proposed: frozenText(db, row, row.proposedDocument, municipality),
      recordedAt: row.recordedAt,
      recordedByName: row.recordedByName,
    });
    known.set(row.id, adoption);
  }
  return adoption;
}

/** Every adoption of the municipality's ordinance, oldest council meeting first. */
export function adoptedTexts(db: Db, modelId: number, municipality: Municipality): Adoption[] {
  return listAdoptions(db, modelId, municipality.id).map((row) => adoptionOf(db, row, municipality));
}

/** The text in force: the latest adoption, or null while the council has not adopted. */
export function textInForce(db: Db, modelId: number, municipality: Municipality): Adoption | null {
  return adoptedTexts(db, modelId, municipality).at(-1) ?? null;
}
