import { useEffect } from "react";
import { Heading } from "@nl-design-system-candidate/heading-react";
import { Paragraph } from "@nl-design-system-candidate/paragraph-react";
import type { SlotSummary } from "../slot-summaries.server";

export const guidanceId = (key: string) => `keuze-${key}`;

/** Opens the guidance a "?" link points at; without JavaScript the link still scrolls to the (closed) entry. */
function useOpenTargetedDetails() {
  useEffect(() => {
    const open = () => {
      const target = location.hash && document.getElementById(decodeURIComponent(location.hash.slice(1)));
      if (target instanceof HTMLDetailsElement) target.open = true;
    };
    open();
    window.addEventListener("hashchange", open);
    return () => window.removeEventListener("hashchange", open);
  }, []);
}

export function SlotGuidance({ slots }: { slots: SlotSummary[] }) {
  useOpenTargetedDetails();
  return (
    <aside className="mw-guidance" aria-labelledby="keuzemogelijkheden">
      <Heading level={2} id="keuzemogelijkheden">
        Keuzemogelijkheden ({slots.length})
      </Heading>
      {slots.map((slot) => (
        <details key={slot.key} id={guidanceId(slot.key)} className="mw-guidance__slot">
          <summary>
            {slot.label} <span className="mw-guidance__badge">{slot.fixed ? "regionaal vast" : "lokale keuze"}</span>
          </summary>
          <dl>
            <dt>Soort</dt>
            <dd>{slot.kindLabel}</dd>
            {slot.defaultText !== null && (
              <>
                <dt>Regionale standaard</dt>
                <dd>{slot.defaultText}</dd>
              </>
            )}
            {slot.options.length > 0 && (
              <>
                <dt>Mogelijkheden</dt>
                <dd>{slot.options.join(" · ")}</dd>
              </>
            )}
          </dl>
          {slot.guidance && <Paragraph>{slot.guidance}</Paragraph>}
        </details>
      ))}
    </aside>
  );
}
