import { useMemo, useState } from "react";
import { FormFieldTextbox } from "@utrecht/component-library-react";
import { Button } from "@nl-design-system-candidate/button-react";
import { Paragraph } from "@nl-design-system-candidate/paragraph-react";
import type { ArticleTarget } from "../../ordinance-model/editing/index";
import { searchTargets } from "../../ordinance-model/editing/index";
import { ModalDialog } from "../components/modal-dialog";

/** Picks the article a cross-reference points at, searching by computed number and heading. */
export function ReferenceDialog({ targets, onPick, onClose }: { targets: readonly ArticleTarget[]; onPick: (id: string) => void; onClose: () => void }) {
  const [query, setQuery] = useState("");
  const found = useMemo(() => searchTargets(targets, query), [targets, query]);
  return (
    <ModalDialog title="Verwijzing invoegen" onClose={onClose}>
      <FormFieldTextbox
        name="zoek"
        label="Zoek een artikel op nummer of kop"
        description="Bijvoorbeeld “4” of “aanvraag”. De woorden van de verwijzing volgen de nummering vanzelf."
        value={query}
        onChange={(event) => setQuery((event.target as HTMLInputElement).value)}
        autoComplete="off"
      />
      <Paragraph role="status">{found.length === 1 ? "1 artikel gevonden" : `${found.length} artikelen gevonden`}</Paragraph>
      <ul className="mw-dialog__choices" aria-label="Gevonden artikelen">
        {found.map((target) => (
          <li key={target.id}>
            <Button type="button" purpose="secondary" onClick={() => onPick(target.id)}>
              {target.label}
              {target.heading && ` — ${target.heading}`}
            </Button>
          </li>
        ))}
      </ul>
    </ModalDialog>
  );
}
