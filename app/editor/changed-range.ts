import type { Node } from "prosemirror-model";
import { Mapping, StepMap } from "prosemirror-transform";
import type { Decoration, DecorationSet } from "prosemirror-view";

// Where a transaction changed the document, and decorations kept up to date by redoing only that part: the editor's
// plugins run on every keystroke, and work over the whole document costs a frame on a large model.

export interface Change {
  readonly from: number;
  readonly toBefore: number;
  readonly toAfter: number;
}

/**
 * The one range in which `after` differs from `before`, or null when they are equal. Comparing the documents (rather
 * than reading the steps) also covers y-prosemirror, which applies a remote change as one replace of the whole
 * document; unchanged subtrees are shared, so the comparison skips them at once.
 */
export function changeBetween(before: Node, after: Node): Change | null {
  const from = before.content.findDiffStart(after.content);
  if (from === null) return null;
  const end = before.content.findDiffEnd(after.content)!;
  // With repeated characters the two ends can overlap the start; move both to keep the range well-formed.
  const overlap = Math.max(0, from - Math.min(end.a, end.b));
  return { from, toBefore: end.a + overlap, toAfter: end.b + overlap };
}

/** The change as a mapping, for decorations outside it. */
export const changeMapping = (change: Change): Mapping => new Mapping([new StepMap([change.from, change.toBefore - change.from, change.toAfter - change.from])]);

/**
 * Pushes the decorations of one node (not of its descendants) onto `out`; false to skip its descendants. Each
 * decoration must lie within its node, as node and inline decorations of the node itself do.
 */
export type DecorateNode = (node: Node, pos: number, out: Decoration[]) => boolean | void;

/** Every decoration of the document, node by node. */
export function decorateAll(doc: Node, decorate: DecorateNode): Decoration[] {
  const out: Decoration[] = [];
  doc.descendants((node, pos) => decorate(node, pos, out));
  return out;
}

/**
 * `previous` (the decorations of `before`) brought to `after`: mapped through the change, and made anew for every node
 * that overlaps the change or touches its ends (a text node the change joined to, an ancestor whose size changed).
 * Equal to decorating the whole of `after` when each decoration lies within the node it is made for.
 */
export function redecorated(previous: DecorationSet, before: Node, after: Node, decorate: DecorateNode): DecorationSet {
  const change = changeBetween(before, after);
  if (!change) return previous;
  const mapped = previous.map(changeMapping(change), after);
  // One position wider on each side, so that a node ending or starting right at the change overlaps it.
  const from = Math.max(0, change.from - 1);
  const to = Math.min(after.content.size, change.toAfter + 1);
  const stale = mapped.find(from, to).filter((d) => d.from < to && d.to > from);
  const fresh: Decoration[] = [];
  after.nodesBetween(from, to, (node, pos) => decorate(node, pos, fresh));
  return mapped.remove(stale).add(after, fresh);
}
