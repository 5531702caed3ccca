import type { Node } from "prosemirror-model";
import { Plugin, PluginKey } from "prosemirror-state";
import { Decoration, DecorationSet } from "prosemirror-view";
import { inlineSuggestion, nodeSuggestion, suggestableNodeNames } from "../../ordinance-model/suggestions/index";
import { colourFor } from "./presence-colours";

// Suggestions in place, coloured per author: the marks' own <ins>/<del> (schema) get the author's colour, and a
// suggested or deleted provision a coloured bar and a label, so that the colour is never the only sign (WCAG 1.4.1).

function decorations(doc: Node): DecorationSet {
  const found: Decoration[] = [];
  doc.descendants((node, pos) => {
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
  });
  return DecorationSet.create(doc, found);
}

const key = new PluginKey<DecorationSet>("suggestions");

export const suggestionPlugin = new Plugin<DecorationSet>({
  key,
  state: {
    init: (_config, state) => decorations(state.doc),
    apply: (tr, previous) => (tr.docChanged ? decorations(tr.doc) : previous),
  },
  props: { decorations: (state) => key.getState(state) },
});
