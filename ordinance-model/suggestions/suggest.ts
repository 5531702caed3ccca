import type { Mark, Node } from "prosemirror-model";
import { TextSelection, type EditorState, type Transaction } from "prosemirror-state";
import { Mapping, ReplaceStep } from "prosemirror-transform";
import { SUGGESTED_DELETION, SUGGESTED_INSERTION, inlineSuggestion, nodeSuggestion, suggestableAtomNames, suggestableNodeNames, type SuggestionRecord } from "./marks";

// Voorstellen: an ordinary editing transaction turned into a suggesting one. Typed or pasted text is inserted with the
// author's insertion mark; deleted text keeps standing with a deletion mark; a new article, member or item gets a
// `suggestion` attribute, a deleted one is marked for deletion; so does a reference or slot value (marks.ts). Deleting one's own suggestion really deletes it.
// What cannot be suggested (splitting a paragraph, formatting, changing a condition) is left out; so is touching another
// author's suggestion, which only the redactie decides. The sync server checks the same rules (suggestion-check.ts).

export interface Suggester {
  readonly author: number;
  readonly authorName: string;
  readonly now: () => Date;
  readonly newId: () => string;
}

const ownRecord = (value: SuggestionRecord | null, who: Suggester) => value !== null && value.author === who.author && value.authorName === who.authorName;

/** Whether the position stands inside a provision the author suggested as new: text there needs no marks of its own. */
function insideOwnNewProvision(doc: Node, pos: number, who: Suggester): boolean {
  const $pos = doc.resolve(pos);
  for (let depth = $pos.depth; depth > 0; depth--) {
    const s = nodeSuggestion($pos.node(depth));
    if (s?.kind === "insertion" && ownRecord(s, who)) return true;
  }
  return false;
}

function record(who: Suggester, id: string): SuggestionRecord {
  return { id, author: who.author, authorName: who.authorName, at: who.now().toISOString() };
}

/** The author's own suggestion of this kind right before `pos` (or after it), so that typing or deleting on extends it. */
function adjacentOwn(doc: Node, pos: number, kind: "insertion" | "deletion", who: Suggester): SuggestionRecord | null {
  const $pos = doc.resolve(pos);
  // Across a reference or slot value that carries no suggestion: deleting on past one is the same suggestion.
  const { nodeBefore: before, nodeAfter: after } = $pos;
  const beyondAfter = after && !after.isText && after.isInline ? doc.resolve(pos + after.nodeSize).nodeAfter : null;
  const beyondBefore = before && !before.isText && before.isInline ? doc.resolve(pos - before.nodeSize).nodeBefore : null;
  for (const node of [before, beyondBefore, after, beyondAfter]) {
    const s = node ? inlineSuggestion(node) : null;
    if (s?.kind === kind && ownRecord(s, who)) return { id: s.id, author: s.author, authorName: s.authorName, at: s.at };
  }
  return null;
}

/** An inline atom's suggestion is its attribute, not a mark (y-prosemirror keeps marks on text only). */
const atomSuggestion = (kind: "insertion" | "deletion", mark: Mark) => ({ kind, ...(mark.attrs as SuggestionRecord) });

function markDeletion(out: Transaction, from: number, to: number, who: Suggester): void {
  const { schema } = out.doc.type;
  const removals: [number, number][] = [];
  const deletion = schema.marks[SUGGESTED_DELETION]!.create(adjacentOwn(out.doc, from, "deletion", who) ?? adjacentOwn(out.doc, to, "deletion", who) ?? record(who, who.newId()));
  const marks: [number, number, Mark][] = [];
  const structural: number[] = [];
  const atoms: number[] = [];
  out.doc.nodesBetween(from, to, (node, pos) => {
    if (suggestableNodeNames.has(node.type.name) && pos >= from && pos + node.nodeSize <= to) {
      const s = nodeSuggestion(node);
      if (s === null) structural.push(pos);
      else if (s.kind === "insertion" && ownRecord(s, who)) removals.push([pos, pos + node.nodeSize]);
      return false;
    }
    if (!node.isInline) return true;
    const start = Math.max(pos, from);
    const end = Math.min(pos + node.nodeSize, to);
    const s = inlineSuggestion(node);
    if (s === null) {
      if (insideOwnNewProvision(out.doc, start, who)) removals.push([start, end]);
      else if (node.isText) marks.push([start, end, deletion]);
      else if (suggestableAtomNames.has(node.type.name)) atoms.push(pos);
    } else if (s.kind === "insertion" && ownRecord(s, who)) removals.push([start, end]);
    return false;
  });
  for (const pos of structural) out.setNodeAttribute(pos, "suggestion", { kind: "deletion", ...record(who, who.newId()) });
  for (const pos of atoms) out.setNodeAttribute(pos, "suggestion", atomSuggestion("deletion", deletion));
  for (const [a, b, mark] of marks) out.addMark(a, b, mark);
  for (const [a, b] of removals.sort((x, y) => y[0] - x[0])) out.delete(a, b);
}

