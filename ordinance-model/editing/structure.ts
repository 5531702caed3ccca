import type { Node } from "prosemirror-model";
import { TextSelection, type Command, type EditorState, type Transaction } from "prosemirror-state";
import { bodyOf, currentOf, firstTextPos } from "./context";
import { withoutOrderKey } from "../article-order";
import { newArticle, newChapter, newItem, newItemList, newMember } from "./nodes";

// Structure commands: ProseMirror commands (state, dispatch) that insert or move provisions. They never
// write a number: numbering follows from the structure. Each returns false where it does not apply,
// so the toolbar can disable its button with the same function.

/** Inserts `node` at `pos` and puts the cursor in its first text position. */
function insertAndEnter(state: EditorState, pos: number, node: Node): Transaction {
  const tr = state.tr.insert(pos, node);
  return tr.setSelection(TextSelection.create(tr.doc, firstTextPos(tr.doc, pos))).scrollIntoView();
}

/** A new chapter after the current one (or at the end). Only where the body is divided into chapters. */
export const insertChapter: Command = (state, dispatch) => {
  const body = bodyOf(state.doc);
  if (body.node.firstChild?.type.name !== "chapter") return false;
  const chapter = currentOf(state, "chapter");
  const pos = chapter ? chapter.pos + chapter.node.nodeSize : body.start + body.node.content.size;
  dispatch?.(insertAndEnter(state, pos, newChapter()));
  return true;
};

/**
 * A new article after the current one; from a chapter or section heading, the first article of it; elsewhere
 * at the end of the body (or of its last chapter).
 */
export const insertArticle: Command = (state, dispatch) => {
  const article = currentOf(state, "article");
  let pos: number | null = article ? article.pos + article.node.nodeSize : null;
  if (pos === null) {
    const container = currentOf(state, "section", "chapter");
    if (container) {
      const first = container.node.child(1);
      // A chapter divided into sections takes articles only inside its sections.
      if (first.type.name !== "article") return false;
      pos = container.pos + 1 + container.node.child(0).nodeSize;
    } else {
      const body = bodyOf(state.doc);
      const last = body.node.lastChild;
      if (last?.type.name === "chapter") {
        if (last.lastChild?.type.name !== "article") return false;
        pos = body.start + body.node.content.size - 1;
      } else pos = body.start + body.node.content.size;
    }
  }
  dispatch?.(insertAndEnter(state, pos, newArticle()));
  return true;
};

/** A new member after the current one, or as the first member from the article's heading. */
export const insertMember: Command = (state, dispatch) => {
  const member = currentOf(state, "member");
  const article = currentOf(state, "article");
  if (!article) return false;
  const pos = member && member.depth > article.depth ? member.pos + member.node.nodeSize : article.pos + 1 + article.node.child(0).nodeSize;
  dispatch?.(insertAndEnter(state, pos, newMember()));
  return true;
};

/** In an item: a new item after it. In a member's paragraph: a new list of items after that paragraph. */
export const insertItem: Command = (state, dispatch) => {
  const item = currentOf(state, "item");
  if (item) {
    dispatch?.(insertAndEnter(state, item.pos + item.node.nodeSize, newItem()));
    return true;
  }
  const member = currentOf(state, "member");
  const { $from } = state.selection;
  if (!member || $from.depth !== member.depth + 1 || $from.parent.type.name !== "paragraph") return false;
  dispatch?.(insertAndEnter(state, $from.after(), newItemList()));
  return true;
};

/** A sub-item (1°, 2°) under the current item; in a sub-item, the next sub-item. Items go two levels deep at most. */
export const insertSubItem: Command = (state, dispatch) => {
  const item = currentOf(state, "item");
  if (!item) return false;
  const $item = state.doc.resolve(item.pos);
  // Depth 2 (a sub-item, in a list inside an item): add a sibling sub-item.
  if ($item.node(item.depth - 2).type.name === "item") {
    dispatch?.(insertAndEnter(state, item.pos + item.node.nodeSize, newItem()));
    return true;
  }
  const nested = item.node.childCount > 1 ? item.node.lastChild! : null;
  if (nested) {
    const endOfNested = item.pos + item.node.nodeSize - 2;
    dispatch?.(insertAndEnter(state, endOfNested, newItem()));
  } else {
    dispatch?.(insertAndEnter(state, item.pos + item.node.nodeSize - 1, newItemList()));
  }
  return true;
};

/**
 * Swaps the current article with its previous (-1) or next (+1) sibling article; the cursor moves along. The moved
 * article loses its order key, so the editor's key repair gives it one between its new neighbours: in the shared
 * document the move is only that key (article-order.ts), and edits others make inside it meanwhile stay in it.
 */
export function moveArticle(direction: -1 | 1): Command {
  return (state, dispatch) => {
    const article = currentOf(state, "article");
    if (!article) return false;
    const $pos = state.doc.resolve(article.pos);
    const index = $pos.index();
    const siblingIndex = index + direction;
    if (siblingIndex < 0 || siblingIndex >= $pos.parent.childCount) return false;
    const sibling = $pos.parent.child(siblingIndex);
    if (sibling.type.name !== "article") return false;
    if (!dispatch) return true;
    const offsetInArticle = state.selection.from - article.pos;
    const tr = state.tr.delete(article.pos, article.pos + article.node.nodeSize);
    const target = direction === -1 ? article.pos - sibling.nodeSize : article.pos + sibling.nodeSize;
    tr.insert(target, withoutOrderKey(article.node));
    dispatch(tr.setSelection(TextSelection.create(tr.doc, target + offsetInArticle)).scrollIntoView());
    return true;
  };
}
