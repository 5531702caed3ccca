import type { Node } from "prosemirror-model";
import { Plugin, PluginKey, type EditorState } from "prosemirror-state";
import { Mapping, StepMap } from "prosemirror-transform";
import { Decoration, DecorationSet } from "prosemirror-view";
import { computeNumbering, innermostNumbered, referenceInWords, type Numbering } from "../../ordinance-model/index";
import { ancestorsAt } from "../../ordinance-model/editing/index";

// Numbers and reference words are never in the document: this plugin computes them with ordinance-model and shows
// them as widgets (labels before headings, members and items) and as node decorations that the reference and
// slotValue views read their text from. Typing text changes none of them, so then the decorations are only mapped
// through the change; any other change recomputes them.

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

function decorate(doc: Node, numbering: Numbering, slotLabels: ReadonlyMap<string, string>): DecorationSet {
  const decorations: Decoration[] = [];
  const widget = (pos: number, text: string, className: string) =>
    decorations.push(Decoration.widget(pos, label(text, className), { side: -1, key: `${className}:${text}` }));
  doc.descendants((node, pos) => {
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
      decorations.push(Decoration.node(pos, pos + node.nodeSize, { class: "mw-editor-conditional", "data-variant": condition.option ? `${what}: ${condition.option}` : `Optioneel: ${what}` }));
    }
    if (name === "reference") {
      // Written relative to the provision it stands in ("het tweede lid"), as on paper.
      const words = referenceInWords(numbering, String(node.attrs.target), innermostNumbered(ancestorsAt(doc.resolve(pos)), numbering));
      const spec: InlineText = { text: words ?? "verwijzing naar een verwijderde bepaling", missing: words === null };
      decorations.push(Decoration.node(pos, pos + 1, {}, spec));
    }
    if (name === "slotValue") {
      const known = slotLabels.get(String(node.attrs.slot));
      const spec: InlineText = { text: `[${known ?? String(node.attrs.slot)}]`, missing: known === undefined };
      decorations.push(Decoration.node(pos, pos + 1, {}, spec));
    }
    return name !== "slots";
  });
  return DecorationSet.create(doc, decorations);
}

function compute(doc: Node): NumberingState {
  const numbering = computeNumbering(doc);
  return { numbering, decorations: decorate(doc, numbering, slotLabelsOf(doc)) };
}

/**
 * Where `after` differs from `before` as one range, when that range is plain text inside one text block in both:
 * then no number, reference word or label can have changed. Null for every other change. Comparing the documents
 * (rather than reading the steps) also covers y-prosemirror, which applies a remote change as one replace of the
 * whole document; unchanged subtrees are shared, so the comparison skips them at once.
 */
export function textOnlyChange(before: Node, after: Node): { from: number; toBefore: number; toAfter: number } | null {
  if (before.attrs.numbering !== after.attrs.numbering) return null;
  const from = before.content.findDiffStart(after.content);
  if (from === null) return { from: 0, toBefore: 0, toAfter: 0 };
  const end = before.content.findDiffEnd(after.content)!;
  // With repeated characters the two ends can overlap the start; move both to keep the range well-formed.
  const overlap = Math.max(0, from - Math.min(end.a, end.b));
  const toBefore = end.a + overlap;
  const toAfter = end.b + overlap;
  const plainText = (doc: Node, to: number) => {
    const $from = doc.resolve(from);
    const $to = doc.resolve(to);
    if (!$from.parent.isTextblock || !$from.sameParent($to)) return false;
    let onlyText = true;
    $from.parent.nodesBetween($from.parentOffset, $to.parentOffset, (node) => {
      if (!node.isText) onlyText = false;
    });
    return onlyText;
  };
  return plainText(before, toBefore) && plainText(after, toAfter) ? { from, toBefore, toAfter } : null;
}

/** The next state: decorations mapped through a text-only change, recomputed (numbers included) for any other. */
export function nextNumberingState(previous: NumberingState, before: Node, after: Node): NumberingState {
  const change = textOnlyChange(before, after);
  if (!change) return compute(after);
  const map = new StepMap([change.from, change.toBefore - change.from, change.toAfter - change.from]);
  return { numbering: previous.numbering, decorations: previous.decorations.map(new Mapping([map]), after) };
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
