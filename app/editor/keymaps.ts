import type { Command, Plugin } from "prosemirror-state";
import { keymap } from "prosemirror-keymap";
import { baseKeymap, chainCommands } from "prosemirror-commands";
import { sharedRedo } from "./shared-order";
import { enterFromHeading, enterInItem, enterInMember, joinWithPrevious, newParagraphInMember } from "../../ordinance-model/editing/index";
import { editorActions, type DialogName } from "./actions";

/**
 * The shortcuts of the toolbar actions (dialogs open through `openDialog`), redo on Mod-y, Enter as a drafter expects it
 * (out of a heading, next item or out of the list, next member), Shift+Enter for a new paragraph and Backspace that
 * undoes such a split, then the base keys.
 */
export function editorKeymaps(openDialog: (name: DialogName) => void): Plugin[] {
  const bindings: Record<string, Command> = {
    "Mod-y": sharedRedo,
    Enter: chainCommands(enterFromHeading, enterInItem, enterInMember),
    "Shift-Enter": newParagraphInMember,
    Backspace: joinWithPrevious,
  };
  for (const action of editorActions) {
    const dialog = action.dialog;
    bindings[action.key] = action.command ?? ((state) => {
      if (!action.available(state)) return false;
      openDialog(dialog!);
      return true;
    });
  }
  return [keymap(bindings), keymap(baseKeymap)];
}
