import type { Db } from "../../db/client";
import { getStatus } from "../../db/queries/choices";
import { decisionData, proposalSectionTexts, saveDecisionData, saveProposalSection } from "../../db/queries/decisions";
import { PROPOSAL_SECTIONS } from "../../db/seed/proposal-sections";
import { checkDecisionData, storedValues, type DecisionCheck } from "./fields";

// Storing a municipality's decision data: the one path for the besluitvorming page and `modelwerk besluitvorming set`.
// Everything is checked first and stored together, or nothing is stored.

/** The page sends every field (replace); the CLI sends some and keeps the others (merge). */
export function saveDecisions(db: Db, modelId: number, municipalityId: number, input: Record<string, string>, userId: number | null, mode: "replace" | "merge"): DecisionCheck {
  const base = mode === "merge" ? (storedValues(decisionData(db, modelId, municipalityId)) as Record<string, string>) : {};
  const check = checkDecisionData({ ...base, ...input });
  if (check.ok) saveDecisionData(db, modelId, municipalityId, check.values, userId);
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
