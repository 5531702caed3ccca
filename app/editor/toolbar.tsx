import type { EditorState } from "prosemirror-state";
import { Button } from "@nl-design-system-candidate/button-react";
import { ariaShortcut, editorActions, shortcutText, type EditorAction } from "./actions";

/** The structure buttons; each shows its shortcut and is disabled where its command does not apply. */
export function Toolbar({ state, onAction }: { state: EditorState; onAction: (action: EditorAction) => void }) {
  return (
    <div role="toolbar" aria-label="Structuur van de verordening" className="mw-editor-toolbar">
      {editorActions.map((action) => (
        <Button
          key={action.id}
          type="button"
          purpose="secondary"
          disabled={!action.available(state)}
          title={`${action.label} (${shortcutText(action.key)})`}
          aria-keyshortcuts={ariaShortcut(action.key)}
          // Keep the editor's selection: the command acts where the cursor was.
          onMouseDown={(event) => event.preventDefault()}
          onClick={() => onAction(action)}
        >
          {action.label}
        </Button>
      ))}
    </div>
  );
}
