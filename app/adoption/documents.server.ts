import { amendableProvisions } from "../../ordinance-model/index";
import type { Db } from "../../db/client";
import { decisionData } from "../../db/queries/decisions";
import type { Municipality } from "../../db/queries/regions";
import { raadsbesluit } from "../../templates/raadsbesluit";
import { textInForceDocument } from "../../templates/text-in-force";
import { dutchDate } from "../../templates/parts";
import { decisionLabel, storedValues, type DecisionKey } from "../decisions/fields";
import { DocumentRefused, type GeneratedDocument } from "../documents/generate.server";
import { versionLabel } from "../documents/basis.server";
import { houseStyleFor } from "../documents/house-style.server";
import type { Adoption } from "./adopted.server";

// The documents of an adoption: its raadsbesluit, built from the adopted text ("zoals geamendeerd" when the council
// amended it, with the amendments listed), and the adopted text itself as a reader looks it up.

export const ADOPTION_DOCUMENTS = { raadsbesluit: "Raadsbesluit", tekst: "Vastgestelde tekst" } as const;
export type AdoptionDocumentKind = keyof typeof ADOPTION_DOCUMENTS;

/** "Vastgesteld bij besluit van de raad van 26 november 2026, nummer 2026-112, zoals geamendeerd." */
export function adoptedByWords(adoption: Adoption): string {
  return `Vastgesteld bij besluit van de raad van ${dutchDate(adoption.councilDate)}, nummer ${adoption.decisionNumber}${adoption.amendments.length ? ", zoals geamendeerd" : ""}.`;
}

/** Each amendment with the places, in words, of the provisions it changed. */
export function amendmentsWithPlaces(adoption: Adoption) {
  const places = new Map(amendableProvisions(adoption.proposed).map((p) => [p.id, p.place]));
  return adoption.amendments.map((a) => ({ number: a.number, title: a.title, places: a.changes.map((c) => places.get(c.provision) ?? c.provision) }));
}

/** The signatories and the proposal the raadsbesluit names come from the decision data. */
const NEEDED: readonly DecisionKey[] = ["proposalNumber", "collegeDate", "mayor", "clerk"];

export async function adoptionDocument(db: Db, municipality: Municipality, adoption: Adoption, kind: AdoptionDocumentKind, inForce: boolean): Promise<GeneratedDocument> {
  const meta = { mark: null, versionLabel: `Volgt ${versionLabel(adoption.version).replace(/^M/, "m")}` };
  const houseStyle = houseStyleFor(db, municipality.id);
  const filename = `${kind === "tekst" ? "vastgestelde-tekst" : "raadsbesluit"}-${municipality.slug}-${adoption.councilDate}.docx`;
  if (kind === "tekst") {
    const status = inForce ? "Geldende tekst" : "Eerder vastgestelde tekst, niet meer geldend";
    return { filename, bytes: await textInForceDocument({ resolved: adoption.resolved, status, adoptedBy: adoptedByWords(adoption), meta, houseStyle }) };
  }
  const data = storedValues(decisionData(db, adoption.modelId, municipality.id));
  const missing = NEEDED.filter((key) => !data[key]);
  if (missing.length) throw new DocumentRefused(missing.map((key) => `${municipality.name}, besluitvorming: “${decisionLabel(key)}” is nog niet ingevuld`));
  const bytes = await raadsbesluit({
    resolved: adoption.resolved,
    data: { ...data, councilDate: adoption.councilDate },
    meta,
    houseStyle,
    adoption: { decisionNumber: adoption.decisionNumber, amendments: amendmentsWithPlaces(adoption) },
  });
  return { filename, bytes };
}
