import type { Node } from "prosemirror-model";
import { TextSelection, type Command } from "prosemirror-state";
import { articlesIn, childOfType } from "../tree";
import { currentOf, firstTextPos } from "./context";
import { newArticleNote } from "./nodes";

// The explanatory note of an article lives in notes/articleNotes and points at the article's id.
// "Edit the note" puts the cursor in it, creating it first (in article order) when it does not exist yet.

function articleOrder(doc: Node): Map<string, number> {
  return new Map(articlesIn(childOfType(doc, "body")).map((article, i) => [String(article.attrs.id), i] as const));
}

function articleNotesOf(doc: Node): { node: Node; pos: number } {
  let found: { node: Node; pos: number } | null = null;
  doc.descendants((node, pos) => {
    if (node.type.name === "articleNotes") found = { node, pos };
    return found === null;
  });
  if (!found) throw new Error("Een verordening zonder articleNotes: het document volgt het schema niet.");
  return found;
}

export const editArticleNote: Command = (state, dispatch) => {
  const article = currentOf(state, "article");
  if (!article) return false;
  if (!dispatch) return true;
  const articleId = String(article.node.attrs.id);
  const notes = articleNotesOf(state.doc);
  const order = articleOrder(state.doc);
  const rank = order.get(articleId)!;
  const end = notes.pos + notes.node.nodeSize - 1;
  let existing: number | null = null;
  let firstLater: number | null = null;
  notes.node.forEach((note, offset) => {
    const pos = notes.pos + 1 + offset;
    if (note.attrs.article === articleId) existing ??= pos;
    else if ((order.get(String(note.attrs.article)) ?? -1) > rank) firstLater ??= pos;
  });
  const insertAt = firstLater ?? end;
  const tr = state.tr;
  const notePos = existing ?? insertAt;
  if (existing === null) tr.insert(insertAt, newArticleNote(articleId));
  // Into the note's last paragraph, at its end: that is where one continues writing.
  const cursor = existing === null ? firstTextPos(tr.doc, notePos) : notePos + tr.doc.nodeAt(notePos)!.nodeSize - 2;
  dispatch(tr.setSelection(TextSelection.create(tr.doc, cursor)).scrollIntoView());
  return true;
};
