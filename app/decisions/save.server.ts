import type { Db } from "../../db/client";
import { getStatus } from "../../db/queries/choices";
import { decisionData, proposalSectionTexts, saveDecisionData, saveProposalSection } from "../../db/queries/decisions";
import { PROPOSAL_SECTIONS } from "../../db/seed/proposal-sections";
import { removeAdviceLetter, saveAdviceLetter, type StoredLetter } from "../../db/queries/advice-letters";
import { checkDecisionData, storedValues, tenantOrganisations, type DecisionCheck } from "./fields";
import { checkLetter, letterFileName, parseSourceKey } from "./advice-letters";

// Storing a municipality's decision data: the one path for the besluitvorming page and `modelwerk besluitvorming set`.
// Everything is checked first and stored together, or nothing is stored.

export interface LetterUpload {
  /** "provincie" or "huurders:<naam>" (sourceKey). */
  readonly source: string;
  readonly fileName: string;
  readonly data: Uint8Array;
}

/** Letters to store (each replaces the one from the same adviser) and letters to remove, by source key. */
export interface LetterChanges {
  readonly attach: readonly LetterUpload[];
  readonly remove: readonly string[];
}

const NO_LETTERS: LetterChanges = { attach: [], remove: [] };
/** The form field (and the CLI's name) of the letter of a source. */
export const letterField = (source: string) => `adviesbrief:${source}`;
const NOT_STORED = "De brief is nog niet opgeslagen, omdat elders in het formulier iets te verbeteren is. Kies hem na het verbeteren zo nodig opnieuw.";

/** Each letter checked by its content, and sent by the province or a tenant organisation of the municipality. */
function checkLetters(letters: LetterChanges, organisations: ReadonlySet<string>): { errors: Record<string, string>; attach: { field: string; letter: StoredLetter }[] } {
  const errors: Record<string, string> = {};
  const attach: { field: string; letter: StoredLetter }[] = [];
  for (const upload of letters.attach) {
    const source = parseSourceKey(upload.source);
    const field = letterField(upload.source);
    if (!source) errors[field] = `"${upload.source}" is geen adviseur; kies provincie of huurders:<naam van de huurdersorganisatie>.`;
    else if (source.adviser === "huurders" && !organisations.has(source.organisation)) errors[field] = `"${source.organisation}" staat niet bij de huurdersorganisaties van de gemeente. Vul die eerst in.`;
    else {
      const checked = checkLetter(upload.data);
      if ("problem" in checked) errors[field] = checked.problem;
      else attach.push({ field, letter: { ...source, fileName: letterFileName(upload.fileName, checked.type), fileType: checked.type, data: Buffer.from(upload.data) } });
    }
  }
  for (const key of letters.remove) if (!parseSourceKey(key)) errors[letterField(key)] = `"${key}" is geen adviseur.`;
  return { errors, attach };
}

/**
 * The page sends every field (replace); the CLI sends some and keeps the others (merge). Letters are checked with
 * the data and stored in the same transaction: all of it, or nothing.
 */
export function saveDecisions(db: Db, modelId: number, municipalityId: number, input: Record<string, string>, userId: number | null, mode: "replace" | "merge", letters: LetterChanges = NO_LETTERS): DecisionCheck {
  const base = mode === "merge" ? (storedValues(decisionData(db, modelId, municipalityId)) as Record<string, string>) : {};
  const merged = { ...base, ...input };
  const check = checkDecisionData(merged);
  const organisations = new Set(tenantOrganisations(check.ok ? check.values.tenantOrganisations : merged.tenantOrganisations).map((o) => o.name));
  const { errors, attach } = checkLetters(letters, organisations);
  if (!check.ok || Object.keys(errors).length) {
    const kept = Object.fromEntries(attach.map((a) => [a.field, NOT_STORED]));
    return { ok: false, errors: { ...kept, ...(check.ok ? {} : check.errors), ...errors } };
  }
  db.transaction(() => {
    saveDecisionData(db, modelId, municipalityId, check.values, userId);
    for (const key of letters.remove) {
      const source = parseSourceKey(key)!;
      removeAdviceLetter(db, modelId, municipalityId, source.adviser, source.organisation);
    }
    for (const { letter } of attach) saveAdviceLetter(db, modelId, municipalityId, letter, userId);
  });
  return check;
}

const MAX_SECTION = 8000;
export const SECTIONS_LOCKED = "De gemeente is gereed voor besluitvorming; haar teksten voor het raadsvoorstel zijn vastgezet met de keuzes. Heropen eerst.";

/** A municipality's adaptations of the raadsvoorstel's sections (section key → text; empty follows the regional text). */
export function saveSectionAdaptations(db: Db, modelId: number, municipalityId: number, texts: Record<string, string>, userId: number | null): Record<string, string> {
  if (getStatus(db, modelId, municipalityId)?.status === "gereed") return { sections: SECTIONS_LOCKED };
  const errors: Record<string, string> = {};
  for (const s of PROPOSAL_SECTIONS) if ((texts[s.key] ?? "").length > MAX_SECTION) errors[`section-${s.key}`] = `Dit is te lang: hoogstens ${MAX_SECTION} tekens.`;
  if (Object.keys(errors).length) return errors;
  const own = proposalSectionTexts(db, modelId, municipalityId);
  db.transaction(() => {
    for (const s of PROPOSAL_SECTIONS) {
      const text = (texts[s.key] ?? "").replace(/\r\n/g, "\n").trim();
      if (text !== (own[s.key] ?? "")) saveProposalSection(db, modelId, municipalityId, s.key, text, userId);
    }
  });
  return {};
}
