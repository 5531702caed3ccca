import { Plugin, TextSelection, type EditorState } from "prosemirror-state";
import type { EditorView } from "prosemirror-view";

// Backspace and Delete in Voorstellen. Left to the browser, a deleted character leaves the DOM and ProseMirror reads the
// change back as a replacement, which would suggest re-inserting the text around it; as ProseMirror deletions they
// become deletion marks (suggestingTransaction), and the cursor moves past the character marked.

function deleteOne(view: EditorView, direction: -1 | 1): boolean {
  const state: EditorState = view.state;
  const { selection } = state;
  if (!selection.empty) {
    view.dispatch(state.tr.deleteSelection());
    return true;
  }
  const $pos = selection.$head;
  const edge = direction < 0 ? $pos.parentOffset === 0 : $pos.parentOffset === $pos.parent.content.size;
  // At the edge of a paragraph the ordinary keys apply (joining is no suggestion and is left out).
  if (edge) return false;
  const [from, to] = direction < 0 ? [$pos.pos - 1, $pos.pos] : [$pos.pos, $pos.pos + 1];
  view.dispatch(state.tr.delete(from, to));
  // Past what was marked (or could not be: a reference), so that the next key goes on with the next character.
  const past = view.state.tr.mapping.map(direction < 0 ? from : to);
  if (view.state.selection.head !== past) view.dispatch(view.state.tr.setSelection(TextSelection.create(view.state.doc, past)));
  return true;
}

/** Active while `suggesting()` says so. */
export function suggestKeys(suggesting: () => boolean): Plugin {
  return new Plugin({
    props: {
      handleKeyDown(view, event) {
        if (!suggesting() || event.ctrlKey || event.metaKey || event.altKey) return false;
        if (event.key === "Backspace") return deleteOne(view, -1);
        if (event.key === "Delete") return deleteOne(view, 1);
        return false;
      },
    },
  });
}
