import type { Node } from "prosemirror-model";
import { Plugin, PluginKey, type EditorState } from "prosemirror-state";
import { Decoration, DecorationSet } from "prosemirror-view";
import { computeNumbering, innermostNumbered, referenceInWords, type NumberEntry, type Numbering } from "../../ordinance-model/index";
import { ancestorsAt } from "../../ordinance-model/editing/index";
import { changeBetween, changeMapping, type Change } from "./changed-range";

// Numbers and reference words are never in the document: this plugin computes them with ordinance-model and shows
// them as widgets (labels before headings, members and items) and as node decorations that the reference and
// slotValue views read their text from. Typing text changes none of them, so then the decorations are only mapped
// through the change; any other change numbers anew and rebuilds only the decorations whose numbers or words changed.

export interface NumberingState {
  readonly numbering: Numbering;
  readonly decorations: DecorationSet;
}

export const numberingKey = new PluginKey<NumberingState>("numbering");

/** What a reference or slotValue view shows, carried in its node decoration's spec. */
export interface InlineText {
  readonly text: string;
  readonly missing: boolean;
}

function label(text: string, className: string): () => HTMLElement {
  return () => {
    const span = document.createElement("span");
    span.className = className;
    span.textContent = text;
    return span;
  };
}

/** slot key → label, for the slotValue chips and the conditional-provision markers. */
function slotLabelsOf(doc: Node): Map<string, string> {
  const labels = new Map<string, string>();
  doc.lastChild?.forEach((def) => labels.set(String(def.attrs.key), String(def.attrs.label)));
  return labels;
}

/** The decorations of one node (not of its descendants), appended to `out`. */
function decorateNode(doc: Node, node: Node, pos: number, numbering: Numbering, slotLabels: ReadonlyMap<string, string>, out: Decoration[]): void {
  const widget = (at: number, text: string, className: string) => out.push(Decoration.widget(at, label(text, className), { side: -1, key: `${className}:${text}` }));
  const name = node.type.name;
  const entry = typeof node.attrs.id === "string" ? numbering.get(node.attrs.id) : undefined;
  if (entry && entry.label !== "") {
    // pos + 2 is inside the first text block: the heading of a chapter/article, the paragraph of a member/item.
    const inline = node.firstChild?.isTextblock ? pos + 2 : pos + 1;
    widget(inline, `${entry.label} `, name === "member" || name === "item" ? "mw-editor-label" : "mw-editor-number");
  }
  if (name === "articleNote") {
    const article = numbering.get(String(node.attrs.article));
    widget(pos + 1, article ? `Toelichting bij ${article.label.toLowerCase()}` : "Toelichting bij een verwijderd artikel", "mw-editor-note-heading");
  }
  if (node.attrs.condition) {
    const condition = node.attrs.condition as { slot: string; option?: string };
    const what = slotLabels.get(condition.slot) ?? condition.slot;
    out.push(Decoration.node(pos, pos + node.nodeSize, { class: "mw-editor-conditional", "data-variant": condition.option ? `${what}: ${condition.option}` : `Optioneel: ${what}` }));
  }
  if (name === "reference") {
    // Written relative to the provision it stands in ("het tweede lid"), as on paper.
    const words = referenceInWords(numbering, String(node.attrs.target), innermostNumbered(ancestorsAt(doc.resolve(pos)), numbering));
    const spec: InlineText = { text: words ?? "verwijzing naar een verwijderde bepaling", missing: words === null };
    out.push(Decoration.node(pos, pos + 1, {}, spec));
  }
  if (name === "slotValue") {
    const known = slotLabels.get(String(node.attrs.slot));
    const spec: InlineText = { text: `[${known ?? String(node.attrs.slot)}]`, missing: known === undefined };
    out.push(Decoration.node(pos, pos + 1, {}, spec));
  }
}

/** Articles and article notes: after a change of structure, their decorations are rebuilt one by one, where needed. */
const isUnit = (node: Node) => node.type.name === "article" || node.type.name === "articleNote";

/** The decorations of a unit's whole subtree. */
function decorateUnit(doc: Node, unit: Node, pos: number, numbering: Numbering, slotLabels: ReadonlyMap<string, string>, out: Decoration[]): void {
  decorateNode(doc, unit, pos, numbering, slotLabels, out);
  unit.descendants((node, offset) => decorateNode(doc, node, pos + 1 + offset, numbering, slotLabels, out));
}

function compute(doc: Node): NumberingState {
  const numbering = computeNumbering(doc);
  const slotLabels = slotLabelsOf(doc);
  const decorations: Decoration[] = [];
  doc.descendants((node, pos) => {
    decorateNode(doc, node, pos, numbering, slotLabels, decorations);
    return node.type.name !== "slots";
  });
  return { numbering, decorations: DecorationSet.create(doc, decorations) };
}

