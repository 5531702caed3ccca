import type { Node } from "prosemirror-model";
import { mergeReferenceLists, singleSegments, type InlineSegment } from "./inline";
import type { Numbering } from "./numbering";
import { blockText, conjunctionOfList, endingOf, subListOf } from "./punctuation";
import { placeOfAncestors, referenceOrigins } from "./references";
import { childOfType, childrenOf, definedTermOf, walk } from "./tree";

// The drafting checks a legislative lawyer makes on a text (Aanwijzingen voor de regelgeving): punctuation that
// belongs to a reference, references that should read as one, numbers in figures, definitions, the conjunction of an
// enumeration and the formal parts. Each names its place in words, like the structural checks in lint.ts.

export type DraftingCode =
  | "reference-punctuation"
  | "reference-merge"
  | "number-in-figures"
  | "definition-unused"
  | "definition-missing"
  | "definition-order"
  | "list-conjunction"
  | "title-mismatch"
  | "preamble-incomplete"
  | "model-wording";

export type DraftingReport = (code: DraftingCode, place: string, message: string, nodeId?: string | null) => void;

interface Block {
  readonly node: Node;
  readonly ancestors: readonly Node[];
}

function textBlocks(doc: Node, region?: string): Block[] {
  const blocks: Block[] = [];
  walk(region ? childOfType(doc, region) : doc, (node, ancestors) => {
    if (node.isTextblock) blocks.push({ node, ancestors: [...ancestors, node] });
  });
  return blocks;
}

const wordsOf = (segment: InlineSegment) => (segment.kind === "reference" ? (segment.words ?? "") : segment.kind === "text" ? segment.text : "");

/** Each text block with its segments as written, for the two checks on references. */
interface WrittenBlock extends Block {
  readonly segments: readonly InlineSegment[];
}

function writtenBlocks(blocks: readonly Block[], doc: Node, numbering: Numbering): WrittenBlock[] {
  const origins = referenceOrigins(doc, numbering);
  return blocks.map((b) => ({ ...b, segments: singleSegments(b.node, numbering, origins.get(b.node)) }));
}

/** 1. The comma after a reference is the renderer's: text after a reference that starts with one carries a stray comma. */
function checkReferencePunctuation(blocks: readonly WrittenBlock[], numbering: Numbering, report: DraftingReport): void {
  for (const { segments, ancestors } of blocks) {
    segments.forEach((segment, i) => {
      const after = segments[i + 1];
      if (segment.kind !== "reference" || after?.kind !== "text" || !/^,\s/.test(after.text)) return;
      // "artikel 7, artikel 8": a comma between references separates a list.
      if (after.text === ", " && segments[i + 2]?.kind === "reference") return;
      const { place, nodeId } = placeOfAncestors(ancestors, numbering);
      report(
        "reference-punctuation",
        place,
        `Na de verwijzing “${wordsOf(segment)}” staat een komma in de tekst. Die komma hoort bij de verwijzing en wordt gezet waar haar vorm erom vraagt; haal haar uit de tekst.`,
        nodeId,
      );
    });
  }
}

const articleOf = (words: string) => /^artikel \S+/.exec(words)?.[0] ?? (words.startsWith("artikel") || words.startsWith("de artikelen") ? null : "");

/** 2. References to provisions of one article that stand side by side but could not be written as one. */
function checkReferenceMerge(blocks: readonly WrittenBlock[], numbering: Numbering, report: DraftingReport): void {
  for (const { segments: written, ancestors } of blocks) {
    const segments = mergeReferenceLists(written);
    segments.forEach((segment, i) => {
      const separator = segments[i + 1];
      const next = segments[i + 2];
      if (segment.kind !== "reference" || next?.kind !== "reference" || segment.words === null || next.words === null) return;
      if (separator?.kind !== "text" || ![", ", " en ", " of "].includes(separator.text)) return;
      const article = articleOf(segment.words);
      if (article === null || article !== articleOf(next.words)) return;
      const { place, nodeId } = placeOfAncestors(ancestors, numbering);
      report(
        "reference-merge",
        place,
        `De verwijzingen “${segment.words}” en “${next.words}” gaan naar hetzelfde artikel; schrijf ze als één verwijzing, zoals “artikel 18, eerste lid, onderdelen a en c” of “het vierde en vijfde lid”.`,
        nodeId,
      );
    });
  }
}

