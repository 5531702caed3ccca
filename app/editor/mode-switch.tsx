import { memo, useId } from "react";

export type EditingMode = "edit" | "suggest";

/** Bewerken or Voorstellen; an account the redactie set to Voorstellen only sees that it suggests. */
export const ModeSwitch = memo(function ModeSwitch({ mode, canEdit, onChange }: { mode: EditingMode; canEdit: boolean; onChange: (mode: EditingMode) => void }) {
  const id = useId();
  if (!canEdit) return <p className="mw-editor-mode">U doet voorstellen: wat u typt of schrapt, wordt een voorstel dat de redactie aanvaardt of afwijst.</p>;
  return (
    <fieldset className="mw-mode-switch">
      <legend>Manier van schrijven</legend>
      {(["edit", "suggest"] as const).map((value) => (
        <span key={value}>
          <input type="radio" id={`${id}-${value}`} name={`${id}-modus`} value={value} checked={mode === value} onChange={() => onChange(value)} />{" "}
          <label htmlFor={`${id}-${value}`}>{value === "edit" ? "Bewerken" : "Voorstellen"}</label>
        </span>
      ))}
    </fieldset>
  );
});
