import { TextSelection, type Command } from "prosemirror-state";
import { firstTextPos } from "./context";

// Enter in a heading cannot split it (a provision has one heading), so it moves on into the provision's text,
// the way a writer expects after typing a heading.

export const enterFromHeading: Command = (state, dispatch) => {
  const { $from, empty } = state.selection;
  if (!empty || $from.parent.type.name !== "heading" || $from.depth < 2) return false;
  const after = $from.after();
  if (after >= $from.end($from.depth - 1)) return false;
  dispatch?.(state.tr.setSelection(TextSelection.create(state.doc, firstTextPos(state.doc, after))).scrollIntoView());
  return true;
};