const months = "januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december";
const smallNumber = new RegExp(`(?<![\\w.,:°/€-]|€ )(1?\\d|20)(?![\\w.,:°%/-])(?! (?:${months})\\b)`, "g");
/** Numbers that name a provision or stand in a list of them: "artikel 4 en 12", "onderdeel 3°". */
const provisionBefore = /\b(?:artikel|artikelen|lid|leden|onderdeel|onderdelen|hoofdstuk|paragraaf|bijlage|boek)\s+(?:[\w.:°]+(?:,\s+|\s+(?:en|of|tot en met)\s+))*$/i;
const numberWords = ["nul", "één", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen", "tien", "elf", "twaalf", "dertien", "veertien", "vijftien", "zestien", "zeventien", "achttien", "negentien", "twintig"];

/** Where `value` stands in `text`, left to right, not overlapping (as a global search for it would find). */
function occurrences(text: string, value: string): number[] {
  const found: number[] = [];
  for (let at = text.indexOf(value); at !== -1; at = text.indexOf(value, at + value.length)) found.push(at);
  return found;
}

/**
 * 3. Whole numbers up to twenty typed as figures in the articles, where the conventions write words. What a
 * municipality typed into a text choice (a title, a name) is its own and left alone.
 */
function checkNumbers(doc: Node, numbering: Numbering, typed: readonly string[], report: DraftingReport): void {
  for (const { node, ancestors } of textBlocks(doc, "body")) {
    if (node.type.name === "heading") continue;
    node.forEach((child) => {
      if (!child.isText) return;
      const text = child.text!;
      // Where the municipality's own words stand is looked up only for a text with a number in it: most have none, and
      // at a large model both the texts and the typed values are many.
      let ownWords: (readonly [number, number])[] | undefined;
      for (const match of text.matchAll(smallNumber)) {
        if (provisionBefore.test(text.slice(0, match.index))) continue;
        ownWords ??= typed.flatMap((value) => occurrences(text, value).map((at) => [at, at + value.length] as const));
        if (ownWords.some(([from, to]) => match.index >= from && match.index < to)) continue;
        const { place, nodeId } = placeOfAncestors(ancestors, numbering);
        report("number-in-figures", place, `Het getal ${match[1]} staat in cijfers; schrijf getallen tot en met twintig in de lopende tekst in letters (“${numberWords[Number(match[1])]}”).`, nodeId);
      }
    });
  }
}

/** The items that define a term: an item whose text opens with a term-marked word. */
function definitionItems(body: Node): { item: Node; term: string }[] {
  const found: { item: Node; term: string }[] = [];
  body.descendants((node) => {
    const term = node.type.name === "item" ? definedTermOf(node) : null;
    if (term !== null) found.push({ item: node, term });
    return true;
  });
  return found;
}

/** Whether `term` stands in `text` at its start or after a character that is not a letter (a search at every place). */
function usedAsWord(text: string, term: string): boolean {
  for (let at = text.indexOf(term); at !== -1; at = text.indexOf(term, at + 1)) {
    // The last character before it, a surrogate pair taken whole.
    if (at === 0 || !/\p{L}/u.test([...text.slice(Math.max(0, at - 2), at)].at(-1)!)) return true;
  }
  return false;
}

/** 4. Every defined term is used, every marked term defined, and the definitions stand in alphabetical order. */
function checkDefinitions(doc: Node, numbering: Numbering, report: DraftingReport): void {
  const body = childOfType(doc, "body");
  const definitions = definitionItems(body);
  const inDefinition = new Set(definitions.map((d) => d.item));
  const defined = new Set(definitions.map((d) => d.term.toLowerCase()));
  const elsewhere: string[] = [];
  walk(body, (node, ancestors) => {
    if (inDefinition.has(node)) return false;
    if (!node.isTextblock) return;
    elsewhere.push(node.textContent.toLowerCase());
    node.forEach((child) => {
      if (!child.isText || !child.marks.some((m) => m.type.name === "term") || defined.has(child.text!.trim().toLowerCase())) return;
      const { place, nodeId } = placeOfAncestors([...ancestors, node], numbering);
      report("definition-missing", place, `“${child.text!.trim()}” is gemarkeerd als begrip, maar de begripsbepalingen omschrijven het niet.`, nodeId);
    });
  });
  const text = elsewhere.join("\n");
  const place = (item: Node) => placeOfAncestors([item], numbering);
  for (const { item, term } of definitions) {
    if (!usedAsWord(text, term.toLowerCase())) report("definition-unused", place(item).place, `Het begrip “${term}” wordt buiten de begripsbepaling nergens gebruikt; schrap het of gebruik het.`, place(item).nodeId);
  }
  definitions.forEach(({ item, term }, i) => {
    const before = definitions[i - 1];
    if (before && before.item.attrs.id !== item.attrs.id && before.term.localeCompare(term, "nl", { sensitivity: "base" }) > 0) {
      report("definition-order", place(item).place, `Het begrip “${term}” hoort in de alfabetische volgorde vóór “${before.term}”; zet de begrippen op alfabet.`, place(item).nodeId);
    }
  });
}

/** 5. A list set as cumulative or alternative ends its last-but-one item in "; en" or "; of". */
function checkConjunctions(doc: Node, numbering: Numbering, report: DraftingReport): void {
  walk(childOfType(doc, "body"), (node) => {
    if (node.type.name !== "itemList" || node.childCount < 2) return;
    const wanted = conjunctionOfList(node);
    if (wanted === null) return;
    let penultimate = node.child(node.childCount - 2);
    for (let sub = subListOf(penultimate); sub; sub = subListOf(penultimate)) penultimate = sub.lastChild!;
    const ending = endingOf(blockText(penultimate.firstChild!));
    if (ending?.mark === ";" && ending.conjunction === wanted) return;
    const { place, nodeId } = placeOfAncestors([penultimate], numbering);
    const kind = wanted === "en" ? "cumulatief" : "alternatief";
    report("list-conjunction", place, `Deze opsomming is ${kind}: het voorlaatste onderdeel eindigt op “; ${wanted}”.`, nodeId);
  });
}

/** Phrases that only make sense in the model, never in a municipality's own text. */
export const modelOnlyPhrases: readonly string[] = [
  "in deze variant",
  "deze variant",
  "keuzemogelijkheid",
  "lokale keuze",
  "de werkgroep adviseert",
  "deze gemeente kiest",
  "regionale standaard",
  "in het model",
];

/** 6. Title and citeertitel agree, the aanhef is complete, and no model-only wording or guidance is left. */
function checkFormalParts(doc: Node, guidance: readonly string[], report: DraftingReport, numbering: Numbering): void {
  const title = childOfType(doc, "title").textContent.trim();
  const body = childOfType(doc, "body");
  body.descendants((node) => {
    if (node.type.name !== "member") return true;
    const cited = /aangehaald als:?\s+(.+?)\.?$/.exec(node.textContent.trim());
    if (cited && cited[1]!.trim() !== title) {
      const { place, nodeId } = placeOfAncestors([node], numbering);
      report("title-mismatch", place, `De citeertitel “${cited[1]!.trim()}” is niet gelijk aan de titel “${title}”.`, nodeId);
    }
    return false;
  });
  const clauses = childrenOf(childOfType(doc, "preamble")).map((c) => c.textContent.trim().toLowerCase());
  for (const [word, part] of [["gelezen", "wat de raad heeft gelezen"], ["gelet op", "de grondslag (gelet op)"], ["besluit", "het besluit"]] as const) {
    if (!clauses.some((c) => c.startsWith(word))) report("preamble-incomplete", "de aanhef", `De aanhef mist ${part}: een clausule die begint met “${word}”.`);
  }
  // Each sentence once: the slots of a large model share much of their guidance.
  const sentences = [...new Set(guidance.flatMap((g) => g.split(/(?<=[.!?])\s+/)).filter((s) => s.length >= 40))];
  for (const { node, ancestors } of textBlocks(doc)) {
    const text = node.textContent;
    const lower = text.toLowerCase();
    const phrase = modelOnlyPhrases.find((p) => lower.includes(p));
    const leaked = sentences.find((s) => text.includes(s));
    if (phrase === undefined && leaked === undefined) continue;
    const { place, nodeId } = placeOfAncestors(ancestors, numbering);
    report(
      "model-wording",
      place,
      phrase !== undefined
        ? `“${phrase}” is taal van het model; in de verordening van de gemeente spreekt de raad zelf.`
        : `Hier staat toelichting bij een keuzemogelijkheid uit het model (“${leaked!.slice(0, 60)}…”); die hoort niet in de verordening.`,
      nodeId,
    );
  }
}

export interface DraftingContext {
  /** The guidance of the model's slots: it must not leak into the text. */
  readonly guidance: readonly string[];
  /** Text the municipality typed into its choices. */
  readonly typed: readonly string[];
}

export function checkDrafting(doc: Node, numbering: Numbering, { guidance, typed }: DraftingContext, report: DraftingReport): void {
  const written = writtenBlocks(textBlocks(doc), doc, numbering);
  checkReferencePunctuation(written, numbering, report);
  checkReferenceMerge(written, numbering, report);
  checkNumbers(doc, numbering, typed.filter((t) => t.trim() !== ""), report);
  checkDefinitions(doc, numbering, report);
  checkConjunctions(doc, numbering, report);
  checkFormalParts(doc, guidance, report, numbering);
}
