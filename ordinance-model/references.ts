import type { Node } from "prosemirror-model";
import type { NumberEntry, Numbering } from "./numbering";
import { referenceTargetNames } from "./schema";
import { walk } from "./tree";

// References in words (Aanwijzing 3.29 and following): "artikel 4, tweede lid, onderdeel b, onder 2°".
// A reference points at an id, so it follows its target wherever that moves; the words are
// recomputed from the numbering every time.

const ordinalWords = [
  "eerste", "tweede", "derde", "vierde", "vijfde", "zesde", "zevende", "achtste", "negende", "tiende",
  "elfde", "twaalfde", "dertiende", "veertiende", "vijftiende", "zestiende", "zeventiende", "achttiende", "negentiende", "twintigste",
];

/** 1 → "eerste" … 20 → "twintigste"; beyond that (never seen in practice for members) "21e". */
export function ordinalWord(n: number): string {
  return ordinalWords[n - 1] ?? `${n}e`;
}

/**
 * The place of a numbered node in words, or null when the id is not numbered (removed, or not
 * a chapter, section, article, member or item). A lone member adds nothing: "artikel 7".
 */
export function placeInWords(numbering: Numbering, id: string): string | null {
  const entry = numbering.get(id);
  if (!entry) return null;
  const parts: string[] = [];
  for (const step of entry.path) {
    const e = numbering.get(step)!;
    switch (e.kind) {
      case "chapter":
      case "section":
        // A chapter or section is only named when it is the place itself: references name the article.
        if (step === id) parts.push(`${e.kind === "chapter" ? "hoofdstuk" : "paragraaf"} ${e.designation}`);
        break;
      case "article":
        parts.push(`artikel ${e.designation}`);
        break;
      case "member":
      case "item": {
        const words = placeStep(e);
        if (words) parts.push(words);
        break;
      }
    }
  }
  return parts.join(", ");
}

/**
 * The words for a reference to `target`, or null when the target is not (or no longer) there. Given `from`, the
 * provision the reference stands in, a reference inside the same article leaves the article out, as drafting practice
 * has it: "het tweede lid", and inside the same member "onderdeel b"; "dit artikel" and "dit lid" for the own provision.
 */
export function referenceInWords(numbering: Numbering, target: string, from?: string | null): string | null {
  const entry = numbering.get(target);
  if (!entry || !referenceTargetNames.has(entry.kind)) return null;
  const origin = from ? numbering.get(from) : undefined;
  const ancestorOf = (path: readonly string[], kind: string) => path.find((step) => numbering.get(step)!.kind === kind);
  const article = ancestorOf(entry.path, "article");
  if (!origin || article === undefined || ancestorOf(origin.path, "article") !== article) return placeInWords(numbering, target);
  if (target === article) return "dit artikel";
  const member = ancestorOf(entry.path, "member")!;
  const sameMember = ancestorOf(origin.path, "member") === member;
  if (sameMember && target === member) return "dit lid";
  const steps = entry.path.slice(entry.path.indexOf(sameMember ? member : article) + 1);
  const words = steps.map((step) => placeStep(numbering.get(step)!)).filter((w): w is string => w !== null);
  return words[0]?.endsWith(" lid") ? `het ${words.join(", ")}` : words.join(", ");
}

function placeStep(e: NumberEntry): string | null {
  if (e.kind === "member") return e.ordinal === null ? null : `${ordinalWord(e.ordinal)} lid`;
  if (e.kind === "item") return e.depth === 1 ? `onderdeel ${e.designation}` : `onder ${e.designation}`;
  return null;
}

/** The id of the innermost numbered provision among `ancestors` (outermost first): where a reference there stands. */
export function innermostNumbered(ancestors: readonly Node[], numbering: Numbering): string | null {
  for (let i = ancestors.length - 1; i >= 0; i--) {
    const id = ancestors[i]!.attrs.id;
    if (typeof id === "string" && numbering.has(id)) return id;
  }
  return null;
}

/** Each text block → the innermost numbered provision it stands in, so its references can be written relative to it. */
export function referenceOrigins(doc: Node, numbering: Numbering): WeakMap<Node, string> {
  const origins = new WeakMap<Node, string>();
  walk(doc, (node, ancestors) => {
    if (!node.isTextblock) return;
    const origin = innermostNumbered(ancestors, numbering);
    if (origin !== null) origins.set(node, origin);
  });
  return origins;
}

export interface ReferenceSite {
  readonly target: string;
  /** Where the reference stands, in words: "artikel 4, tweede lid", "de toelichting bij artikel 3", "de aanhef". */
  readonly place: string;
  /** Id of the innermost structural node around the reference, if any. */
  readonly nodeId: string | null;
}

/** The place of something inside the document, described by its ancestors. */
export function placeOfAncestors(ancestors: readonly Node[], numbering: Numbering): { place: string; nodeId: string | null } {
  for (let i = ancestors.length - 1; i >= 0; i--) {
    const a = ancestors[i]!;
    const id = typeof a.attrs.id === "string" ? a.attrs.id : null;
    if (a.type.name === "articleNote") {
      const article = placeInWords(numbering, String(a.attrs.article));
      return { place: article ? `de toelichting bij ${article}` : "de artikelsgewijze toelichting", nodeId: id };
    }
    if (id !== null && numbering.has(id)) return { place: placeInWords(numbering, id)!, nodeId: id };
  }
  const region = ancestors.find((a) => ["title", "preamble", "generalNotes", "articleNotes"].includes(a.type.name))?.type.name;
  const names: Record<string, string> = { title: "de titel", preamble: "de aanhef", generalNotes: "het algemeen deel van de toelichting", articleNotes: "de artikelsgewijze toelichting" };
  return { place: region ? names[region]! : "de verordening", nodeId: null };
}

export function findReferences(doc: Node, numbering: Numbering): ReferenceSite[] {
  const sites: ReferenceSite[] = [];
  walk(doc, (node, ancestors) => {
    if (node.type.name === "reference") sites.push({ target: String(node.attrs.target), ...placeOfAncestors(ancestors, numbering) });
  });
  return sites;
}

/** References whose target is absent from the numbering: in a resolved ordinance, provisions removed by a choice. */
export function danglingReferences(doc: Node, numbering: Numbering): ReferenceSite[] {
  return findReferences(doc, numbering).filter((site) => referenceInWords(numbering, site.target) === null);
}
