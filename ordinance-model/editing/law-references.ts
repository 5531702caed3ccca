import { NodeSelection, type Command, type EditorState } from "prosemirror-state";
import { lawReferenceProblems, type LawReference, type LawReferenceField } from "../law-references";
import { schema } from "../schema";

// Inserting and changing a citation of national law (a lawReference atom) from the editor's dialog.

/** The citation the selection is on, to edit it; null when the selection is not one. */
export function selectedLawReference(state: EditorState): LawReference | null {
  const { selection } = state;
  if (!(selection instanceof NodeSelection && selection.node.type.name === "lawReference")) return null;
  // The citation's own fields only: a pending suggestion on it is not part of what the dialog edits.
  const { law, article, member, words } = selection.node.attrs as LawReference;
  return { law, article, member, words };
}

/** The attrs as the node stores them: trimmed, and an empty member as none. */
export function lawReferenceAttrs(input: { law: string; article: string; member: string; words: string }): LawReference {
  const member = input.member.trim();
  return { law: input.law.trim().toUpperCase(), article: input.article.trim(), member: member === "" ? null : member, words: input.words.trim() };
}

export type LawReferenceErrors = Partial<Record<LawReferenceField, string>>;

/**
 * Saves a citation: a selected one is changed in place, otherwise it is inserted at the cursor. Refuses (returns false)
 * where inline content cannot stand or when the attrs are wrong; `lawReferenceProblems` says what is wrong per field.
 */
export function saveLawReference(attrs: LawReference): Command {
  return (state, dispatch) => {
    if (Object.keys(lawReferenceProblems(attrs)).length) return false;
    const selected = selectedLawReference(state) !== null;
    if (selected) {
      dispatch?.(state.tr.setNodeMarkup(state.selection.from, undefined, attrs).scrollIntoView());
      return true;
    }
    const node = schema.nodes.lawReference!.create(attrs);
    const { $from } = state.selection;
    if (!$from.parent.canReplaceWith($from.index(), $from.index(), node.type)) return false;
    dispatch?.(state.tr.replaceSelectionWith(node, false).scrollIntoView());
    return true;
  };
}
