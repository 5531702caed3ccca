// The typed numbers and words that give a paragraph its place in an ordinance. Each recogniser returns the number as
// the source has it (kept only to match references and notes) and the text without it.

export interface Numbered {
  readonly designation: string;
  readonly rest: string;
}

const match = (re: RegExp, text: string): Numbered | null => {
  const m = re.exec(text);
  return m ? { designation: m[1]!, rest: text.slice(m[0].length).trim() } : null;
};

export const articleHeading = (text: string) => match(/^(?:Artikel|Art\.)\s+(\d+(?:\.\d+)*[a-z]?)\.?(?:\s+|$)/i, text);
export const chapterHeading = (text: string) => match(/^Hoofdstuk\s+([0-9IVXLC]+[a-z]?)\.?(?:\s+|$)/i, text);
export const sectionHeading = (text: string) => match(/^(?:Paragraaf|§)\s*(\d+(?:\.\d+)*[a-z]?)\.?(?:\s+|$)/i, text);
/** "1. " or "1" + tab: a member; never "1°", and not "1.000 euro". */
export const memberNumber = (text: string) => match(/^(\d{1,2})(?:\.\s+|\.?\t\s*)(?=\S)/, text);
/** "a." or "a)" at depth 1, "1°" at depth 2. */
export function itemNumber(text: string): (Numbered & { depth: 1 | 2 }) | null {
  const letter = match(/^([a-z]{1,2})[.)](?:\s+|\t)(?=\S)/, text);
  if (letter) return { ...letter, depth: 1 };
  const degree = match(/^(\d{1,2})°\s*(?=\S)/, text);
  return degree ? { ...degree, depth: 2 } : null;
}

export type PreambleRoleWord = "council" | "read" | "considering" | "legalBasis" | "decision";

export function preambleRole(text: string): PreambleRoleWord | null {
  if (/^De raad van de gemeente\b/i.test(text)) return "council";
  if (/^gelezen\b/i.test(text)) return "read";
  if (/^overwegende\b/i.test(text)) return "considering";
  if (/^gelet op\b/i.test(text)) return "legalBasis";
  if (/^besluit\b/i.test(text)) return "decision";
  return null;
}

const normal = (text: string) => text.trim().toLowerCase().replace(/[:.]$/, "");
export const isNotesStart = (text: string) => /^(?:algemene\s+)?toelichting$/.test(normal(text)) || /^toelichting (?:op|bij) de\b/.test(normal(text));
export const isGeneralNotesStart = (text: string) => ["algemeen deel", "algemeen", "algemene toelichting", "i. algemeen", "i algemeen"].includes(normal(text));
export const isArticleNotesStart = (text: string) => /^(?:ii\.?\s+)?artikelsgewijze?(?: toelichting)?$/.test(normal(text));
export const isDefinitionsHeading = (text: string) => /begrip/i.test(text);
/** The guidance at the end of a model met varianten: advice on the slots, not part of the ordinance. */
export const isGuidanceStart = (text: string) => /^keuzemogelijkheden en advies\b/i.test(text.trim());
/** A model met varianten announces a variant or optional provision in a bracketed line of its own. */
export const isVariantCaption = (text: string) => /^\[(?:Variant|Optioneel|Keuzelijst)\b.*\]$/.test(text.trim());
/** The closing part of a council decision: not part of the ordinance. */
export const isSigningStart = (text: string) => /^(ondertekening|aldus (vastgesteld|besloten))/i.test(text.trim());

/** Placeholders a redactie would turn into slots: "[naam gemeente]", "…", "....". */
export function slotCandidates(text: string): string[] {
  return [...text.matchAll(/\[[^\]\n]{1,80}\]|…+|\.{3,}/g)].map((m) => m[0]);
}

const ordinals = ["eerste", "tweede", "derde", "vierde", "vijfde", "zesde", "zevende", "achtste", "negende", "tiende", "elfde", "twaalfde", "dertiende", "veertiende", "vijftiende", "zestiende", "zeventiende", "achttiende", "negentiende", "twintigste"];
export const ordinalNumber = (word: string): number | null => (ordinals.indexOf(word.toLowerCase()) + 1 || null);
export const ordinalPattern = ordinals.join("|");
