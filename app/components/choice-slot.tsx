import { useFetcher } from "@remix-run/react";
import { FormFieldErrorMessage, FormFieldTextarea } from "@utrecht/component-library-react";
import { Heading } from "@nl-design-system-candidate/heading-react";
import { Paragraph } from "@nl-design-system-candidate/paragraph-react";
import { Button } from "@nl-design-system-candidate/button-react";
import type { ChoicesActionData } from "../choices/actions.server";
import type { ChoiceSlotView } from "../choices/page.server";
import { ChoiceControl } from "./choice-control";

export const slotAnchor = (key: string) => `keuze-${key}`;

const MODE_NOTES = {
  fixed: "Regionaal vastgesteld: deze keuze is voor alle gemeenten gelijk.",
  automatic: "Automatisch afgeleid van de gemeente; geen keuze nodig.",
} as const;

/**
 * One slot: its place, the article around it, the guidance, the regional default, the current choice, and a form that
 * saves this slot alone. With JavaScript the form posts through a fetcher (the page stays where it is and the preview
 * refreshes); without, it is an ordinary form post and the page comes back with the same message.
 */
export function ChoiceSlot({ slot, editable, posted }: { slot: ChoiceSlotView; editable: boolean; posted: ChoicesActionData | undefined }) {
  const fetcher = useFetcher<ChoicesActionData>({ key: slotAnchor(slot.key) });
  const result = fetcher.data ?? (posted?.intent === "save" && posted.slot === slot.key ? posted : undefined);
  const failed = result?.intent === "save" && !result.ok ? result : undefined;
  const errorId = `${slot.key}-fout`;
  const headingId = `${slot.key}-kop`;
  return (
    <section id={slotAnchor(slot.key)} className="mw-choice" aria-labelledby={headingId} data-deviates={slot.deviates}>
      <Heading level={3} id={headingId}>
        {slot.label}
      </Heading>
      <Paragraph className="mw-choice__meta">
        {slot.place ?? "Niet in de tekst"} · {slot.kindLabel}
      </Paragraph>
      {slot.context.length > 0 && (
        <details className="mw-choice__context">
          <summary>Tekst van {slot.place}</summary>
          {slot.context.map((line, i) => (
            <p key={i}>{line}</p>
          ))}
        </details>
      )}
      {slot.guidance && <Paragraph>{slot.guidance}</Paragraph>}
      <dl className="mw-choice__facts">
        <dt>Regionale standaard</dt>
        <dd>{slot.defaultText ?? "geen"}</dd>
        <dt>Geldt nu</dt>
        <dd data-testid={`geldt-${slot.key}`}>
          {slot.effectiveText}{" "}
          {slot.ownText === null ? (
            "(regionale standaard, nog geen eigen keuze)"
          ) : slot.deviates ? (
            <strong className="mw-deviation">≠ wijkt af van de regionale standaard</strong>
          ) : (
            "(eigen keuze, gelijk aan de standaard)"
          )}
        </dd>
        {slot.motivation && (
          <>
            <dt>Motivering van de afwijking</dt>
            <dd>{slot.motivation}</dd>
          </>
        )}
      </dl>
      {slot.mode !== "local" ? (
        <Paragraph className="mw-choice__locked">{MODE_NOTES[slot.mode]}</Paragraph>
      ) : editable ? (
        <fetcher.Form method="post" noValidate key={slot.version} className="mw-choice__form" preventScrollReset>
          <input type="hidden" name="slot" value={slot.key} />
          <input type="hidden" name="version" value={slot.version} />
          {failed && <FormFieldErrorMessage id={errorId}>{failed.message}</FormFieldErrorMessage>}
          <ChoiceControl slot={slot} values={failed?.values ?? slot.fields} describedBy={failed ? errorId : undefined} invalid={Boolean(failed)} />
          <FormFieldTextarea
            name="motivation"
            label="Motivering, als de keuze afwijkt van de regionale standaard"
            description="Nodig voor elke afwijking zodra de gemeente gereed meldt; het raadsvoorstel neemt haar over."
            defaultValue={failed?.values.motivation ?? slot.motivation}
          />
          <div className="mw-choice__actions">
            <Button type="submit" name="intent" value="save" purpose="primary">
              Opslaan
            </Button>
            {slot.defaultText !== null && (
              <Button type="submit" name="intent" value="default" purpose="secondary">
                Regionale standaard overnemen
              </Button>
            )}
            {result?.ok && (
              <span role="status" className="mw-choice__saved">
                {result.message}
              </span>
            )}
          </div>
        </fetcher.Form>
      ) : null}
      {slot.history.length > 0 && (
        <details className="mw-choice__history">
          <summary>Geschiedenis ({slot.history.length})</summary>
          <ul>
            {slot.history.map((h, i) => (
              <li key={i}>
                {h.when}, {h.who}: {h.from} → {h.to}
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
