import { useId } from "react";

interface CheckboxFieldProps {
  name: string;
  label: string;
  defaultChecked?: boolean;
  /** Controlled use: the state and its change. */
  checked?: boolean;
  onChange?: (checked: boolean) => void;
}

/** A labelled checkbox in the Utrecht form-field style. */
export function CheckboxField({ name, label, defaultChecked, checked, onChange }: CheckboxFieldProps) {
  const id = useId();
  return (
    <div className="utrecht-form-field utrecht-form-field--checkbox">
      <div className="utrecht-form-field__input">
        <input
          id={id}
          type="checkbox"
          name={name}
          {...(onChange ? { checked, onChange: (event: React.ChangeEvent<HTMLInputElement>) => onChange(event.target.checked) } : { defaultChecked })}
          className="utrecht-checkbox utrecht-checkbox--html-input" />
      </div>
      <div className="utrecht-form-field__label">
        <label htmlFor={id} className="utrecht-form-label utrecht-form-label--checkbox">
          {label}
        </label>
      </div>
    </div>
  );
}
