import { useEffect, useRef, useState } from "react";
import { FormFieldTextarea, FormFieldTextbox } from "@utrecht/component-library-react";
import { Button } from "@nl-design-system-candidate/button-react";
import { Paragraph } from "@nl-design-system-candidate/paragraph-react";
import { slotKinds } from "../../ordinance-model/index";
import { keyFromLabel, type SlotAttrs, type SlotErrors } from "../../ordinance-model/editing/index";
import { CheckboxField } from "../components/checkbox-field";
import { ModalDialog } from "../components/modal-dialog";
import { SelectField } from "../components/select-field";
import { SLOT_KIND_LABELS } from "../labels";
import { OptionRows } from "./option-rows";
import { SOURCE_LABELS, attrsFromFields, drafterErrors, fieldsFromAttrs, kindFields, optionRow, type OptionRow, type SlotFields } from "./slot-form";

interface SlotDialogProps {
  title: string;
  /** The definition being edited, or the preset of a new one. */
  initial: Partial<SlotAttrs>;
  /** Whether an existing slot is edited (its key then stays unless changed under "Geavanceerd"). */
  editing: boolean;
  /** Keys already in use: a new slot's key, derived from its name, avoids them. */
  takenKeys: readonly string[];
  /** Checks the attrs against the document (as parseModel would) and saves them; returns the problems, if any. */
  onSave: (attrs: SlotAttrs) => SlotErrors;
  onClose: () => void;
}

type TextName = Exclude<keyof SlotFields, "options" | "required" | "fixed">;

const DEFAULT_HELP: Record<string, string> = {
  text: "De tekst die in de verordening staat als de gemeente niets anders kiest.",
  integer: "Een getal, bijvoorbeeld 4.",
  amount: "Een bedrag in euro's, bijvoorbeeld 12,50.",
  duration: "Bijvoorbeeld “6 maanden” of “2 jaar”.",
  date: "",
};

/**
 * Creates or edits a variant slot in a drafter's words: a name (the internal name follows from it, editable under
 * "Geavanceerd"), the kind, and then only that kind's fields; options as rows of a name and a wording. Problems appear
 * beside their field and the first one gets the focus.
 */
