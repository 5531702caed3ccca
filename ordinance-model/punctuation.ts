import { Fragment, type Node } from "prosemirror-model";
import { schema } from "./schema";

// The punctuation at the end of list items (onderdelen), as Dutch legislative practice writes it:
// every item but the last ends with ";" (the penultimate possibly "; en" / "; of"), the last one
// ends the sentence, and an item that introduces a sub-list ends with ":".
// resolve uses this to repair a list that lost items to a choice; lint uses it to check.

export type Conjunction = "en" | "of";

export interface Ending {
  readonly mark: string;
  readonly conjunction: Conjunction | null;
}

const endingPattern = /([;:,.])(?:\s+(en|of))?\s*$/;

/** The plain text of a text block; atoms count as words so the ending of the text is what matters. */
export function blockText(block: Node): string {
  return block.textBetween(0, block.content.size, "", (leaf) => (leaf.type.name === "reference" ? "verwijzing" : "keuze"));
}

export function endingOf(text: string): Ending | null {
  const m = endingPattern.exec(text);
  return m ? { mark: m[1]!, conjunction: (m[2] as Conjunction | undefined) ?? null } : null;
}

export function formatEnding(ending: Ending): string {
  return ending.conjunction ? `${ending.mark} ${ending.conjunction}` : ending.mark;
}

export function subListOf(item: Node): Node | null {
  const last = item.lastChild;
  return last && last.type.name === "itemList" ? last : null;
}

/** The paragraph whose last characters close this item: its own, or that of its last sub-item. */
export function terminalParagraph(item: Node): Node {
  const sub = subListOf(item);
  return sub ? terminalParagraph(sub.lastChild!) : item.firstChild!;
}

export function itemEnding(item: Node): Ending | null {
  return endingOf(blockText(terminalParagraph(item)));
}

/** The conjunction a list is set to in the editor: "en" for a cumulative list, "of" for an alternative one. */
export function conjunctionOfList(list: Node): Conjunction | null {
  const kind = list.attrs.kind as string | null | undefined;
  return kind === "cumulative" ? "en" : kind === "alternative" ? "of" : null;
}

/** The conjunction a list uses before its last item ("; en" / "; of"): as set on the list, else read from its penultimate item. */
export function listConjunction(list: Node): Conjunction | null {
  return conjunctionOfList(list) ?? (list.childCount >= 2 ? (itemEnding(list.child(list.childCount - 2))?.conjunction ?? null) : null);
}

function withParagraphEnding(paragraph: Node, ending: string): Node {
  const last = paragraph.lastChild;
  if (last && last.isText) {
    const text = last.text!;
    const m = endingPattern.exec(text);
    const replaced = m ? text.slice(0, m.index) + ending : text.replace(/\s+$/, "") + ending;
    return paragraph.copy(paragraph.content.replaceChild(paragraph.childCount - 1, schema.text(replaced, last.marks)));
  }
  // Ends in an atom (a reference): the punctuation simply follows it.
  return paragraph.copy(paragraph.content.append(Fragment.from(schema.text(ending))));
}

function withItemEnding(item: Node, ending: string): Node {
  const sub = subListOf(item);
  if (sub) {
    const subItems: Node[] = [];
    sub.forEach((child) => subItems.push(child));
    return item.copy(item.content.replaceChild(item.childCount - 1, sub.copy(Fragment.fromArray(normaliseItemEndings(subItems, ending, listConjunction(sub))))));
  }
  return item.copy(item.content.replaceChild(0, withParagraphEnding(item.firstChild!, ending)));
}

/**
 * Rewrites the endings of a list's items so that all but the last end with ";" (the penultimate
 * with the list's conjunction) and the last with `finalEnding`.
 */
export function normaliseItemEndings(items: readonly Node[], finalEnding: string, conjunction: Conjunction | null): Node[] {
  return items.map((item, i) => {
    const ending = i === items.length - 1 ? finalEnding : i === items.length - 2 && conjunction ? `; ${conjunction}` : ";";
    return withItemEnding(item, ending);
  });
}
