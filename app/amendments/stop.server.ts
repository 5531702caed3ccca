import type { Db } from "../../db/client";
import { decisionData } from "../../db/queries/decisions";
import type { Municipality } from "../../db/queries/regions";
import { StopError } from "../../templates/stop/index";
import { stopAmendment } from "../../templates/stop/mutation";
import { adoptedTexts } from "../adoption/adopted.server";
import { isDate } from "../decisions/fields";
import type { AmendmentDraft } from "./draft.server";

// The STOP XML of a draft amending ordinance, for `modelwerk amendment --format stop` and the draft's page: the mutation from the expression
// in force (the n-th adoption is version n) to the next, dated on the council meeting that is to adopt it.

export type AmendmentStop = { readonly ok: true; readonly xml: string } | { readonly ok: false; readonly message: string };

export function amendmentStop(db: Db, modelId: number, municipality: Municipality, draft: AmendmentDraft, decision: AmendingDecision): AmendmentStop {
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

export interface AmendingDecision {
  readonly date: string;
  readonly decisionNumber: string;
}

export type AmendingDecisionQuery =
  | { readonly ok: true; readonly decision: AmendingDecision; readonly values: Record<string, string> }
  | { readonly ok: false; readonly errors: Record<string, string>; readonly values: Record<string, string> };

/** The date and number of the decision that is to adopt the draft, from a query (?datum=&nummer=), with a Dutch message per field. */
export function amendingDecisionFromQuery(query: URLSearchParams): AmendingDecisionQuery {
  const values = { datum: (query.get("datum") ?? "").trim(), nummer: (query.get("nummer") ?? "").trim() };
  const errors: Record<string, string> = {};
  if (!values.datum) errors.datum = "Geef de datum van het raadsbesluit.";
  else if (!isDate(values.datum)) errors.datum = "Geef een datum als jjjj-mm-dd, bijvoorbeeld 2027-06-28.";
  if (!values.nummer) errors.nummer = "Geef het nummer van het raadsbesluit.";
  if (Object.keys(errors).length) return { ok: false, errors, values };
  return { ok: true, decision: { date: values.datum, decisionNumber: values.nummer }, values };
}
