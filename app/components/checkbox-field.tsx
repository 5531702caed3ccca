import { useId } from "react";

/** A labelled checkbox in the Utrecht form-field style. */
export function CheckboxField({ name, label, defaultChecked }: { name: string; label: string; defaultChecked?: boolean }) {
  const id = useId();
  return (
    <div className="utrecht-form-field utrecht-form-field--checkbox">
      <div className="utrecht-form-field__input">
        <input id={id} type="checkbox" name={name} defaultChecked={defaultChecked} className="utrecht-checkbox utrecht-checkbox--html-input" />
      </div>
      <div className="utrecht-form-field__label">
        <label htmlFor={id} className="utrecht-form-label utrecht-form-label--checkbox">
          {label}
        </label>
      </div>
    </div>
  );
}
