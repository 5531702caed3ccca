import { Alert } from "@utrecht/component-library-react";
import { Heading } from "@nl-design-system-candidate/heading-react";
import { Paragraph } from "@nl-design-system-candidate/paragraph-react";
import type { SlotImpact } from "../../ordinance-model/index";
import { slotAnchor } from "./choice-slot";

const GROUPS: { title: string; kinds: SlotImpact["kind"][] }[] = [
  {
    title: "Nieuwe keuzemogelijkheden die nog een keuze vragen",
    kinds: ["new-slot"],
  },
  { title: "Keuzes die niet meer passen", kinds: ["option-gone", "now-fixed"] },
  { title: "Gewijzigde keuzemogelijkheden", kinds: ["definition-changed"] },
  {
    title: "Vervallen keuzemogelijkheden (uw keuze is bewaard als archief)",
    kinds: ["slot-gone"],
  },
];

/** "Gewijzigd sinds uw laatste keuze": what the model changed under this municipality's choices, grouped. */
export function ModelChanges({ impacts }: { impacts: SlotImpact[] }) {
  if (impacts.length === 0) return null;
  return (
    <Alert type="warning">
      <Heading level={2}>Gewijzigd sinds uw laatste keuze</Heading>
      {GROUPS.map(({ title, kinds }) => {
        const list = impacts.filter((i) => kinds.includes(i.kind));
        if (list.length === 0) return null;
        return (
          <div key={title}>
            <Paragraph>
              <strong>{title}</strong>
            </Paragraph>
            <ul>
              {list.map((i) => (
                <li key={i.key}>
                  {i.kind === "slot-gone" ? i.label : <a href={`#${slotAnchor(i.key)}`}>{i.label}</a>}: {i.message}
                </li>
              ))}
            </ul>
          </div>
        );
      })}
    </Alert>
  );
}
