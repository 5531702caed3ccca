import type { Node } from "prosemirror-model";
import type { Command } from "prosemirror-state";
import type { Numbering } from "../numbering";
import { schema } from "../schema";
import { articlesIn, childOfType } from "../tree";

// Cross-references: the picker offers the articles with their computed numbers and headings; the document
// only stores the target id, so the words follow the article wherever it moves.

export interface ArticleTarget {
  readonly id: string;
  /** "Artikel 4" or "Artikel 2.3", from the numbering. */
  readonly label: string;
  readonly heading: string;
}

export function articleTargets(doc: Node, numbering: Numbering): ArticleTarget[] {
  return articlesIn(childOfType(doc, "body")).flatMap((article) => {
    const entry = numbering.get(String(article.attrs.id));
    return entry ? [{ id: entry.id, label: entry.label, heading: article.firstChild?.textContent ?? "" }] : [];
  });
}

/** Articles whose number or heading contains every word of the query ("4", "artikel 2.3", "aanvraag"). */
export function searchTargets(targets: readonly ArticleTarget[], query: string): ArticleTarget[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  return targets.filter((t) => {
    const haystack = `${t.label} ${t.heading}`.toLowerCase();
    return words.every((w) => haystack.includes(w));
  });
}

/** Replaces the selection with a reference to `target`, where inline content may stand. */
export function insertReference(target: string): Command {
  return (state, dispatch) => {
    const node = schema.nodes.reference!.create({ target });
    if (!state.selection.$from.parent.canReplaceWith(state.selection.$from.index(), state.selection.$from.index(), node.type)) return false;
    dispatch?.(state.tr.replaceSelectionWith(node, false).scrollIntoView());
    return true;
  };
}
