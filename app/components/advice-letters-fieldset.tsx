import { useId } from "react";
import { Alert, Fieldset, FieldsetLegend } from "@utrecht/component-library-react";
import { Paragraph } from "@nl-design-system-candidate/paragraph-react";
import { Link } from "@nl-design-system-candidate/link-react";
import { CheckboxField } from "./checkbox-field";
import type { LetterSourceView } from "../decisions/letter-sources.server";

// The received advice as letters, in the besluitvorming form: per adviser a file (PDF or Word) and the letter
// stored so far, to download or remove. The form's field names are the save path's (app/decisions/save.server.ts).


function LetterField({ source, downloadBase, error }: { source: LetterSourceView; downloadBase: string; error?: string }) {
  const id = useId();
  return (
    <div className="mw-stack">
      <label htmlFor={id}>Adviesbrief van {source.from} (PDF of Word, hoogstens 10 MB)</label>
      {source.letter && (
        <Paragraph>
          Opgeslagen: <Link href={`${downloadBase}/${source.letter.id}`}>{source.letter.fileName}</Link> ({source.letter.kB} kB). Kies een bestand om de brief te vervangen.
        </Paragraph>
      )}
      <input
        id={id}
        type="file"
        name={`adviesbrief:${source.key}`}
        accept=".pdf,.docx,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
        aria-invalid={Boolean(error)}
        aria-describedby={error ? `${id}-fout` : undefined}
      />
      {error && (
        <Alert type="error" id={`${id}-fout`}>
          {error}
        </Alert>
      )}
      {source.letter && <CheckboxField name={`verwijder-adviesbrief:${source.key}`} label={`De brief van ${source.from} verwijderen`} />}
    </div>
  );
}

export function AdviceLettersFieldset({ sources, downloadBase, errors }: { sources: readonly LetterSourceView[]; downloadBase: string; errors: Record<string, string> }) {
  return (
    <Fieldset>
      <FieldsetLegend>Ontvangen adviesbrieven</FieldsetLegend>
      <Paragraph>
        Leg een advies vast als tekst (hierboven), als de brief zelf, of allebei. Het raadsvoorstel noemt de brief als bijlage. Een brief van een huurdersorganisatie kan worden toegevoegd zodra de organisatie bij de
        huurdersorganisaties staat.
      </Paragraph>
      {sources.map((s) => (
        <LetterField key={s.key} source={s} downloadBase={downloadBase} error={errors[`adviesbrief:${s.key}`]} />
      ))}
    </Fieldset>
  );
}
