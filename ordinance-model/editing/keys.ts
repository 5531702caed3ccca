import { Fragment, type Node } from "prosemirror-model";
import { TextSelection, type Command, type EditorState, type Transaction } from "prosemirror-state";
import { schema } from "../schema";
import { freshId } from "./ids";
import { newItem } from "./nodes";

// Enter and Shift+Enter as a drafter expects them: Enter at the end of a member makes the next member, in an item
// the next item, and in an empty item it leaves the list; Shift+Enter is a new paragraph inside the member.
// New members and items get a fresh id here, so the split-off part never shares its id with the original.

const { nodes } = schema;

/** The cursor's paragraph and its parent, when the selection lies inside one paragraph. */
function paragraphContext(state: EditorState): { depth: number; parent: Node } | null {
  const { $from, $to } = state.selection;
  if ($from.parent.type !== nodes.paragraph || !$from.sameParent($to) || $from.depth < 2) return null;
  return { depth: $from.depth, parent: $from.node($from.depth - 1) };
}

function finish(tr: Transaction, cursor: number): Transaction {
  return tr.setSelection(TextSelection.create(tr.doc, cursor)).scrollIntoView();
}

/** Splits the paragraph and its parent (member or item) at the cursor; the part after it becomes a new sibling. */
function splitParent(state: EditorState, parentType: "member" | "item"): Transaction {
  const tr = state.tr.deleteSelection();
  const pos = tr.selection.from;
  tr.split(pos, 2, [{ type: nodes[parentType]!, attrs: { id: freshId(parentType) } }, { type: nodes.paragraph! }]);
  return finish(tr, pos + 4);
}

/** Enter in a member's last paragraph: a new member after it (carrying the text after the cursor along). */
export const enterInMember: Command = (state, dispatch) => {
  const context = paragraphContext(state);
  if (!context || context.parent.type !== nodes.member) return false;
  if (state.selection.$from.index(context.depth - 1) !== context.parent.childCount - 1) return false;
  dispatch?.(splitParent(state, "member"));
  return true;
};

/** Shift+Enter in a member: a new paragraph inside it. */
export const newParagraphInMember: Command = (state, dispatch) => {
  const context = paragraphContext(state);
  if (!context || context.parent.type !== nodes.member) return false;
  if (dispatch) {
    const tr = state.tr.deleteSelection();
    const pos = tr.selection.from;
    dispatch(finish(tr.split(pos, 1), pos + 2));
  }
  return true;
};

/** Enter in an item: the next item; in an empty item: out of the list (see leaveList). */
export const enterInItem: Command = (state, dispatch) => {
  const context = paragraphContext(state);
  if (!context || context.parent.type !== nodes.item) return false;
  const item = context.parent;
  const { $from } = state.selection;
  if (item.childCount === 1 && item.firstChild!.content.size === 0) return leaveList(state, dispatch, $from.before(context.depth - 1));
  if (!dispatch) return true;
  if (item.childCount > 1 && state.selection.empty && $from.parentOffset === $from.parent.content.size) {
    // At the end of an item that has sub-items, the next line is its first sub-item.
    const firstSubItem = $from.after() + 1;
    dispatch(finish(state.tr.insert(firstSubItem, newItem()), firstSubItem + 2));
  } else dispatch(splitParent(state, "item"));
  return true;
};

/** The transaction that removes the empty item at `itemPos` and leaves its list (see leaveList). */
function leaveListTransaction(state: EditorState, itemPos: number): Transaction {
  const $item = state.doc.resolve(itemPos);
  const list = $item.parent;
  const listPos = $item.before();
  const index = $item.index();
  const tr = state.tr;
  const paragraph = () => nodes.paragraph!.create();
  if ($item.node($item.depth - 1).type === nodes.member) {
    if (list.childCount === 1) return finish(tr.replaceWith(listPos, listPos + list.nodeSize, paragraph()), listPos + 1);
    tr.delete(itemPos, itemPos + list.child(index).nodeSize);
    if (index === 0) return finish(tr.insert(listPos, paragraph()), listPos + 1);
    if (index < list.childCount - 1) tr.split(itemPos, 1);
    return finish(tr.insert(itemPos + 1, paragraph()), itemPos + 2);
  }
  // A sub-item: the parent item keeps the sub-items before it; the later ones move under the new item.
  const later: Node[] = [];
  for (let i = index + 1; i < list.childCount; i++) later.push(list.child(i));
  const next = nodes.item!.create({ id: freshId("item") }, Fragment.from(later.length ? [paragraph(), nodes.itemList!.create(null, later)] : [paragraph()]));
  const parentEnd = $item.after($item.depth - 1);
  tr.delete(index === 0 ? listPos : itemPos, listPos + list.nodeSize - (index === 0 ? 0 : 1));
  const at = tr.mapping.map(parentEnd);
  return finish(tr.insert(at, next), at + 2);
}

/**
 * Leaves the list from the empty item at `itemPos`. In a member, a paragraph takes the item's place (splitting the list
 * when it stood in the middle). In a sub-list, a new item follows the parent item and takes the later sub-items along.
 */
function leaveList(state: EditorState, dispatch: ((tr: Transaction) => void) | undefined, itemPos: number): boolean {
  dispatch?.(leaveListTransaction(state, itemPos));
  return true;
}

/**
 * Backspace at the start of a member or item that follows another: its text joins the end of the previous one, as if
 * the Enter that split them was undone (the previous one keeps its id). Elsewhere the ordinary Backspace applies.
 */
export const joinWithPrevious: Command = (state, dispatch) => {
  const { $from, empty } = state.selection;
  if (!empty || $from.parentOffset !== 0 || $from.parent.type !== nodes.paragraph || $from.depth < 3) return false;
  const depth = $from.depth - 1;
  const parent = $from.node(depth);
  if ((parent.type !== nodes.member && parent.type !== nodes.item) || $from.index(depth) !== 0) return false;
  const index = $from.index(depth - 1);
  const previous = index > 0 ? $from.node(depth - 1).child(index - 1) : null;
  if (previous?.type !== parent.type || previous.lastChild?.type !== nodes.paragraph) return false;
  // The end of the previous one's last paragraph: before its closing token and the one of the previous node.
  const end = $from.before(depth) - 2;
  dispatch?.(finish(state.tr.delete(end, $from.pos), end));
  return true;
};
