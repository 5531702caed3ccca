import { applyAmendments, type CouncilAmendment } from "../../ordinance-model/index";
import type { Db } from "../../db/client";
import { getStatus } from "../../db/queries/choices";
import { pinnedVersion } from "../../db/queries/decisions";
import { insertAdoption, listAdoptions } from "../../db/queries/adoptions";
import type { ModelRow } from "../../db/queries/models";
import type { Municipality } from "../../db/queries/regions";
import { versionModelById } from "../consultation/versions.server";
import { isDate } from "../decisions/fields";
import { municipalText } from "../resolved-cache.server";
import { dutchDate } from "../../templates/parts";

// Recording a council's adoption: the one path for the page and `modelwerk adoption record`. Only a municipality that
// is gereed can be adopted, and then the text it is pinned to: the pinned definitive version with its choices. The
// amendments change that resolved text. Everything is checked first; then the adoption and its amendments are stored
// in one transaction, or nothing is.

export interface AdoptionInput {
  councilDate: string;
  decisionNumber: string;
  amendments: CouncilAmendment[];
}

/** Field → Dutch message: "councilDate", "decisionNumber", "amendments.0.title", "amendments.0.changes.1.text"; "form" for the whole. */
export type AdoptionErrors = Record<string, string>;

export type AdoptionResult = { ok: true; id: number } | { ok: false; errors: AdoptionErrors };

const MAX = { decisionNumber: 60, number: 40, title: 300, text: 8000 };

function checkFields(input: AdoptionInput): AdoptionErrors {
  const errors: AdoptionErrors = {};
  if (!input.councilDate.trim()) errors.councilDate = "Geef de datum van de raadsvergadering.";
  else if (!isDate(input.councilDate.trim())) errors.councilDate = "Geef een datum als jjjj-mm-dd, bijvoorbeeld 2027-02-08.";
  if (!input.decisionNumber.trim()) errors.decisionNumber = "Geef het nummer van het raadsbesluit.";
  else if (input.decisionNumber.trim().length > MAX.decisionNumber) errors.decisionNumber = `Een besluitnummer is hoogstens ${MAX.decisionNumber} tekens.`;
  const numbers = new Set<string>();
  input.amendments.forEach((a, i) => {
    const at = `amendments.${i}`;
    const number = a.number.trim();
    if (!number) errors[`${at}.number`] = "Geef het nummer van het amendement.";
    else if (number.length > MAX.number) errors[`${at}.number`] = `Een nummer is hoogstens ${MAX.number} tekens.`;
    else if (numbers.has(number)) errors[`${at}.number`] = `Er is al een amendement met nummer ${number}.`;
    numbers.add(number);
    if (!a.title.trim()) errors[`${at}.title`] = "Geef de titel van het amendement.";
    else if (a.title.trim().length > MAX.title) errors[`${at}.title`] = `Een titel is hoogstens ${MAX.title} tekens.`;
    if (a.changes.length === 0) errors[`${at}.changes`] = "Een amendement wijzigt ten minste één bepaling.";
    a.changes.forEach((c, j) => {
      if (!c.provision) errors[`${at}.changes.${j}.provision`] = "Kies de bepaling die het amendement wijzigt.";
      if (c.text.length > MAX.text) errors[`${at}.changes.${j}.text`] = `Dit is te lang: hoogstens ${MAX.text} tekens.`;
    });
  });
  return errors;
}

/** Checks the adoption against the municipality's pinned text and stores it, or says what is wrong, field by field. */
export function recordAdoption(db: Db, row: ModelRow, municipality: Municipality, input: AdoptionInput, userId: number | null): AdoptionResult {
  const pin = getStatus(db, row.id, municipality.id)?.status === "gereed" ? pinnedVersion(db, row.id, municipality.id) : undefined;
  if (!pin) return { ok: false, errors: { form: `${municipality.name} is nog niet gereed voor besluitvorming. Alleen een gemeente die gereed is en daarmee is vastgezet op een definitieve versie, kan haar verordening laten vaststellen.` } };
  const errors = checkFields(input);
  const councilDate = input.councilDate.trim();
  const last = listAdoptions(db, row.id, municipality.id).at(-1);
  if (!errors.councilDate && last && councilDate <= last.councilDate)
    errors.councilDate = `De raad heeft op ${dutchDate(last.councilDate)} al een verordening vastgesteld; een nieuwe vaststelling volgt op een latere raadsvergadering.`;
  const version = versionModelById(db, row.id, pin.version.id)!;
  const text = municipalText(db, row, version, municipality);
  if (text.errors.length) errors.form = `De tekst van ${municipality.name} is nog niet af: ${text.errors.map((e) => `${e.place}: ${e.message}`).join(" ")}`;
  const amendments = input.amendments.map((a) => ({ number: a.number.trim(), title: a.title.trim(), changes: a.changes.map((c) => ({ provision: c.provision, text: c.text })) }));
  const applied = applyAmendments(text.resolved.doc, text.resolved.numbering, amendments);
  for (const p of applied.problems) errors[`amendments.${p.amendment}.changes.${p.change}.${p.field}`] ??= p.message;
  if (Object.keys(errors).length) return { ok: false, errors };
  const id = insertAdoption(db, {
    modelId: row.id,
    municipalityId: municipality.id,
    versionId: pin.version.id,
    councilDate,
    decisionNumber: input.decisionNumber.trim(),
    values: Object.fromEntries(text.resolved.values),
    proposedDocument: text.resolved.doc.toJSON(),
    document: applied.doc.toJSON(),
    recordedBy: userId,
    amendments,
  });
  return { ok: true, id };
}

/**
 * The adoption as the page posts it: councilDate, decisionNumber, and per amendment i "amendments.i.number",
 * "amendments.i.title" and per change j "amendments.i.changes.j.provision" and "….text". Gaps in the numbering (a
 * removed amendment) close up, so the indexes of the errors are those of the posted order.
 */
export function adoptionFromForm(values: Record<string, string>): AdoptionInput {
  const indexes = (pattern: RegExp) => [...new Set(Object.keys(values).flatMap((k) => (pattern.exec(k) ? [Number(pattern.exec(k)![1])] : [])))].sort((a, b) => a - b);
  const amendments = indexes(/^amendments\.(\d+)\.number$/).map((i) => ({
    number: values[`amendments.${i}.number`] ?? "",
    title: values[`amendments.${i}.title`] ?? "",
    changes: indexes(new RegExp(`^amendments\\.${i}\\.changes\\.(\\d+)\\.provision$`)).map((j) => ({
      provision: values[`amendments.${i}.changes.${j}.provision`] ?? "",
      text: (values[`amendments.${i}.changes.${j}.text`] ?? "").replace(/\r\n/g, "\n"),
    })),
  }));
  return { councilDate: values.councilDate ?? "", decisionNumber: values.decisionNumber ?? "", amendments };
}
