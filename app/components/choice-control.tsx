import type { ReactNode } from "react";
import { Checkbox, Fieldset, FieldsetLegend, FormLabel, RadioButton, Select, SelectOption, Textbox, type TextboxProps } from "@utrecht/component-library-react";
import type { ChoiceSlotView } from "../choices/page.server";
import type { FieldValues } from "../choices/values.server";

// The input for one slot, fitting its kind. Names follow app/choices/values.server.ts: "value" (several for a
// checkbox list), or "amount" and "unit" for a duration.

interface ControlProps {
  slot: ChoiceSlotView;
  values: FieldValues;
  /** Ids of the error message and description the inputs point at. */
  describedBy: string | undefined;
  invalid: boolean;
}

const one = (values: FieldValues, name: string) => {
  const v = values[name];
  return Array.isArray(v) ? v[0] ?? "" : v ?? "";
};
const bound = (b: number | string | null) => (b === null ? undefined : b);

function Option({
  type,
  slot,
  value,
  label,
  text,
  checked,
  describedBy,
  invalid,
}: {
  type: "radio" | "checkbox";
  slot: string;
  value: string;
  label: string;
  text: string;
  checked: boolean;
} & Omit<ControlProps, "slot" | "values">) {
  const id = `${slot}-${value}`;
  const Input = type === "radio" ? RadioButton : Checkbox;
  return (
    <div className="mw-choice__option">
      <Input id={id} name="value" value={value} defaultChecked={checked} aria-describedby={describedBy} invalid={invalid} />
      <FormLabel htmlFor={id} type={type}>
        <strong>{label}</strong>
        {text !== label && <span className="mw-choice__wording">{text}</span>}
      </FormLabel>
    </div>
  );
}

function Choices({
  slot,
  values,
  describedBy,
  invalid,
  legend,
  options,
  type,
}: ControlProps & {
  legend: string;
  type: "radio" | "checkbox";
  options: { value: string; label: string; text: string }[];
}) {
  const chosen = values.value === undefined ? [] : ([] as string[]).concat(values.value);
  return (
    <Fieldset>
      <FieldsetLegend>{legend}</FieldsetLegend>
      {options.map((o) => (
        <Option key={o.value} type={type} slot={slot.key} {...o} checked={chosen.includes(o.value)} describedBy={describedBy} invalid={invalid} />
      ))}
    </Fieldset>
  );
}

export function ChoiceControl(props: ControlProps) {
  const { slot, values, describedBy, invalid } = props;
  const id = `${slot.key}-invoer`;
  // Scalar kinds: a label, the text box (named "value" unless said otherwise), and what stands around it (€, unit).
  const inline = (control: ReactNode) => (
    <div className="mw-choice__inline">
      <FormLabel htmlFor={id}>Uw keuze voor “{slot.label}”</FormLabel>
      {control}
    </div>
  );
  const input = (props: TextboxProps) => (
    <Textbox id={id} invalid={invalid} aria-describedby={describedBy} name="value" defaultValue={one(values, "value")} {...props} />
  );
  switch (slot.kind) {
    case "alternatives":
      return <Choices {...props} type="radio" legend={`Kies de formulering voor “${slot.label}”`} options={slot.options} />;
    case "multiselect":
      return <Choices {...props} type="checkbox" legend={`Kies wat “${slot.label}” omvat`} options={slot.options} />;
    case "optional":
      return (
        <Choices
          {...props}
          type="radio"
          legend={`Neemt u de bepaling “${slot.label}” op?`}
          options={[
            {
              value: "ja",
              label: "Opnemen",
              text: slot.provision.join(" ") || "Opnemen",
            },
            { value: "nee", label: "Weglaten", text: "Weglaten" },
          ]}
        />
      );
    case "duration":
      return inline(
        <>
          {input({ name: "amount", type: "number", inputMode: "numeric", min: 1, defaultValue: one(values, "amount"), className: "mw-choice__number" })}
          <FormLabel htmlFor={`${slot.key}-eenheid`} className="mw-visually-hidden">
            Eenheid
          </FormLabel>
          <Select id={`${slot.key}-eenheid`} name="unit" defaultValue={one(values, "unit") || "months"}>
            <SelectOption value="months">maanden</SelectOption>
            <SelectOption value="years">jaar</SelectOption>
          </Select>
        </>,
      );
    case "amount":
      return inline(
        <>
          <span aria-hidden="true">€</span>
          {input({ inputMode: "decimal", className: "mw-choice__number" })}
        </>,
      );
    case "integer":
      return inline(
        <>
          {input({ type: "number", inputMode: "numeric", min: bound(slot.min), max: bound(slot.max), className: "mw-choice__number" })}
          {slot.unit && <span>{slot.unit}</span>}
        </>,
      );
    default:
      return inline(input({ type: slot.kind === "date" ? "date" : "text", min: bound(slot.min), max: bound(slot.max) }));
  }
}
