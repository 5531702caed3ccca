import type { Node } from "prosemirror-model";
import { Transform } from "prosemirror-transform";
import { SUGGESTED_DELETION, SUGGESTED_INSERTION, markSuggestion, nodeSuggestion, suggestableAtomNames, suggestableNodeNames, type NodeSuggestion } from "./marks";

// Deciding suggestions: pure ProseMirror transforms on the ordinance document. Accepting an insertion keeps its content
// and drops the mark or attribute; accepting a deletion removes the content; rejecting does the opposite. Numbering and
// references need nothing here: they are computed from the structure that results (numbering.ts, references.ts).

export type Decision = "accept" | "reject";

/** One pending suggestion where it stands: the article (and innermost provision) it is in, and its text. */
export interface SuggestionEntry extends NodeSuggestion {
  /** A whole article, member or item rather than text in it. */
  readonly structural: boolean;
  readonly articleId: string | null;
  /** The innermost article, member or item it stands in (or is): its place in words comes from the numbering. */
  readonly provisionId: string | null;
  readonly text: string;
}

interface Site {
  readonly suggestion: NodeSuggestion;
  readonly structural: boolean;
  /** An inline atom (reference, slot value) carrying the suggestion in its attribute, decided like a provision. */
  readonly atom: boolean;
  readonly from: number;
  readonly to: number;
  readonly articleId: string | null;
  readonly provisionId: string | null;
}

function sites(doc: Node): Site[] {
  const found: Site[] = [];
  const walk = (node: Node, pos: number, articleId: string | null, provisionId: string | null) => {
    node.forEach((child, offset) => {
      const at = pos + offset;
      const id = typeof child.attrs.id === "string" ? child.attrs.id : null;
      const inArticle = child.type.name === "article" ? id : articleId;
      const inProvision = suggestableNodeNames.has(child.type.name) ? id : provisionId;
      const own = suggestableNodeNames.has(child.type.name) ? nodeSuggestion(child) : null;
      if (own) found.push({ suggestion: own, structural: true, atom: false, from: at, to: at + child.nodeSize, articleId: inArticle, provisionId: inProvision });
      if (child.isText) {
        for (const mark of child.marks) {
          const suggestion = markSuggestion(mark);
          if (suggestion) found.push({ suggestion, structural: false, atom: false, from: at, to: at + child.nodeSize, articleId, provisionId });
        }
      } else if (child.isInline) {
        const suggestion = suggestableAtomNames.has(child.type.name) ? nodeSuggestion(child) : null;
        if (suggestion) found.push({ suggestion, structural: false, atom: true, from: at, to: at + child.nodeSize, articleId, provisionId });
      } else walk(child, at + 1, inArticle, inProvision);
    });
  };
  walk(doc, 0, null, null);
  return found;
}

/** How a reference and a slot value read in a suggestion's text: what they are (their words depend on the rest). */
export const ATOM_WORDS: Readonly<Record<string, string>> = { reference: "[verwijzing]", slotValue: "[keuzemogelijkheid]" };
/** How an inline atom reads in the list of suggestions: a citation by its words, the others by what they are. */
const atomWords = (node: Node) => node.type.spec.leafText?.(node) ?? ATOM_WORDS[node.type.name] ?? " ";

/** Every pending suggestion in document order, adjacent runs of one suggestion joined. */
export function listSuggestions(doc: Node): SuggestionEntry[] {
  const entries = new Map<string, SuggestionEntry>();
  for (const site of sites(doc)) {
    const text = doc.textBetween(site.from, site.to, " ", atomWords);
    const key = `${site.suggestion.id}:${site.suggestion.kind}:${site.structural}`;
    const known = entries.get(key);
    if (known) entries.set(key, { ...known, text: known.text + text });
    else entries.set(key, { ...site.suggestion, structural: site.structural, articleId: site.articleId, provisionId: site.provisionId, text });
  }
  return [...entries.values()];
}

/** Which suggestions a decision is about. */
export type SuggestionFilter = (entry: SuggestionEntry) => boolean;

export const suggestionById = (id: string): SuggestionFilter => (entry) => entry.id === id;
export const suggestionsByAuthor = (author: number): SuggestionFilter => (entry) => entry.author === author;
export const suggestionsInArticle = (articleId: string): SuggestionFilter => (entry) => entry.articleId === articleId;

/** Accepts or rejects the suggestions the filter picks, as steps on `tr` (so the editor can dispatch them). */
export function decideSuggestions<T extends Transform>(tr: T, decision: Decision, filter: SuggestionFilter): T {
  const picked = sites(tr.doc).filter((site) => filter({ ...site.suggestion, structural: site.structural, articleId: site.articleId, provisionId: site.provisionId, text: "" }));
  const start = tr.steps.length;
  // Last first, innermost before its provision, so that earlier positions stay valid; mapped all the same.
  for (const site of picked.sort((a, b) => b.from - a.from || a.to - b.to)) {
    const mapping = tr.mapping.slice(start);
    const from = mapping.map(site.from, 1);
    const to = mapping.map(site.to, -1);
    if (to <= from) continue;
    const keep = (site.suggestion.kind === "insertion") === (decision === "accept");
    if (site.structural || site.atom) {
      if (!keep) tr.delete(from, to);
      else if (tr.doc.nodeAt(from)) tr.setNodeAttribute(from, "suggestion", null);
    } else if (!keep) tr.delete(from, to);
    else tr.removeMark(from, to, tr.doc.type.schema.marks[site.suggestion.kind === "insertion" ? SUGGESTED_INSERTION : SUGGESTED_DELETION]);
  }
  return tr;
}

/** The document with every pending suggestion decided one way. */
export function decideAll(doc: Node, decision: Decision): Node {
  return decideSuggestions(new Transform(doc), decision, () => true).doc;
}
