import { useState } from "react";
import { FormFieldTextarea, FormFieldTextbox } from "@utrecht/component-library-react";
import { Button } from "@nl-design-system-candidate/button-react";
import { Paragraph } from "@nl-design-system-candidate/paragraph-react";
import { slotKinds } from "../../ordinance-model/index";
import type { SlotAttrs, SlotErrors } from "../../ordinance-model/editing/index";
import { CheckboxField } from "../components/checkbox-field";
import { ModalDialog } from "../components/modal-dialog";
import { SelectField } from "../components/select-field";
import { SLOT_KIND_LABELS } from "../labels";
import { SOURCE_LABELS, attrsFromFields, fieldsFromAttrs, type SlotFields } from "./slot-form";

interface SlotDialogProps {
  title: string;
  /** The definition being edited, or the preset of a new one. */
  initial: Partial<SlotAttrs>;
  /** Checks the attrs against the document (as parseModel would) and saves them; returns the problems, if any. */
  onSave: (attrs: SlotAttrs) => SlotErrors;
  onClose: () => void;
}

/** Creates or edits a variant slot; messages from the same checks as parseModel appear beside the fields. */
export function SlotDialog({ title, initial, onSave, onClose }: SlotDialogProps) {
  const start = fieldsFromAttrs(initial);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [values, setValues] = useState<Record<string, string>>({ kind: start.kind, source: start.source });

  const submit = (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const text = (name: string) => String(data.get(name) ?? "");
    const fields: SlotFields = {
      key: text("key"), kind: text("kind"), label: text("label"), guidance: text("guidance"), options: text("options"),
      default: text("default"), min: text("min"), max: text("max"), source: text("source"),
      required: data.get("required") === "on", fixed: data.get("fixed") === "on",
    };
    const { attrs, errors: readErrors } = attrsFromFields(fields);
    const problems: Record<string, string> = { ...readErrors };
    if (Object.keys(readErrors).length === 0) Object.assign(problems, onSave(attrs));
    // Constraint problems are reported on the constraints attr; show them beside the minimum field.
    if (problems.constraints) problems.min ??= problems.constraints;
    setValues({ kind: fields.kind, source: fields.source });
    setErrors(problems);
  };

  /** The name, and the server-side style message where the field is wrong. */
  const field = (name: string) => ({ name, invalid: Boolean(errors[name]), errorMessage: errors[name] });
  return (
    <ModalDialog title={title} onClose={onClose}>
      <form className="mw-stack" onSubmit={submit} noValidate>
        {Object.keys(errors).length > 0 && (
          <Paragraph role="alert">Niet opgeslagen: verbeter de velden met een melding.</Paragraph>
        )}
        <FormFieldTextbox
          label="Sleutel"
          description="Begint met een kleine letter, alleen letters en cijfers, bijvoorbeeld “wachttijd”."
          defaultValue={start.key}
          {...field("key")}
          autoComplete="off"
        />
        <SelectField name="kind" label="Soort" options={slotKinds.map((k) => ({ value: k, label: SLOT_KIND_LABELS[k] }))} state={{ values, errors: pick(errors, "kind") }} />
        <FormFieldTextbox label="Label" defaultValue={start.label} {...field("label")} autoComplete="off" />
        <FormFieldTextarea label="Uitleg en advies van de werkgroep" defaultValue={start.guidance} rows={3} {...field("guidance")} />
        <FormFieldTextarea
          label="Opties"
          description="Alleen bij varianten en meerkeuze: één optie per regel, als “waarde = label”."
          defaultValue={start.options}
          rows={3}
          {...field("options")}
        />
        <FormFieldTextbox
          label="Standaardwaarde van de regio"
          description="Een getal, een termijn als “6 maanden”, een datum als JJJJ-MM-DD, “ja” of “nee”, of de waarde van een optie (meerkeuze: gescheiden door komma’s)."
          defaultValue={start.default}
          {...field("default")}
          autoComplete="off"
        />
        <FormFieldTextbox label="Minimum" description="Bij getal, bedrag, termijn (in maanden) en datum." defaultValue={start.min} {...field("min")} autoComplete="off" />
        <FormFieldTextbox label="Maximum" defaultValue={start.max} {...field("max")} autoComplete="off" />
        <SelectField
          name="source"
          label="Bron (alleen bij automatisch)"
          placeholder="Geen"
          options={Object.entries(SOURCE_LABELS).map(([value, label]) => ({ value, label }))}
          state={{ values, errors: pick(errors, "source") }}
        />
        <CheckboxField name="required" label="Verplicht in te vullen" defaultChecked={start.required} />
        <CheckboxField name="fixed" label="Regionaal vastgesteld (gemeenten kunnen dit niet wijzigen)" defaultChecked={start.fixed} />
        <div>
          <Button type="submit" purpose="primary">
            Opslaan
          </Button>
        </div>
      </form>
    </ModalDialog>
  );
}

function pick(errors: Record<string, string>, name: string): Record<string, string> {
  return errors[name] ? { [name]: errors[name]! } : {};
}
