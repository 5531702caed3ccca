import type { Mark, Node } from "prosemirror-model";
import { AddMarkStep, AttrStep, RemoveMarkStep, ReplaceAroundStep, ReplaceStep, type Transform } from "prosemirror-transform";
import { markSuggestion, nodeSuggestion, type SuggestionRecord } from "./marks";

// Removing another author's suggestion is an accept or a reject, and only the redactie (model.acceptSuggestion)
// decides: an edit in Bewerken by anyone else must leave every part of it standing. The sync server enforces the same
// rule on the shared text (app/collab/suggestion-check.ts); this lets the editor say so before anything is sent.

export interface Writer {
  readonly id: number;
  readonly name: string;
}

const others = (record: SuggestionRecord | null, writer: Writer) => record !== null && !(record.author === writer.id && record.authorName === writer.name);
const othersMark = (mark: Mark, writer: Writer) => others(markSuggestion(mark), writer);
const othersNode = (node: Node, writer: Writer) => others(nodeSuggestion(node), writer);

/** Whether `from`–`to` in `doc` holds part of another author's suggestion, or (`inside`) stands inside one. */
function holdsOthers(doc: Node, from: number, to: number, writer: Writer, inside: boolean): boolean {
  const $from = doc.resolve(from);
  for (let depth = $from.depth; inside && depth > 0; depth--) if (othersNode($from.node(depth), writer)) return true;
  let found = false;
  doc.nodesBetween(from, to, (node) => {
    found ||= (inside && othersNode(node, writer)) || node.marks.some((mark) => othersMark(mark, writer));
    return !found;
  });
  return found;
}

/** Whether the transform deletes, decides or overwrites any part of a suggestion by someone other than the writer. */
export function takesAwayOthersSuggestion(tr: Transform, writer: Writer): boolean {
  return tr.steps.some((step, i) => {
    const doc = tr.docs[i]!;
    if (step instanceof ReplaceStep || step instanceof ReplaceAroundStep) return step.from < step.to && holdsOthers(doc, step.from, step.to, writer, true);
    // Adding a suggestion mark replaces the one there: the two marks exclude each other.
    if (step instanceof RemoveMarkStep || step instanceof AddMarkStep) return markSuggestion(step.mark) !== null && holdsOthers(doc, step.from, step.to, writer, false);
    if (step instanceof AttrStep) return step.attr === "suggestion" && othersNode(doc.nodeAt(step.pos)!, writer);
    return false;
  });
}
