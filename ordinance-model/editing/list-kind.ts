import { Fragment } from "prosemirror-model";
import { Selection, type Command } from "prosemirror-state";
import { formatEnding, itemEnding, normaliseItemEndings } from "../punctuation";
import { listKinds, type ListKind } from "../schema";
import { childrenOf } from "../tree";
import { currentOf } from "./context";

// Whether an enumeration is cumulative ("; en") or alternative ("; of") is a property of the list: this command sets
// it on the list around the cursor (not set → cumulative → alternative → not set) and writes the matching ending on the
// last-but-one item, so text and setting agree from the start; lint keeps them agreeing afterwards.

const next = (kind: ListKind | null): ListKind | null => (kind === null ? listKinds[0]! : kind === listKinds[0] ? listKinds[1]! : null);

export const cycleListKind: Command = (state, dispatch) => {
  const list = currentOf(state, "itemList");
  if (!list) return false;
  if (dispatch) {
    const kind = next((list.node.attrs.kind as ListKind | null) ?? null);
    const items = childrenOf(list.node);
    const finalEnding = itemEnding(list.node.lastChild!);
    const conjunction = kind === "cumulative" ? "en" : kind === "alternative" ? "of" : null;
    const content = items.length >= 2 && finalEnding ? Fragment.fromArray(normaliseItemEndings(items, formatEnding(finalEnding), conjunction)) : list.node.content;
    const replacement = list.node.type.create({ ...list.node.attrs, kind }, content);
    const tr = state.tr.replaceWith(list.pos, list.pos + list.node.nodeSize, replacement);
    // Only endings changed: the cursor stays where it was, inside the list.
    tr.setSelection(Selection.near(tr.doc.resolve(Math.min(state.selection.from, list.pos + replacement.nodeSize - 1))));
    dispatch(tr.scrollIntoView());
  }
  return true;
};
