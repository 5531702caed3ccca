import { FormFieldTextbox } from "@utrecht/component-library-react";
import { Button } from "@nl-design-system-candidate/button-react";
import { keyFromLabel } from "../../ordinance-model/editing/index";
import { optionRow, type OptionRow } from "./slot-form";

/**
 * The options of a choice as rows: the name the municipalities choose by, and the wording that then stands in the
 * text. A new option's stored value follows its name; an existing one keeps its value, since choices refer to it.
 */
export function OptionRows({ rows, error, onChange }: { rows: readonly OptionRow[]; error?: string; onChange: (rows: readonly OptionRow[]) => void }) {
  const update = (index: number, change: Partial<OptionRow>) =>
    onChange(
      rows.map((row, i) => {
        if (i !== index) return row;
        const next = { ...row, ...change };
        const others = rows.filter((_, j) => j !== index).map((o) => o.value);
        return change.label !== undefined && !row.content ? { ...next, value: keyFromLabel(change.label || "optie", others) } : next;
      }),
    );
  return (
    <fieldset className="mw-stack mw-option-rows">
      <legend>Opties</legend>
      {error && <p className="utrecht-form-field-error-message">{error}</p>}
      {rows.map((row, index) => (
        <div key={index} className="mw-option-row" role="group" aria-label={`Optie ${index + 1}`}>
          <FormFieldTextbox
            label={`Naam van optie ${index + 1}`}
            name={`option-${index}-label`}
            value={row.label}
            invalid={Boolean(error) && index === 0}
            onChange={(event) => update(index, { label: (event.target as HTMLInputElement).value })}
            autoComplete="off"
          />
          <FormFieldTextbox
            label={`Tekst in de verordening bij optie ${index + 1}`}
            description={index === 0 ? "Leeg laten: dan staat de naam in de tekst." : undefined}
            name={`option-${index}-wording`}
            value={row.wording}
            onChange={(event) => update(index, { wording: (event.target as HTMLInputElement).value })}
            autoComplete="off"
          />
          <div>
            <Button type="button" purpose="subtle" onClick={() => onChange(rows.filter((_, i) => i !== index))}>
              Optie {index + 1} verwijderen
            </Button>
          </div>
        </div>
      ))}
      <div>
        <Button type="button" purpose="secondary" onClick={() => onChange([...rows, optionRow("", "", rows)])}>
          Optie toevoegen
        </Button>
      </div>
    </fieldset>
  );
}
