import { memo, useId, useState } from "react";
import { Button } from "@nl-design-system-candidate/button-react";
import { ariaShortcut, editorActions, shortcutText, type EditorAction } from "./actions";

/**
 * The structure buttons; each shows its shortcut and is disabled where its command does not apply. `enabled` lists the
 * ids of the applicable actions (a string, so the toolbar re-renders only when that set changes). On a phone the
 * buttons fold into a menu behind one button, so the text comes first (app.css).
 */
export const Toolbar = memo(function Toolbar({ enabled, onAction }: { enabled: string; onAction: (action: EditorAction) => void }) {
  const applicable = new Set(enabled.split(" "));
  const [open, setOpen] = useState(false);
  const id = useId();
  return (
    <div className="mw-editor-tools" data-open={open}>
      <Button
        type="button"
        purpose="secondary"
        className="mw-editor-tools__menu"
        aria-expanded={open}
        aria-controls={id}
        onMouseDown={(event) => event.preventDefault()}
        onClick={() => setOpen(!open)}
      >
        Structuur en invoegen
      </Button>
      <div role="toolbar" id={id} aria-label="Structuur van de verordening" className="mw-editor-toolbar">
        {editorActions.map((action) => (
          <Button
            key={action.id}
            type="button"
            purpose="secondary"
            disabled={!applicable.has(action.id)}
            title={`${action.label} (${shortcutText(action.key)})`}
            aria-keyshortcuts={ariaShortcut(action.key)}
            // Keep the editor's selection: the command acts where the cursor was.
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => {
              setOpen(false);
              onAction(action);
            }}
          >
            {action.label}
          </Button>
        ))}
      </div>
    </div>
  );
});
