import { Form } from "@remix-run/react";
import { Paragraph } from "@nl-design-system-candidate/paragraph-react";
import { Button } from "@nl-design-system-candidate/button-react";
import { FormFieldTextarea } from "@utrecht/component-library-react";
import type { FieldState } from "./text-field";

export interface EmergencyItem {
  id: number;
  municipalityName: string;
  reason: string;
  raisedByName: string | null;
  raisedAt: string;
  closingNote: string | null;
  closedAt: string | null;
}

const when = new Intl.DateTimeFormat("nl-NL", { dateStyle: "long", timeZone: "Europe/Amsterdam" });

/** The noodknop items: open ones for the next bestuurlijk overleg (the redactie closes them with a note), then closed ones. */
export function EmergencyList({ calls, mayClose, state }: { calls: readonly EmergencyItem[]; mayClose: boolean; state?: FieldState }) {
  const open = calls.filter((c) => !c.closedAt);
  const closed = calls.filter((c) => c.closedAt);
  return (
    <>
      {open.length === 0 && <Paragraph>Er staat geen noodknopmelding open.</Paragraph>}
      <ul className="mw-stack" data-testid="noodknop-open">
        {open.map((c) => (
          <li key={c.id}>
            <Paragraph>
              <strong>{c.municipalityName}</strong>, {when.format(new Date(c.raisedAt))}
              {c.raisedByName && ` (${c.raisedByName})`}: {c.reason}
            </Paragraph>
            {mayClose && (
              <Form method="post" className="mw-stack">
                <input type="hidden" name="intent" value="close-emergency" />
                <input type="hidden" name="id" value={c.id} />
                <FormFieldTextarea
                  name="note"
                  id={`noodknop-notitie-${c.id}`}
                  label={`Afsluiten na het bestuurlijk overleg: wat is besloten? (${c.municipalityName})`}
                  invalid={Boolean(state?.values?.id === String(c.id) && state.errors?.note)}
                  errorMessage={state?.values?.id === String(c.id) ? state.errors?.note : undefined}
                  defaultValue={state?.values?.id === String(c.id) ? state.values.note : undefined}
                />
                <Button type="submit" purpose="secondary">
                  Melding afsluiten
                </Button>
              </Form>
            )}
          </li>
        ))}
      </ul>
      {closed.length > 0 && (
        <details>
          <summary>Afgesloten meldingen ({closed.length})</summary>
          <ul data-testid="noodknop-gesloten">
            {closed.map((c) => (
              <li key={c.id}>
                {c.municipalityName}, {when.format(new Date(c.raisedAt))}: {c.reason} — afgesloten {when.format(new Date(c.closedAt!))}: {c.closingNote}
              </li>
            ))}
          </ul>
        </details>
      )}
    </>
  );
}