/** Inserts the step's slice at `pos` as a suggestion and returns where the cursor goes; null where the slice is not something that can be suggested. */
function insertSuggested(out: Transaction, pos: number, step: ReplaceStep, who: Suggester): number | null {
  const { slice } = step;
  const { schema } = out.doc.type;
  if (slice.openStart === 0 && slice.openEnd === 0 && slice.content.childCount > 0) {
    let allSuggestable = true;
    slice.content.forEach((node) => (allSuggestable &&= suggestableNodeNames.has(node.type.name) || node.isInline));
    if (!allSuggestable) return null;
    const inline = slice.content.firstChild!.isInline;
    if (!inline) {
      const nodes: Node[] = [];
      slice.content.forEach((node) => nodes.push(node.type.create({ ...node.attrs, suggestion: { kind: "insertion", ...record(who, who.newId()) } }, node.content, node.marks)));
      out.insert(pos, nodes);
      // Into the new provision, where the writer goes on typing.
      return pos + 1;
    }
  }
  // Inline content only: typed or pasted text.
  // Either inline nodes, or one open textblock holding them (a paste); two textblocks would split a paragraph.
  const first = slice.content.firstChild!;
  const inlineOnly = slice.openStart === 0 ? first.isInline : slice.openStart === 1 && slice.openEnd === 1 && slice.content.childCount === 1 && first.inlineContent;
  if (!inlineOnly || !out.doc.resolve(pos).parent.inlineContent) return null;
  const before = out.doc.content.size;
  out.replace(pos, pos, slice);
  const end = pos + (out.doc.content.size - before);
  if (!insideOwnNewProvision(out.doc, pos, who)) {
    const type = schema.marks[SUGGESTED_INSERTION]!;
    const mark = type.create(adjacentOwn(out.doc, pos, "insertion", who) ?? record(who, who.newId()));
    out.addMark(pos, end, mark);
    out.doc.nodesBetween(pos, end, (node, at) => {
      if (!suggestableAtomNames.has(node.type.name)) return true;
      out.removeMark(at, at + node.nodeSize, type).setNodeAttribute(at, "suggestion", atomSuggestion("insertion", mark));
      return false;
    });
  }
  return end;
}

/** The suggesting form of `tr` on `state`; null where nothing of it can be suggested. */
export function suggestingTransaction(state: EditorState, tr: Transaction, who: Suggester): Transaction | null {
  if (!tr.docChanged) return tr;
  const out = state.tr;
  let cursor: number | null = null;
  tr.steps.forEach((step, i) => {
    if (!(step instanceof ReplaceStep)) return;
    // Positions of step i are in the document after the original steps before it; map them back, then onto `out`.
    // A new Mapping of the first i maps: Mapping.invert() inverts every map, whatever slice() it was taken from.
    const back = new Mapping(tr.mapping.maps.slice(0, i)).invert();
    const rebase = (pos: number, assoc: number) => out.mapping.map(back.map(pos, assoc), assoc);
    const from = rebase(step.from, -1);
    const to = Math.max(from, rebase(step.to, 1));
    if (to > from) {
      const steps = out.steps.length;
      markDeletion(out, from, to, who);
      cursor = out.mapping.slice(steps).map(from, -1);
    }
    if (step.slice.size > 0) {
      const at = rebase(step.to, 1);
      cursor = insertSuggested(out, at, step, who) ?? cursor;
    }
  });
  if (!out.docChanged) return null;
  if (cursor !== null) out.setSelection(TextSelection.near(out.doc.resolve(cursor)));
  return out.scrollIntoView();
}
