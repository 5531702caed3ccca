import { EditorState, TextSelection, type Command } from "prosemirror-state";
import { computeNumbering } from "../numbering";
import { schema } from "../schema";
import { fixtureModelJson } from "../testing/fixture-model";

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
  const pos = positionOf(state, id);
  let target = pos + 1;
  state.doc.nodeAt(pos)!.descendants((node, offset) => {
    if (target === pos + 1 && node.isTextblock) target = pos + 1 + offset + 1;
    return target === pos + 1;
  });
  return state.apply(state.tr.setSelection(TextSelection.create(state.doc, target)));
}

export function run(state: EditorState, command: Command): EditorState {
  let next: EditorState | null = null;
  const applies = command(state, (tr) => (next = state.apply(tr)));
  if (!applies || !next) throw new Error("het commando is hier niet van toepassing");
  return next;
}

export const articleLabels = (state: EditorState): string[] =>
  [...computeNumbering(state.doc).values()].filter((e) => e.kind === "article").map((e) => e.label);

export const idOfCursorArticle = (state: EditorState): string => {
  const { $from } = state.selection;
  for (let d = $from.depth; d > 0; d--) if ($from.node(d).type.name === "article") return String($from.node(d).attrs.id);
  throw new Error("cursor staat niet in een artikel");
};
