import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { Heading } from "@nl-design-system-candidate/heading-react";
import { Paragraph } from "@nl-design-system-candidate/paragraph-react";
import { Button } from "@nl-design-system-candidate/button-react";
import { Link } from "@nl-design-system-candidate/link-react";
import {
  Alert,
  Checkbox,
  Fieldset,
  FieldsetLegend,
  FormFieldErrorMessage,
  FormLabel,
  RadioButton,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  UnorderedList,
  UnorderedListItem,
} from "@utrecht/component-library-react";
import { requireUser } from "../session.server";
import { decideWordImport, requireWordImport, wordImportPage } from "../word-import.server";
import { TextField } from "../components/text-field";
import { SelectField } from "../components/select-field";
import { OrdinanceHtml } from "../components/ordinance-html";

// The report of a Word import (issue 18): what was recognised, and every decision the model waits for. Each post
// saves the decisions; "Model maken" makes the model once nothing is left undecided, "Werkversie vervangen" puts the
// text in place of the working draft of a model of the region (decision 065).

export const meta: MetaFunction = () => [{ title: "Verslag van de import · Modelwerk" }];

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const user = await requireUser(request, context);
  return wordImportPage(context.db, user, requireWordImport(context, user, params.importId));
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const user = await requireUser(request, context);
  const row = requireWordImport(context, user, params.importId);
  const form = await request.formData();
  const outcome = await decideWordImport(context, user, row, form);
  // After a replacement the report says what happened and what is next (freezing it as a version).
  if ("modelId" in outcome) return redirect(outcome.replaced ? `/modellen/nieuw/${row.id}` : `/modellen/${outcome.modelId}`);
  // The other decisions are saved with the import; the choice of model to replace is kept for the form only.
  const replace = { model: String(form.get("model") ?? ""), begrepen: form.get("begrepen") === "ja" };
  return data({ ...outcome, replace }, { status: Object.keys(outcome.errors).length ? 400 : 200 });
}

const COUNTS = [
  ["preambleClauses", "onderdelen van de aanhef"],
  ["chapters", "hoofdstukken"],
  ["sections", "paragrafen"],
  ["articles", "artikelen"],
  ["members", "leden"],
  ["items", "onderdelen"],
  ["definitions", "begripsbepalingen"],
  ["generalNoteParagraphs", "alinea's algemene toelichting"],
  ["articleNotes", "artikelen met een toelichting"],
] as const;

