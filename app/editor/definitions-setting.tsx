import { definitionStyles, type DefinitionStyle } from "../../ordinance-model/index";
import { SelectField } from "../components/select-field";

const LABELS: Record<DefinitionStyle, string> = {
  lettered: "Met letters (a., b., c.)",
  unlettered: "Zonder letters",
};

/** The redactie's choice for the whole text: does the definition list letter its items? The server checks who may. */
export function DefinitionsSetting({ value, onChange }: { value: DefinitionStyle; onChange: (value: DefinitionStyle) => void }) {
  return (
    <div className="mw-editor-setting">
      <SelectField
        name="definitions"
        label="Begripsbepalingen"
        description="Geldt voor de hele tekst. Zonder letters staan de begrippen alleen in alfabetische volgorde, zoals in veel nieuwere verordeningen."
        value={value}
        options={definitionStyles.map((style) => ({ value: style, label: LABELS[style] }))}
        onChange={(next) => onChange(next as DefinitionStyle)}
      />
    </div>
  );
}
