import { useMemo, useState } from "react";
import { FormFieldTextbox } from "@utrecht/component-library-react";
import { Button } from "@nl-design-system-candidate/button-react";
import { Heading } from "@nl-design-system-candidate/heading-react";
import { Paragraph } from "@nl-design-system-candidate/paragraph-react";
import { searchTargets, type ProvisionTarget } from "../../ordinance-model/editing/index";
import { ModalDialog } from "../components/modal-dialog";

const describe = (target: ProvisionTarget) =>
  [target.label, target.text && (target.kind === "article" ? `— ${target.text}` : target.text), target.variant && `(${target.variant})`].filter(Boolean).join(" ");

/** The list of one level (articles, members, items); the chosen one is pressed. */
function TargetList({ label, targets, chosen, onChoose }: { label: string; targets: readonly ProvisionTarget[]; chosen: string | undefined; onChoose: (target: ProvisionTarget) => void }) {
  return (
    <ul className="mw-dialog__choices" aria-label={label}>
      {targets.map((target) => (
        <li key={target.id}>
          <Button type="button" purpose="secondary" aria-pressed={target.id === chosen} onClick={() => onChoose(target)}>
            {describe(target)}
          </Button>
        </li>
      ))}
    </ul>
  );
}

const levelName = (parent: ProvisionTarget) => `${parent.children[0]!.kind === "member" ? "Leden" : "Onderdelen"} van ${parent.words}`;

/**
 * Picks what a cross-reference points at: an article (searched by number, heading or variant), then optionally a member
 * and an item of it. The button says the reference in the words it will read at the cursor.
 */
export function ReferenceDialog({ targets, onPick, onClose }: { targets: readonly ProvisionTarget[]; onPick: (id: string) => void; onClose: () => void }) {
  const [query, setQuery] = useState("");
  const [path, setPath] = useState<readonly ProvisionTarget[]>([]);
  const found = useMemo(() => searchTargets(targets, query), [targets, query]);
  const chosen = path.at(-1);
  const choose = (level: number) => (target: ProvisionTarget) => setPath([...path.slice(0, level), target]);
  return (
    <ModalDialog title="Verwijzing invoegen" onClose={onClose}>
      <FormFieldTextbox
        name="zoek"
        label="Zoek een artikel op nummer of kop"
        description="Bijvoorbeeld “4” of “aanvraag”. Kies daarna eventueel een lid of onderdeel. De woorden van de verwijzing volgen de nummering vanzelf."
        value={query}
        onChange={(event) => setQuery((event.target as HTMLInputElement).value)}
        autoComplete="off"
      />
      <Paragraph role="status">{found.length === 1 ? "1 artikel gevonden" : `${found.length} artikelen gevonden`}</Paragraph>
      <div className="mw-reference-picker">
        <TargetList label="Gevonden artikelen" targets={found} chosen={path[0]?.id} onChoose={choose(0)} />
        {path.map(
          (parent, level) =>
            parent.children.length > 0 && (
              <section key={parent.id} className="mw-stack">
                <Heading level={3}>{levelName(parent)}</Heading>
                <TargetList label={levelName(parent)} targets={parent.children} chosen={path[level + 1]?.id} onChoose={choose(level + 1)} />
              </section>
            ),
        )}
      </div>
      <div className="mw-dialog__actions">
        {chosen ? (
          <Button type="button" purpose="primary" onClick={() => onPick(chosen.id)}>
            Invoegen als “{chosen.words}”
          </Button>
        ) : (
          <Paragraph>Kies een artikel.</Paragraph>
        )}
      </div>
    </ModalDialog>
  );
}
