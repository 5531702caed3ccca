import { useId } from "react";
import { FormField, FormFieldDescription, FormFieldErrorMessage, FormLabel, Select, SelectOption } from "@utrecht/component-library-react";
import type { FieldState } from "./text-field";

interface SelectFieldProps {
  name: string;
  label: string;
  options: { value: string; label: string }[];
  state?: FieldState;
  description?: string;
  placeholder?: string;
  /** Controlled use (in a dialog that shows fields by the choice): the value and its change. */
  value?: string;
  onChange?: (value: string) => void;
}

export function SelectField({ name, label, options, state, description, placeholder, value, onChange }: SelectFieldProps) {
  const id = useId();
  const error = state?.errors?.[name];
  const describedBy = [description && `${id}-description`, error && `${id}-error`].filter(Boolean).join(" ") || undefined;
  return (
    <FormField invalid={Boolean(error)} type="select">
      <div className="utrecht-form-field__label">
        <FormLabel htmlFor={id}>{label}</FormLabel>
      </div>
      {description && <FormFieldDescription id={`${id}-description`}>{description}</FormFieldDescription>}
      {error && <FormFieldErrorMessage id={`${id}-error`}>{error}</FormFieldErrorMessage>}
      <div className="utrecht-form-field__input">
        <Select id={id} name={name} invalid={Boolean(error)} aria-describedby={describedBy}
          {...(onChange ? { value, onChange: (event: React.ChangeEvent<HTMLSelectElement>) => onChange(event.target.value) } : { defaultValue: state?.values?.[name] ?? "" })}
        >
          {placeholder !== undefined && <SelectOption value="">{placeholder}</SelectOption>}
          {options.map((option) => (
            <SelectOption key={option.value} value={option.value}>
              {option.label}
            </SelectOption>
          ))}
        </Select>
      </div>
    </FormField>
  );
}
