import type { Db } from "../../db/client";
import { listAdviceLetters } from "../../db/queries/advice-letters";
import { tenantOrganisations, type DecisionValues } from "./fields";
import { sourceKey, type LetterSource } from "./advice-letters";

// Whom a municipality's besluitvorming page offers a letter field for: the province and every tenant organisation in
// its decision data, with the letter stored so far; also an organisation that sent a letter and left the list since,
// so that its letter can still be seen and removed.

export interface LetterSourceView {
  /** "provincie" or "huurders:<naam>". */
  key: string;
  /** Who advises, in words. */
  from: string;
  letter: { id: number; fileName: string; kB: number } | null;
}

export function letterSources(db: Db, modelId: number, municipalityId: number, values: DecisionValues, province: string): LetterSourceView[] {
  const letters = listAdviceLetters(db, modelId, municipalityId);
  const stored = new Map(letters.map((l) => [sourceKey(l), l]));
  const organisations = new Set([...tenantOrganisations(values.tenantOrganisations).map((o) => o.name), ...letters.filter((l) => l.adviser === "huurders").map((l) => l.organisation)]);
  const sources: LetterSource[] = [{ adviser: "provincie", organisation: "" }, ...[...organisations].map((organisation) => ({ adviser: "huurders" as const, organisation }))];
  return sources.map((s) => {
    const letter = stored.get(sourceKey(s));
    return {
      key: sourceKey(s),
      from: s.adviser === "provincie" ? `Gedeputeerde Staten van ${province}` : s.organisation,
      letter: letter ? { id: letter.id, fileName: letter.fileName, kB: Math.max(1, Math.round(letter.size / 1024)) } : null,
    };
  });
}
