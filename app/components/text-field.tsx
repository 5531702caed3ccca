import { FormFieldTextbox } from "@utrecht/component-library-react";

export interface FieldState {
  errors?: Record<string, string>;
  values?: Record<string, string>;
}

interface TextFieldProps {
  name: string;
  label: string;
  state?: FieldState;
  type?: "text" | "email" | "password";
  autoComplete?: string;
  description?: string;
  required?: boolean;
  defaultValue?: string;
}

/** A labelled text box that shows the server's Dutch message beside it and keeps what was typed. */
export function TextField({ name, label, state, type = "text", autoComplete, description, required, defaultValue }: TextFieldProps) {
  const error = state?.errors?.[name];
  return (
    <FormFieldTextbox
      name={name}
      label={label}
      type={type}
      autoComplete={autoComplete}
      description={description}
      required={required}
      invalid={Boolean(error)}
      errorMessage={error}
      defaultValue={state?.values?.[name] ?? defaultValue}
    />
  );
}
