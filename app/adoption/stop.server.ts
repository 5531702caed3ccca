import type { Db } from "../../db/client";
import { decisionData } from "../../db/queries/decisions";
import type { Municipality } from "../../db/queries/regions";
import { checkStop, stopBesluit, StopError } from "../../templates/stop/index";
import { adoptedTexts } from "./adopted.server";

// The STOP XML of a municipality's adopted text (the text in force, or an earlier adoption by its id), for the download
// and `modelwerk stop`: the adopted text with the council meeting, the decision number, the amendments and the
// signatories of its decision data. The n-th adoption is version n of the regulation.

export type AdoptedStop = { readonly ok: true; readonly filename: string; readonly xml: string } | { readonly ok: false; readonly message: string };

export function adoptedStop(db: Db, modelId: number, municipality: Municipality, adoptionId?: number): AdoptedStop {
  const all = adoptedTexts(db, modelId, municipality);
  const adoption = adoptionId === undefined ? all.at(-1) : all.find((a) => a.id === adoptionId);
  if (adoptionId !== undefined && !adoption) return { ok: false, message: `Deze vaststelling van ${municipality.name} bestaat niet.` };
  if (!adoption) return { ok: false, message: `${municipality.name} heeft de verordening nog niet vastgesteld; er is nog geen tekst om te publiceren.` };
  if (!municipality.cbsCode) return { ok: false, message: `De CBS-code van ${municipality.name} ontbreekt; die is nodig voor de identificatie in STOP.` };
  const data = decisionData(db, modelId, municipality.id);
  const chair = typeof data.mayor === "string" ? data.mayor.trim() : "";
  const clerk = typeof data.clerk === "string" ? data.clerk.trim() : "";
  if (!chair || !clerk) return { ok: false, message: `Vul bij de besluitvorming van ${municipality.name} de burgemeester en de griffier in: zij ondertekenen het besluit.` };
  try {
    const { xml } = stopBesluit({
      ordinance: adoption.resolved,
      decision: {
        municipality: { name: municipality.name, cbsCode: municipality.cbsCode },
        date: adoption.councilDate,
        decisionNumber: adoption.decisionNumber,
        chair,
        clerk,
        amendments: adoption.amendments.map((a) => ({ number: a.number, title: a.title })),
        version: all.indexOf(adoption) + 1,
      },
    });
    // What our checks find is a fault of the builder, never of the user: refuse to hand out such a file.
    const problems = checkStop(xml);
    if (problems.length) throw new Error(`STOP-bestand van ${municipality.name} voldoet niet: ${problems.map((p) => p.message).join(" ")}`);
    return { ok: true, filename: `${municipality.slug}-${adoption.councilDate}-stop.xml`, xml };
  } catch (error) {
    if (error instanceof StopError) return { ok: false, message: error.message };
    throw error;
  }
}
