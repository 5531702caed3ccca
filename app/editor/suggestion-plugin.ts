import type { Node } from "prosemirror-model";
import { Plugin, PluginKey, type EditorState } from "prosemirror-state";
import { Decoration, DecorationSet } from "prosemirror-view";
import { inlineSuggestion, nodeSuggestion, suggestableNodeNames } from "../../ordinance-model/suggestions/index";
import { changeBetween, decorateAll, redecorated, type DecorateNode } from "./changed-range";
import { colourFor } from "./presence-colours";

// Suggestions in place, coloured per author: the marks' own <ins>/<del> (schema) get the author's colour, and a
// suggested or deleted provision a coloured bar and a label, so that the colour is never the only sign (WCAG 1.4.1).

/** The decorations of one node: the colour of a suggested text run or atom, the bar and label of a suggested provision. */
const decorateSuggestion: DecorateNode = (node, pos, found) => {
  if (node.isInline) {
    const suggestion = inlineSuggestion(node);
    const colour = suggestion && { style: `--mw-suggestion-colour: ${colourFor(suggestion.author)}` };
    // A text's mark draws its own <ins> or <del>; a reference or slot value gets the same look from its attribute.
    if (colour && node.isText) found.push(Decoration.inline(pos, pos + node.nodeSize, colour));
    else if (colour) found.push(Decoration.node(pos, pos + node.nodeSize, { ...colour, class: `mw-suggestion mw-suggestion--${suggestion.kind}`, title: `Voorstel van ${suggestion.authorName}` }));
    return false;
  }
  const suggestion = suggestableNodeNames.has(node.type.name) ? nodeSuggestion(node) : null;
  if (suggestion) {
    const words = suggestion.kind === "insertion" ? "Voorgesteld" : "Voorgesteld te schrappen";
    found.push(
      Decoration.node(pos, pos + node.nodeSize, {
        class: `mw-suggested-provision mw-suggested-provision--${suggestion.kind}`,
        style: `--mw-suggestion-colour: ${colourFor(suggestion.author)}`,
        "data-suggestion-label": `${words} door ${suggestion.authorName}`,
      }),
    );
  }
  return true;
};

/** The suggestion decorations of the whole document (the start, and what the incremental state must equal). */
export const suggestionDecorations = (doc: Node): DecorationSet => DecorationSet.create(doc, decorateAll(doc, decorateSuggestion));

const key = new PluginKey<DecorationSet>("suggestions");

export const suggestionPlugin = new Plugin<DecorationSet>({
  key,
  state: {
    init: (_config, state) => suggestionDecorations(state.doc),
    // Only the changed part is decorated anew: a keystroke costs the same on a model of any size.
    apply: (tr, previous) => (tr.docChanged ? redecorated(previous, tr.before, tr.doc, decorateSuggestion) : previous),
  },
  props: { decorations: (state) => key.getState(state) },
});

/** Whether the change from `before` to `after` touches no suggestion: then the pending suggestions are the same. */
export function suggestionsUntouched(before: EditorState, after: EditorState): boolean {
  const change = changeBetween(before.doc, after.doc);
  return change === null || (key.getState(before)!.find(change.from, change.toBefore).length === 0 && key.getState(after)!.find(change.from, change.toAfter).length === 0);
}
