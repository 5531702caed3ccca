import { useId } from "react";
import { Form } from "@remix-run/react";
import { Button } from "@nl-design-system-candidate/button-react";
import { Checkbox, Fieldset, FieldsetLegend, FormFieldErrorMessage, FormFieldTextarea, FormFieldTextbox, FormLabel } from "@utrecht/component-library-react";
import type { FieldState } from "./text-field";
import { SelectField } from "./select-field";

export interface PhaseFormValues {
  id: number;
  name: string;
  description: string;
  startsOn: string | null;
  endsOn: string | null;
  status: string;
  commentingRoles: string[];
  commentsVisibleToAll: boolean;
  versionId: number | null;
}

interface Props {
  phase: PhaseFormValues;
  state?: FieldState;
  statuses: { value: string; label: string }[];
  roles: { value: string; label: string }[];
  versions: { value: string; label: string }[];
}

/** The redactie's settings of one phase; after a refused save it shows what was typed with the messages. */
export function PhaseForm({ phase, state, statuses, roles, versions }: Props) {
  const id = useId();
  const errors = state?.errors ?? {};
  const current: Record<string, string> = state?.values ?? {
    name: phase.name,
    description: phase.description,
    startsOn: phase.startsOn ?? "",
    endsOn: phase.endsOn ?? "",
    status: phase.status,
    visibility: phase.commentsVisibleToAll ? "all" : "own",
    versionId: phase.versionId === null ? "" : String(phase.versionId),
  };
  // After a refused save the roles come back as the comma-separated list that was sent.
  const checkedRoles = state?.values ? (state.values.commentingRoles ?? "").split(",") : phase.commentingRoles;
  const field = (name: string) => ({ name, invalid: Boolean(errors[name]), errorMessage: errors[name], defaultValue: current[name] ?? "" });
  return (
    <Form method="post" className="mw-stack" noValidate>
      <input type="hidden" name="phaseId" value={phase.id} />
      <FormFieldTextbox label="Naam" required {...field("name")} />
      <FormFieldTextarea label="Omschrijving" rows={3} {...field("description")} />
      <div className="mw-phase-form__dates">
        <FormFieldTextbox label="Begindatum" type="date" {...field("startsOn")} />
        <FormFieldTextbox label="Einddatum" type="date" description="Reageren kan tot en met deze dag." {...field("endsOn")} />
      </div>
      <SelectField name="status" label="Status" options={statuses} state={{ values: current, errors }} />
      <Fieldset invalid={Boolean(errors.commentingRoles)}>
        <FieldsetLegend>Wie mag reageren als de fase open is</FieldsetLegend>
        {errors.commentingRoles && <FormFieldErrorMessage>{errors.commentingRoles}</FormFieldErrorMessage>}
        {roles.map((role) => (
          <div key={role.value} className="mw-phase-form__role">
            <Checkbox
              key={state?.values ? "sent" : "stored"}
              id={`${id}-${role.value}`}
              name="commentingRoles"
              value={role.value}
              defaultChecked={checkedRoles.includes(role.value)}
            />
            <FormLabel htmlFor={`${id}-${role.value}`} type="checkbox">
              {role.label}
            </FormLabel>
          </div>
        ))}
      </Fieldset>
      <SelectField
        name="visibility"
        label="Wie ziet de reacties"
        options={[
          { value: "all", label: "Iedereen ziet elkaars reacties" },
          { value: "own", label: "Ieder ziet alleen de eigen reacties" },
        ]}
        description="Redactie en werkgroep zien altijd alle reacties."
        state={{ values: current, errors }}
      />
      <SelectField name="versionId" label="Versie in consultatie" placeholder="Nog geen versie" options={versions} state={{ values: current, errors }} />
      <Button type="submit" purpose="primary">
        Fase opslaan
      </Button>
    </Form>
  );
}