/** Whether the change is plain text inside one text block in both documents: then no number or word can change. */
function isTextOnly(before: Node, after: Node, change: Change): boolean {
  const plainText = (doc: Node, to: number) => {
    const $from = doc.resolve(change.from);
    const $to = doc.resolve(to);
    if (!$from.parent.isTextblock || !$from.sameParent($to)) return false;
    let onlyText = true;
    $from.parent.nodesBetween($from.parentOffset, $to.parentOffset, (node) => {
      if (!node.isText) onlyText = false;
    });
    return onlyText;
  };
  return plainText(before, change.toBefore) && plainText(after, change.toAfter);
}

/** A setting of the whole text (numbering per chapter, unlettered definitions) changes labels everywhere. */
const settingsDiffer = (before: Node, after: Node) => Object.keys(after.attrs).some((key) => before.attrs[key] !== after.attrs[key]);

/** Where `after` differs from `before` when that is plain text in one text block; null for any other change. */
export function textOnlyChange(before: Node, after: Node): Change | null {
  if (settingsDiffer(before, after)) return null;
  const change = changeBetween(before, after) ?? { from: 0, toBefore: 0, toAfter: 0 };
  return change.toAfter === 0 || isTextOnly(before, after, change) ? change : null;
}

const entryKey = (entry: NumberEntry | undefined) => (entry ? `${entry.label}|${entry.designation}|${entry.ordinal}|${entry.path.join("/")}` : "");

/** Ids whose number, place or existence differs between the two numberings. */
function changedIds(before: Numbering, after: Numbering): Set<string> {
  const changed = new Set<string>();
  for (const [id, entry] of after) if (entryKey(before.get(id)) !== entryKey(entry)) changed.add(id);
  for (const id of before.keys()) if (!after.has(id)) changed.add(id);
  return changed;
}

/**
 * After a change of structure: numbers anew (that is cheap), but rebuilds decorations only for the units the change
 * touched, the units whose numbers changed or whose references or note point into changed numbering, and the few
 * decorations outside units (chapter and section numbers, the title, the preamble, the general notes). Everything else
 * keeps its decorations, mapped through the change.
 */
function recomputeChanged(previous: NumberingState, after: Node, change: Change): NumberingState {
  const numbering = computeNumbering(after);
  const changed = changedIds(previous.numbering, numbering);
  const touches = (id: string) => changed.has(id) || (numbering.get(id)?.path.some((step) => changed.has(step)) ?? false);
  const slotLabels = slotLabelsOf(after);
  const mapped = previous.decorations.map(changeMapping(change), after);
  const stale: Decoration[] = [];
  const fresh: Decoration[] = [];
  const units: [number, number][] = [];
  after.descendants((node, pos) => {
    if (!isUnit(node)) {
      if (node.type.name === "slots") return false;
      decorateNode(after, node, pos, numbering, slotLabels, fresh);
      return true;
    }
    const end = pos + node.nodeSize;
    units.push([pos, end]);
    let dirty = pos <= change.toAfter && end >= change.from;
    if (!dirty) {
      dirty = touches(String(node.attrs.id)) || (node.type.name === "articleNote" && touches(String(node.attrs.article)));
      node.descendants((child) => {
        if (dirty) return false;
        if ((typeof child.attrs.id === "string" && touches(child.attrs.id)) || (child.type.name === "reference" && touches(String(child.attrs.target)))) dirty = true;
        return !dirty;
      });
    }
    if (dirty) {
      stale.push(...mapped.find(pos, end).filter((d) => d.from >= pos && d.to <= end));
      decorateUnit(after, node, pos, numbering, slotLabels, fresh);
    }
    return false;
  });
  // The decorations outside every unit were all made again above.
  const insideUnit = (d: Decoration) => units.some(([from, to]) => d.from >= from && d.to <= to && !(d.from === d.to && d.from === from));
  stale.push(...mapped.find().filter((d) => !insideUnit(d)));
  return { numbering, decorations: mapped.remove(stale).add(after, fresh) };
}

/** The next state: decorations mapped through a text-only change; otherwise numbers anew and rebuilds what changed. */
export function nextNumberingState(previous: NumberingState, before: Node, after: Node): NumberingState {
  // New settings or a new slot registry change labels everywhere.
  if (settingsDiffer(before, after)) return compute(after);
  const change = changeBetween(before, after);
  if (!change) return previous;
  if (!before.lastChild!.eq(after.lastChild!)) return compute(after);
  if (isTextOnly(before, after, change)) {
    return { numbering: previous.numbering, decorations: previous.decorations.map(changeMapping(change), after) };
  }
  return recomputeChanged(previous, after, change);
}
export const numberingPlugin = new Plugin<NumberingState>({
  key: numberingKey,
  state: {
    init: (_, state) => compute(state.doc),
    apply: (tr, previous) => (tr.docChanged ? nextNumberingState(previous, tr.before, tr.doc) : previous),
  },
  props: {
    decorations: (state) => numberingKey.getState(state)!.decorations,
  },
});

export const numberingOf = (state: EditorState): NumberingState => numberingKey.getState(state)!;

/** Numbers and decorations computed from scratch, to check the incremental state against (tests). */
export const fullNumberingState = compute;