export default function ImportReport() {
  const page = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const errors: Record<string, string> = result?.errors ?? {};
  const state = { errors, values: { titel: page.title, ...Object.fromEntries(page.paragraphs.map((p) => [`plaats-${p.position}`, p.chosen])) } };
  return (
    <div className="mw-stack">
      <Heading level={1}>Verslag van de import</Heading>
      <Paragraph>
        Bestand <strong>{page.fileName}</strong>; bijgehouden wijzigingen: {page.trackedChanges.toLowerCase()}.
      </Paragraph>
      {page.confirmedModelId !== null &&
        (page.replacedDraft ? (
          <Alert type="ok">
            <Paragraph>
              De werkversie van <Link href={`/modellen/${page.confirmedModelId}`}>{page.replacedTitle ?? "het model"}</Link> is vervangen door de tekst uit
              dit bestand; wie de tekst open had, ziet die meteen. De vastgezette versies, de reacties en de keuzes van de gemeenten zijn gebleven. Zet de
              nieuwe tekst vast als versie bij <Link href={`/modellen/${page.confirmedModelId}/versies`}>Versies</Link>, of werk hem eerst bij in de{" "}
              <Link href={`/modellen/${page.confirmedModelId}/bewerken`}>editor</Link>.
            </Paragraph>
          </Alert>
        ) : (
          <Alert type="ok">
            <Paragraph>
              Het model is gemaakt: <Link href={`/modellen/${page.confirmedModelId}`}>open het model</Link>.
            </Paragraph>
          </Alert>
        ))}
      {result && (
        <Alert type={errors.form || Object.keys(errors).length ? "error" : "ok"} role="status">
          <Paragraph>{errors.form ?? (Object.keys(errors).length ? "Verbeter wat bij de velden staat. Uw keuzes zijn bewaard." : "Uw keuzes zijn bewaard.")}</Paragraph>
        </Alert>
      )}

      <section aria-labelledby="opbouw">
        <Heading level={2} id="opbouw">
          Gevonden opbouw
        </Heading>
        <Table className="mw-import-counts">
          <TableCaption>Wat in het bestand herkend is</TableCaption>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">Onderdeel</TableHeaderCell>
              <TableHeaderCell scope="col">Aantal</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {COUNTS.map(([key, label]) => (
              <TableRow key={key}>
                <TableCell>{label}</TableCell>
                <TableCell data-testid={`aantal-${key}`}>{page.structure[key]}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </section>

      {page.confirmedModelId === null && (
        <Form method="post" className="mw-stack" noValidate>
          <TextField name="titel" label="Titel van het model" state={state} required />

          <section aria-labelledby="zonder-plaats" className="mw-stack">
            <Heading level={2} id="zonder-plaats">
              Alinea's zonder plaats ({page.paragraphs.length})
            </Heading>
            {page.paragraphs.length === 0 ? (
              <Paragraph>Elke alinea van het bestand heeft een plaats in het model.</Paragraph>
            ) : (
              <Paragraph>Wijs elke alinea een plaats toe, of bevestig dat die niet in de regeling hoort. Blok is de plaats in het Word-bestand, geteld vanaf het begin (lege alinea's en tabellen tellen mee).</Paragraph>
            )}
            {page.paragraphs.map((p) => (
              <div key={p.position} className="mw-import-item mw-stack" data-testid="zonder-plaats">
                <blockquote className="mw-import-quote">{p.text}</blockquote>
                <SelectField name={`plaats-${p.position}`} label={`Plaats voor blok ${p.position}`} description={`Niet geplaatst: ${p.reason}.`} options={p.options} placeholder="Kies een plaats…" state={state} />
              </div>
            ))}
          </section>

          <section aria-labelledby="kandidaten" className="mw-stack">
            <Heading level={2} id="kandidaten">
              Mogelijke keuzemogelijkheden ({page.candidates.length})
            </Heading>
            {page.candidates.length === 0 ? (
              <Paragraph>Er zijn geen plaatshouders gevonden (tekst tussen blokhaken, puntjes of gemarkeerde tekst).</Paragraph>
            ) : (
              <Paragraph>Plaatshouders in de tekst. Een keuzemogelijkheid vult elke gemeente zelf in; in de editor stelt u daarna de soort en de standaardwaarde in.</Paragraph>
            )}
            {page.candidates.map((c) => {
              const name = `kandidaat-${c.key}`;
              const error = errors[name];
              return (
                <Fieldset key={c.key} invalid={Boolean(error)} aria-describedby={error ? `${name}-fout` : undefined} data-testid="kandidaat">
                  <FieldsetLegend>
                    “{c.text}” in blok {c.position}
                  </FieldsetLegend>
                  <blockquote className="mw-import-quote">{c.context}</blockquote>
                  {error && <FormFieldErrorMessage id={`${name}-fout`}>{error}</FormFieldErrorMessage>}
                  {(["slot", "negeren"] as const).map((value) => (
                    <div key={value} className="mw-choice__option">
                      <RadioButton id={`${name}-${value}`} name={name} value={value} defaultChecked={c.decision === value} invalid={Boolean(error)} />
                      <FormLabel htmlFor={`${name}-${value}`} type="radio">
                        {value === "slot" ? "Keuzemogelijkheid maken" : "Negeren: blijft gewone tekst"}
                      </FormLabel>
                    </div>
                  ))}
                  <TextField name={`label-${c.key}`} label="Naam van de keuzemogelijkheid" defaultValue={c.label} />
                </Fieldset>
              );
            })}
          </section>

          <div className="mw-actions">
            <Button type="submit" name="intent" value="bevestigen" purpose="primary">
              Model maken
            </Button>{" "}
            <Button type="submit" name="intent" value="bewaren" purpose="secondary">
              Keuzes bewaren
            </Button>
          </div>

          {page.models.length > 0 && <ReplaceDraft models={page.models} errors={errors} chosen={result?.replace ?? { model: "", begrepen: false }} />}
        </Form>
      )}

      <section aria-labelledby="verwijzingen" className="mw-stack">
        <Heading level={2} id="verwijzingen">
          Verwijzingen
        </Heading>
        <Paragraph>
          Verwijzingen naar bepalingen van de verordening omgezet: {page.references.resolved}. Verwijzingen naar een wet omgezet in wetsverwijzingen: {page.references.lawLinked}. Verwijzingen naar een wet die tekst blijven: {page.references.law}.
        </Paragraph>
        {page.references.otherLinks.length > 0 && (
          <>
            <Paragraph>Deze links wijzen niet naar een wetsartikel en blijven gewone tekst:</Paragraph>
            <UnorderedList>
              {page.references.otherLinks.map((l, i) => (
                <UnorderedListItem key={i}>
                  Blok {l.position}: “{l.text}” naar {l.target}
                </UnorderedListItem>
              ))}
            </UnorderedList>
          </>
        )}
        {page.references.unresolved.length > 0 && (
          <Alert type="warning">
            <Paragraph>Deze verwijzingen zijn niet omgezet en blijven tekst. Controleer ze in de editor.</Paragraph>
            <UnorderedList>
              {page.references.unresolved.map((r, i) => (
                <UnorderedListItem key={i}>
                  Blok {r.position}: “{r.text}”: {r.reason}
                </UnorderedListItem>
              ))}
            </UnorderedList>
          </Alert>
        )}
      </section>

      <section aria-labelledby="opmerkingen" className="mw-stack">
        <Heading level={2} id="opmerkingen">
          Opmerkingen in het Word-bestand ({page.comments.length})
        </Heading>
        {page.comments.length > 0 ? (
          <UnorderedList>
            {page.comments.map((c, i) => (
              <UnorderedListItem key={i} data-testid="opmerking">
                Bij {c.place ?? `blok ${c.position}`}: “{c.text}”
              </UnorderedListItem>
            ))}
          </UnorderedList>
        ) : (
          <Paragraph>Het bestand bevat geen opmerkingen.</Paragraph>
        )}
      </section>

      {page.leftOut.length > 0 && (
        <section aria-labelledby="niet-overgenomen" className="mw-stack">
          <Heading level={2} id="niet-overgenomen">
            Niet overgenomen ({page.leftOut.length})
          </Heading>
          <UnorderedList>
            {page.leftOut.map((l, i) => (
              <UnorderedListItem key={i} data-testid="niet-overgenomen">
                {l.kind} in blok {l.position}: {l.action}
                {l.text ? `: “${l.text}”` : ""}
              </UnorderedListItem>
            ))}
          </UnorderedList>
        </section>
      )}

      {page.notes.length > 0 && (
        <section aria-labelledby="let-op" className="mw-stack">
          <Heading level={2} id="let-op">
            Let op
          </Heading>
          <UnorderedList>
            {page.notes.map((n) => (
              <UnorderedListItem key={n}>{n}</UnorderedListItem>
            ))}
          </UnorderedList>
        </section>
      )}

      {page.preview && (
        <details className="mw-import-preview">
          <summary>Voorbeeld van de tekst met uw keuzes tot nu toe</summary>
          <OrdinanceHtml html={page.preview} label="Voorbeeld van het model" />
        </details>
      )}
    </div>
  );
}

type ReplaceableModel = ReturnType<typeof useLoaderData<typeof loader>>["models"][number];

/** The other way to confirm: the text becomes the new working draft of a model of the region, after an explicit "I understand". */
function ReplaceDraft({ models, errors, chosen }: { models: ReplaceableModel[]; errors: Record<string, string>; chosen: { model: string; begrepen: boolean } }) {
  return (
    <section aria-labelledby="vervangen" className="mw-stack">
      <Heading level={2} id="vervangen">
        Of: de werkversie van een bestaand model vervangen
      </Heading>
      <Paragraph>
        In plaats van een nieuw model kan deze tekst de werkversie worden van een model van uw regio. De hele werkversie wordt dan vervangen, ook voor wie
        hem nu open heeft. De vastgezette versies, de reacties en de keuzes van de gemeenten blijven; daarna kunt u de nieuwe tekst vastzetten als versie.
      </Paragraph>
      <Fieldset invalid={Boolean(errors.model)} aria-describedby={errors.model ? "model-fout" : undefined}>
        <FieldsetLegend>Model waarvan de werkversie wordt vervangen</FieldsetLegend>
        {errors.model && <FormFieldErrorMessage id="model-fout">{errors.model}</FormFieldErrorMessage>}
        {models.map((m) => (
          <div key={m.id}>
            <div className="mw-choice__option">
              <RadioButton id={`model-${m.id}`} name="model" value={String(m.id)} defaultChecked={chosen.model === String(m.id)} invalid={Boolean(errors.model)} aria-describedby={m.goneSlots.length ? `model-${m.id}-vervallen` : undefined} />
              <FormLabel htmlFor={`model-${m.id}`} type="radio">
                {m.title}
              </FormLabel>
            </div>
            {m.goneSlots.length > 0 && (
              <div id={`model-${m.id}-vervallen`} data-testid="vervallen">
                <Paragraph>Vervallen keuzemogelijkheden (de keuzes van de gemeenten worden bewaard als archief, maar gelden niet meer):</Paragraph>
                <UnorderedList>
                  {m.goneSlots.map((g) => (
                    <UnorderedListItem key={g.key}>
                      {g.label}: gekozen door {g.municipalities} {g.municipalities === 1 ? "gemeente" : "gemeenten"}
                    </UnorderedListItem>
                  ))}
                </UnorderedList>
              </div>
            )}
          </div>
        ))}
      </Fieldset>
      <Fieldset invalid={Boolean(errors.begrepen)} aria-describedby={errors.begrepen ? "begrepen-fout" : undefined}>
        <FieldsetLegend>Bevestiging</FieldsetLegend>
        {errors.begrepen && <FormFieldErrorMessage id="begrepen-fout">{errors.begrepen}</FormFieldErrorMessage>}
        <div className="mw-choice__option">
          <Checkbox id="begrepen" name="begrepen" value="ja" defaultChecked={chosen.begrepen} invalid={Boolean(errors.begrepen)} />
          <FormLabel htmlFor="begrepen" type="checkbox">
            Ik begrijp dat de werkversie wordt vervangen
          </FormLabel>
        </div>
      </Fieldset>
      <div className="mw-actions">
        <Button type="submit" name="intent" value="vervangen" purpose="secondary">
          Werkversie vervangen
        </Button>
      </div>
    </section>
  );
}
