import type { Db } from "../../db/client";
import { decisionData } from "../../db/queries/decisions";
import type { Municipality } from "../../db/queries/regions";
import { StopError } from "../../templates/stop/index";
import { stopAmendment } from "../../templates/stop/mutation";
import { adoptedTexts } from "../adoption/adopted.server";
import type { AmendmentDraft } from "./draft.server";

// The STOP XML of a draft amending ordinance, for `modelwerk amendment --format stop`: the mutation from the expression
// in force (the n-th adoption is version n) to the next, dated on the council meeting that is to adopt it.

export type AmendmentStop = { readonly ok: true; readonly xml: string } | { readonly ok: false; readonly message: string };

export function amendmentStop(db: Db, modelId: number, municipality: Municipality, draft: AmendmentDraft, decision: { date: string; decisionNumber: string }): AmendmentStop {
  if (!municipality.cbsCode) return { ok: false, message: `De CBS-code van ${municipality.name} ontbreekt; die is nodig voor de identificatie in STOP.` };
  const data = decisionData(db, modelId, municipality.id);
  const [chair, clerk] = [data.mayor, data.clerk].map((v) => (typeof v === "string" ? v.trim() : ""));
  if (!chair || !clerk) return { ok: false, message: `Vul bij de besluitvorming van ${municipality.name} de burgemeester en de griffier in: zij ondertekenen het besluit.` };
  const version = adoptedTexts(db, modelId, municipality).findIndex((a) => a.id === draft.adoption.id) + 1;
  try {
    const { xml } = stopAmendment({
      ordinance: draft.ordinance,
      decision: { municipality: { name: municipality.name, cbsCode: municipality.cbsCode }, ...decision, chair, clerk },
      inForce: { date: draft.adoption.councilDate, decisionNumber: draft.adoption.decisionNumber, version },
    });
    return { ok: true, xml };
  } catch (error) {
    if (error instanceof StopError) return { ok: false, message: error.message };
    throw error;
  }
}
