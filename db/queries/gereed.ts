import { isLocalChoice, parseModel, type OrdinanceModel } from "../../ordinance-model/index";
import { deviates } from "../../ordinance-model/deviation";
import type { Db } from "../client";
import { getStatus, setStatus } from "./choices";
import { getVersion } from "./consultation";
import { latestDefinitiveVersion, motivations, removePin, setPin } from "./decisions";
import { getChoices } from "./models";

// Marking a municipality gereed voor besluitvorming: it pins the definitive version its choices were made against, and
// every choice that deviates from that version's regional default needs the municipality's motivation. The choices
// page, the CLI and the demo seed all go through here.

/** The local choices of a municipality that deviate from the regional default of a text, by key → label. */
export function deviations(text: OrdinanceModel, choices: Record<string, unknown>): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(choices)) {
    const def = text.slots.get(key);
    if (def && isLocalChoice(def) && deviates(def, value)) out.set(key, def.label);
  }
  return out;
}

/** What keeps a municipality from being pinned to a version: deviations without motivation, in Dutch. */
export function missingMotivations(db: Db, modelId: number, municipalityId: number, text: OrdinanceModel): string[] {
  const given = motivations(db, modelId, municipalityId);
  return [...deviations(text, getChoices(db, modelId, municipalityId))].filter(([key]) => !given[key]?.trim()).map(([, label]) => `Motiveer waarom de keuze “${label}” afwijkt van de regionale standaard.`);
}

const parsed = new Map<number, OrdinanceModel>();
function definitiveText(db: Db, modelId: number): { versionId: number; text: OrdinanceModel } | string {
  const latest = latestDefinitiveVersion(db, modelId);
  if (!latest) return "Er is nog geen definitieve versie voor besluitvorming. Gereed melden kan zodra de redactie een versie als definitief heeft gemarkeerd.";
  let text = parsed.get(latest.id);
  if (!text) parsed.set(latest.id, (text = parseModel(getVersion(db, modelId, latest.id)!.document)));
  return { versionId: latest.id, text };
}

/** Pins the municipality to the latest definitive version and marks it gereed; returns what is missing instead, if anything. */
export function markGereed(db: Db, modelId: number, municipalityId: number, userId: number | null): string[] {
  const definitive = definitiveText(db, modelId);
  if (typeof definitive === "string") return [definitive];
  const problems = missingMotivations(db, modelId, municipalityId, definitive.text);
  if (problems.length) return problems;
  db.transaction(() => {
    setStatus(db, modelId, municipalityId, "gereed", undefined, userId);
    setPin(db, modelId, municipalityId, definitive.versionId, userId);
  });
  return [];
}

/** A municipality that is gereed moves to the newer definitive version, on its own confirmation. */
export function moveToLatestDefinitive(db: Db, modelId: number, municipalityId: number, userId: number | null): string[] {
  if (getStatus(db, modelId, municipalityId)?.status !== "gereed") return ["Alleen een gemeente die gereed is, is vastgezet op een versie."];
  return markGereed(db, modelId, municipalityId, userId);
}

/** Reopening releases the pin: until it is gereed again, the municipality's documents are concepts. */
export function reopen(db: Db, modelId: number, municipalityId: number, reason: string, userId: number | null): void {
  db.transaction(() => {
    setStatus(db, modelId, municipalityId, "concept", reason, userId);
    removePin(db, modelId, municipalityId);
  });
}