export function SlotDialog({ title, initial, editing, takenKeys, onSave, onClose }: SlotDialogProps) {
  const [fields, setFields] = useState<SlotFields>(() => fieldsFromAttrs(initial));
  const [keyEdited, setKeyEdited] = useState(editing);
  const [advancedOpen, setAdvancedOpen] = useState(false);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [attempt, setAttempt] = useState(0);
  const formRef = useRef<HTMLFormElement>(null);
  const shown = kindFields(fields.kind);

  const text = (name: TextName) => ({
    name,
    value: fields[name],
    onChange: (event: React.FormEvent) => setFields({ ...fields, [name]: (event.target as HTMLInputElement).value }),
    invalid: Boolean(errors[name]),
    errorMessage: errors[name],
  });

  const setLabel = (label: string) => setFields({ ...fields, label, key: keyEdited ? fields.key : keyFromLabel(label, takenKeys) });

  // After a refused save, the first field with a problem gets the focus (inside "Geavanceerd", which opens for it).
  useEffect(() => {
    if (attempt === 0) return;
    formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [attempt]);

  const submit = (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const { attrs, errors: readErrors } = attrsFromFields({ ...fields, default: shown.default ? fields.default : "" });
    const problems = drafterErrors(Object.keys(readErrors).length ? readErrors : onSave(attrs));
    if (problems.key) setAdvancedOpen(true);
    setErrors(problems);
    setAttempt((n) => n + 1);
  };

  return (
    <ModalDialog title={title} onClose={onClose}>
      <form ref={formRef} className="mw-stack" onSubmit={submit} noValidate>
        {Object.keys(errors).length > 0 && <Paragraph role="alert">Niet opgeslagen: verbeter de velden met een melding.</Paragraph>}
        <FormFieldTextbox
          label="Naam"
          description="Zo zien de gemeenten deze keuze, bijvoorbeeld “Wachttijd in weken”."
          {...text("label")}
          onChange={(event) => setLabel((event.target as HTMLInputElement).value)}
          autoComplete="off"
        />
        <KindSelect
          value={fields.kind}
          // A choice between options starts with two empty rows to fill in.
          onChange={(kind) => setFields({ ...fields, kind, options: kindFields(kind).options && fields.options.length === 0 ? twoRows() : fields.options })}
        />
        <FormFieldTextarea label="Uitleg en advies van de werkgroep" rows={3} {...text("guidance")} />
        {shown.options && (
          <OptionRows rows={fields.options} error={errors.options} onChange={(options: readonly OptionRow[]) => setFields({ ...fields, options })} />
        )}
        {shown.default && <DefaultField fields={fields} error={errors.default} onChange={(value) => setFields({ ...fields, default: value })} />}
        {shown.bounds && (
          <>
            <FormFieldTextbox label={fields.kind === "duration" ? "Kortste termijn in maanden" : "Laagste toegestane waarde"} type={fields.kind === "date" ? "date" : "text"} {...text("min")} autoComplete="off" />
            <FormFieldTextbox label={fields.kind === "duration" ? "Langste termijn in maanden" : "Hoogste toegestane waarde"} type={fields.kind === "date" ? "date" : "text"} {...text("max")} autoComplete="off" />
          </>
        )}
        {shown.source && (
          <SelectField name="source" label="Wordt ingevuld met" value={fields.source} state={{ errors: pick(errors, "source") }} options={Object.entries(SOURCE_LABELS).map(([value, label]) => ({ value, label }))} placeholder="Kies…" onChange={(source) => setFields({ ...fields, source })} />
        )}
        {shown.required && <CheckboxField name="required" label="De gemeente moet dit invullen" checked={fields.required} onChange={(required) => setFields({ ...fields, required })} />}
        <CheckboxField name="fixed" label="Regionaal vastgesteld (gemeenten kunnen dit niet wijzigen)" checked={fields.fixed} onChange={(fixed) => setFields({ ...fields, fixed })} />
        <details open={advancedOpen} onToggle={(event) => setAdvancedOpen((event.target as HTMLDetailsElement).open)}>
          <summary>Geavanceerd</summary>
          <FormFieldTextbox
            label="Interne naam"
            description={editing ? "Keuzes van gemeenten en documenten verwijzen hiernaar; wijzig hem alleen als dat echt nodig is." : "Volgt vanzelf uit de naam. Alleen letters en cijfers, beginnend met een kleine letter."}
            {...text("key")}
            onChange={(event) => {
              setKeyEdited(true);
              setFields({ ...fields, key: (event.target as HTMLInputElement).value });
            }}
            autoComplete="off"
          />
        </details>
        <div>
          <Button type="submit" purpose="primary">
            Opslaan
          </Button>
        </div>
      </form>
    </ModalDialog>
  );
}

const twoRows = (): OptionRow[] => {
  const first = optionRow("", "", []);
  return [first, optionRow("", "", [first])];
};

function KindSelect({ value, onChange }: { value: string; onChange: (kind: string) => void }) {
  return <SelectField name="kind" label="Soort keuze" value={value} options={slotKinds.map((k) => ({ value: k, label: SLOT_KIND_LABELS[k] }))} onChange={onChange} />;
}

/** The region's default, in the form that suits the kind. */
function DefaultField({ fields, error, onChange }: { fields: SlotFields; error?: string; onChange: (value: string) => void }) {
  if (fields.kind === "optional") {
    return <SelectField name="default" label="Standaard in de verordening" value={fields.default || "ja"} state={{ errors: error ? { default: error } : {} }} options={[{ value: "ja", label: "Ja, de bepaling staat erin" }, { value: "nee", label: "Nee, de bepaling staat er niet in" }]} onChange={onChange} />;
  }
  if (fields.kind === "alternatives") {
    return <SelectField name="default" label="Advies van de regio" value={fields.default} state={{ errors: error ? { default: error } : {} }} placeholder="Geen advies" options={fields.options.filter((o) => o.label).map((o) => ({ value: o.value, label: o.label }))} onChange={onChange} />;
  }
  if (fields.kind === "multiselect") {
    const chosen = new Set(fields.default.split(",").map((v) => v.trim()).filter(Boolean));
    const toggle = (value: string, on: boolean) => onChange(fields.options.map((o) => o.value).filter((v) => (v === value ? on : chosen.has(v))).join(", "));
    return (
      <fieldset className="mw-stack">
        <legend>Advies van de regio</legend>
        {error && <p className="utrecht-form-field-error-message">{error}</p>}
        {fields.options.filter((o) => o.label).map((o) => (
          <CheckboxField key={o.value} name={`default-${o.value}`} label={o.label} checked={chosen.has(o.value)} onChange={(on) => toggle(o.value, on)} />
        ))}
      </fieldset>
    );
  }
  return (
    <FormFieldTextbox
      label="Standaardwaarde van de regio"
      description={DEFAULT_HELP[fields.kind]}
      type={fields.kind === "date" ? "date" : "text"}
      name="default"
      value={fields.default}
      onChange={(event) => onChange((event.target as HTMLInputElement).value)}
      invalid={Boolean(error)}
      errorMessage={error}
      autoComplete="off"
    />
  );
}


function pick(errors: Record<string, string>, name: string): Record<string, string> {
  return errors[name] ? { [name]: errors[name]! } : {};
}
