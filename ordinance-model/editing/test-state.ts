import { EditorState, TextSelection, type Command } from "prosemirror-state";
import { schema } from "../schema";
import { fixtureModelJson } from "../testing/fixture-model";
import { currentOf, firstTextPos } from "./context";

// Helpers for the editing tests: the fixture model as an editor state, the cursor put inside a node by id.

export function fixtureState(): EditorState {
  return EditorState.create({ doc: schema.nodeFromJSON(fixtureModelJson()) });
}

/** The position of the node with this id (or of the article note on this article). */
export function positionOf(state: EditorState, id: string): number {
  let found = -1;
  state.doc.descendants((node, pos) => {
    if (found < 0 && node.attrs.id === id) found = pos;
    return found < 0;
  });
  if (found < 0) throw new Error(`geen knoop met id ${id}`);
  return found;
}

/** The state with the cursor in the first text of the node with this id. */
export function cursorIn(state: EditorState, id: string): EditorState {
  return state.apply(state.tr.setSelection(TextSelection.create(state.doc, firstTextPos(state.doc, positionOf(state, id)))));
}

export function run(state: EditorState, command: Command): EditorState {
  let next: EditorState | null = null;
  const applies = command(state, (tr) => (next = state.apply(tr)));
  if (!applies || !next) throw new Error("het commando is hier niet van toepassing");
  return next;
}

export const idOfCursorArticle = (state: EditorState): string => {
  const article = currentOf(state, "article");
  if (!article) throw new Error("cursor staat niet in een artikel");
  return String(article.node.attrs.id);
};
