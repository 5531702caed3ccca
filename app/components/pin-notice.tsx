import { Form } from "@remix-run/react";
import { Alert } from "@utrecht/component-library-react";
import { Heading } from "@nl-design-system-candidate/heading-react";
import { Paragraph } from "@nl-design-system-candidate/paragraph-react";
import { Button } from "@nl-design-system-candidate/button-react";
import type { SlotImpact, VersionDiff } from "../../ordinance-model/index";
import { ModelChanges } from "./model-changes";
import { VersionDiffView } from "./version-diff-view";

export interface PinView {
  pinned: string | null;
  definitive: string | null;
  newer: { label: string; impacts: SlotImpact[]; diff: VersionDiff } | null;
}

/** Which version this municipality's documents come from, and a newer definitive version it may move to on confirmation. */
export function PinNotice({ pin, editable }: { pin: PinView; editable: boolean }) {
  return (
    <section aria-labelledby="versie-kop" className="mw-stack">
      <Heading level={2} id="versie-kop">
        Versie voor de besluitvorming
      </Heading>
      <Paragraph data-testid="vastgezet">
        {pin.pinned
          ? `De documenten komen uit ${pin.pinned}.`
          : pin.definitive
            ? `Nog niet gereed: de documenten zijn concepten uit de laatste definitieve versie (${pin.definitive}).`
            : "Er is nog geen definitieve versie: de documenten zijn werkversies, niet voor besluitvorming. Gereed melden kan pas als de redactie een versie definitief heeft gemaakt."}
      </Paragraph>
      {pin.newer && (
        <Alert type="warning">
          <Heading level={3}>Er is een nieuwere definitieve versie: {pin.newer.label}</Heading>
          <Paragraph>
            Tot u overstapt, blijven de documenten zoals ze waren. Hieronder staat wat de nieuwe versie voor uw keuzes betekent en welke bepalingen veranderden.
          </Paragraph>
          <ModelChanges impacts={pin.newer.impacts} />
          <VersionDiffView diff={pin.newer.diff} />
          {editable && (
            <Form method="post">
              <Button type="submit" name="intent" value="move" purpose="primary">
                Overstappen op {pin.newer.label}
              </Button>
            </Form>
          )}
        </Alert>
      )}
    </section>
  );
}
