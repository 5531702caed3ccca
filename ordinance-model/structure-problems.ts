import type { Node } from "prosemirror-model";
import type { Numbering } from "./numbering";
import { placeInWords, placeOfAncestors } from "./references";
import { contractAccepts, contractContent, idNodeNames } from "./schema";
import { walk } from "./tree";

// What concurrent edits can break in the live text, each named by its place in words ("artikel 27 heeft geen leden
// meer"). Two writers who each make a valid edit can merge into a state that breaks the contract; the schema Yjs is
// bound to accepts it (schema.ts) so no text is dropped, and this list says what the drafters still have to mend.
// Freezing a version and generating documents are refused while it is not empty.

export interface StructureProblem {
  readonly code: "structure";
  /** In words: "artikel 27", "artikel 4, tweede lid", or "de verordening". */
  readonly place: string;
  /** Dutch, a whole sentence naming the place. */
  readonly message: string;
  readonly nodeId: string | null;
}

const capitalised = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);


/** The sentence for a node whose content breaks the contract, with `place` its place in words. */
function brokenContent(node: Node, place: string): string {
  const Place = capitalised(place);
  switch (node.type.name) {
    case "article":
      return `${Place} heeft geen leden meer.`;
    case "member":
      return `${Place} heeft geen tekst meer.`;
    case "itemList":
      return `Een opsomming in ${place} heeft geen onderdelen meer.`;
    case "item":
      return node.childCount === 0 ? `${Place} heeft geen tekst meer.` : `${Place} bestaat niet meer uit één zin met hooguit één opsomming eronder.`;
    case "chapter":
    case "section":
      return node.childCount <= 1 ? `${Place} heeft geen artikelen meer.` : `${Place} bevat zowel paragrafen als losse artikelen.`;
    case "body":
      return node.childCount === 0 ? "De verordening heeft geen artikelen meer." : "De verordening bevat zowel hoofdstukken als losse artikelen.";
    case "preamble":
      return "De aanhef is leeg.";
    case "generalNotes":
      return "Het algemeen deel van de toelichting is leeg.";
    case "articleNote":
      return `${Place} is leeg.`;
    default:
      return `De opbouw van ${place} klopt niet.`;
  }
}

/** Every place where the live text breaks what parseModel requires of a stored document. */
export function structureProblems(doc: Node, numbering: Numbering): StructureProblem[] {
  const problems: StructureProblem[] = [];
  const report = (place: string, message: string, nodeId: string | null) => problems.push({ code: "structure", place, message, nodeId });
  const articleIds = new Set<string>();
  const seen = new Map<string, string>();
  walk(doc, (node) => {
    if (node.type.name === "article") articleIds.add(String(node.attrs.id));
  });

  walk(doc, (node, ancestors) => {
    const name = node.type.name;
    const own = typeof node.attrs.id === "string" ? node.attrs.id : null;
    const where = () => (own && numbering.has(own) ? { place: placeInWords(numbering, own)!, nodeId: own } : placeOfAncestors([...ancestors, node], numbering));
    if (name in contractContent && !contractAccepts(name, node.content)) {
      const { place, nodeId } = name === "articleNote" ? placeOfAncestors([...ancestors, node], numbering) : where();
      report(place, brokenContent(node, place), nodeId);
    }
    if (own !== null && idNodeNames.has(name)) {
      const first = seen.get(own);
      if (first !== undefined) report(where().place, `${capitalised(where().place)} heeft dezelfde id als ${first}; de id wordt hersteld.`, own);
      else seen.set(own, where().place);
    }
    if (name === "reference" && !numbering.has(String(node.attrs.target))) {
      const { place, nodeId } = placeOfAncestors(ancestors, numbering);
      report(place, `Een verwijzing in ${place} wijst naar een bepaling die niet meer in de tekst staat.`, nodeId);
    }
    if (name === "articleNote" && !articleIds.has(String(node.attrs.article))) {
      report("de artikelsgewijze toelichting", "De artikelsgewijze toelichting heeft een toelichting bij een artikel dat niet meer bestaat.", own);
    }
    if (name === "itemList" && ancestors.filter((a) => a.type.name === "itemList").length >= 2) {
      const { place, nodeId } = placeOfAncestors(ancestors, numbering);
      report(place, `${capitalised(place)} heeft onderdelen die dieper gaan dan twee niveaus (a., 1°).`, nodeId);
    }
  });

  if (doc.attrs.numbering === "perChapter" && doc.child(2).firstChild?.type.name !== "chapter") {
    report("de verordening", "De verordening is per hoofdstuk genummerd, maar heeft geen hoofdstukken meer.", null);
  }
  return problems;
}
