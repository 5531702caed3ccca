import type { Node } from "prosemirror-model";
import { Plugin, PluginKey, type EditorState } from "prosemirror-state";
import { Decoration, DecorationSet } from "prosemirror-view";
import { computeNumbering, innermostNumbered, referenceInWords, type Numbering } from "../../ordinance-model/index";
import { ancestorsAt } from "../../ordinance-model/editing/index";

// Numbers and reference words are never in the document: this plugin recomputes them with ordinance-model
// on every change and shows them as widgets (labels before headings, members and items) and as node
// decorations that the reference and slotValue views read their text from.

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

export const numberingPlugin = new Plugin<NumberingState>({
  key: numberingKey,
  state: {
    init: (_, state) => compute(state.doc),
    apply: (tr, previous) => (tr.docChanged ? compute(tr.doc) : previous),
  },
  props: {
    decorations: (state) => numberingKey.getState(state)!.decorations,
  },
});

export const numberingOf = (state: EditorState): NumberingState => numberingKey.getState(state)!;
