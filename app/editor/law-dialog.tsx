import { useEffect, useRef, useState } from "react";
import { FormFieldTextbox } from "@utrecht/component-library-react";
import { Button } from "@nl-design-system-candidate/button-react";
import { Paragraph } from "@nl-design-system-candidate/paragraph-react";
import { knownLaws, lawReferenceProblems, lawReferenceUrl, suggestedWords, type LawReference } from "../../ordinance-model/law-references";
import { ordinalWord } from "../../ordinance-model/index";
import { lawReferenceAttrs, type LawReferenceErrors } from "../../ordinance-model/editing/index";
import { ModalDialog } from "../components/modal-dialog";
import { SelectField } from "../components/select-field";

const OTHER = "anders";

interface LawDialogProps {
  /** The citation being changed, or null for a new one. */
  initial: LawReference | null;
  /** Saves the citation (inserts it, or changes the selected one); returns the problems, if any. */
  onSave: (attrs: LawReference) => LawReferenceErrors;
  onClose: () => void;
}

/**
 * A citation of national law: the law (from the list, or any law by its BWB id), the article and member, and the words
 * the text reads there. The words follow the law and article until the drafter writes them; a problem stands beside its
 * field and the first one gets the focus.
 */
export function LawDialog({ initial, onSave, onClose }: LawDialogProps) {
  const known = (id: string) => knownLaws.some((l) => l.id === id);
  const [fields, setFields] = useState({
    choice: initial ? (known(initial.law) ? initial.law : OTHER) : knownLaws[0]!.id,
    law: initial?.law ?? "",
    article: initial?.article ?? "",
    member: initial?.member ?? "",
    words: initial?.words ?? "",
  });
  const [wordsEdited, setWordsEdited] = useState(initial !== null);
  const [errors, setErrors] = useState<LawReferenceErrors>({});
  const [attempt, setAttempt] = useState(0);
  const formRef = useRef<HTMLFormElement>(null);
  const law = fields.choice === OTHER ? fields.law : fields.choice;

  useEffect(() => {
    if (attempt > 0) formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [attempt]);

  /** A change of law, article or member rewrites the words, unless the drafter wrote them. */
  const change = (next: Partial<typeof fields>) => {
    const merged = { ...fields, ...next };
    const mergedLaw = merged.choice === OTHER ? merged.law : merged.choice;
    const words = wordsEdited || !merged.article.trim() ? merged.words : suggestedWords({ law: mergedLaw.trim().toUpperCase(), article: merged.article.trim(), member: merged.member.trim() || null }, ordinalWord);
    setFields({ ...merged, words });
  };

  const attrs = lawReferenceAttrs({ law, article: fields.article, member: fields.member, words: fields.words });
  const submit = (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const problems = lawReferenceProblems(attrs);
    setErrors(Object.keys(problems).length ? problems : onSave(attrs));
    setAttempt((n) => n + 1);
  };
  const field = (name: "law" | "article" | "member" | "words") => ({ invalid: Boolean(errors[name]), errorMessage: errors[name] });
  const valid = Object.keys(lawReferenceProblems(attrs)).length === 0;

  return (
    <ModalDialog title={initial ? "Verwijzing naar een wet wijzigen" : "Verwijzing naar een wet invoegen"} onClose={onClose}>
      <form ref={formRef} className="mw-stack" onSubmit={submit} noValidate>
        {Object.keys(errors).length > 0 && <Paragraph role="alert">Niet opgeslagen: verbeter de velden met een melding.</Paragraph>}
        <SelectField
          name="wet"
          label="Wet"
          value={fields.choice}
          options={[...knownLaws.map((l) => ({ value: l.id, label: l.name })), { value: OTHER, label: "Een andere wet (met BWB-id)" }]}
          onChange={(choice) => change({ choice })}
        />
        {fields.choice === OTHER && (
          <FormFieldTextbox
            name="bwb"
            label="BWB-id van de wet"
            description="Staat in de adresregel van de wet op wetten.overheid.nl, bijvoorbeeld BWBR0035303."
            value={fields.law}
            onChange={(event) => change({ law: (event.target as HTMLInputElement).value })}
            autoComplete="off"
            {...field("law")}
          />
        )}
        <FormFieldTextbox name="artikel" label="Artikel" description="Zoals de wet het nummert, bijvoorbeeld 4, 2:3 of 1.1.1." value={fields.article} onChange={(event) => change({ article: (event.target as HTMLInputElement).value })} autoComplete="off" {...field("article")} />
        <FormFieldTextbox name="lid" label="Lid (niet verplicht)" description="Laat leeg om naar het hele artikel te verwijzen." value={fields.member} onChange={(event) => change({ member: (event.target as HTMLInputElement).value })} autoComplete="off" {...field("member")} />
        <FormFieldTextbox
          name="woorden"
          label="Woorden in de tekst"
          description="Zo staat de verwijzing in de verordening; in HTML en Word wordt zij een link naar wetten.overheid.nl."
          value={fields.words}
          onChange={(event) => {
            setWordsEdited(true);
            setFields({ ...fields, words: (event.target as HTMLInputElement).value });
          }}
          autoComplete="off"
          {...field("words")}
        />
        <Paragraph role="status">{valid ? `Link: ${lawReferenceUrl(attrs)}` : "Vul de wet en het artikel in."}</Paragraph>
        <div>
          <Button type="submit" purpose="primary">
            {initial ? "Opslaan" : "Invoegen"}
          </Button>
        </div>
      </form>
    </ModalDialog>
  );
}
