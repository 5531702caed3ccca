import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { Heading } from "@nl-design-system-candidate/heading-react";
import { Paragraph } from "@nl-design-system-candidate/paragraph-react";
import { Button } from "@nl-design-system-candidate/button-react";
import { Link } from "@nl-design-system-candidate/link-react";
import { Fieldset, FieldsetLegend, FormField, FormFieldErrorMessage, FormFieldDescription, FormLabel, RadioButton, UnorderedList, UnorderedListItem } from "@utrecht/component-library-react";
import { requireUser } from "../session.server";
import { requireAccess } from "../access.server";
import { wordImportsOf } from "../../db/queries/word-imports";
import { MAX_DOCX_BYTES } from "../../word-import/docx";
import { startWordImport, TRACKED_CHANGES_LABELS } from "../word-import.server";

// A new model of the redactie's own region from a Word file: the upload, then the report page (issue 18).

export const meta: MetaFunction = () => [{ title: "Nieuw model vanuit Word · Modelwerk" }];

export async function loader({ request, context }: LoaderFunctionArgs) {
  const user = await requireUser(request, context);
  requireAccess(user, "models.import", { regionId: user.regionId });
  return {
    regionName: user.regionName,
    maxMegabytes: MAX_DOCX_BYTES / 1024 / 1024,
    trackedChanges: Object.entries(TRACKED_CHANGES_LABELS).map(([value, label]) => ({ value, label })),
    imports: wordImportsOf(context.db, user.regionId),
  };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const user = await requireUser(request, context);
  requireAccess(user, "models.import", { regionId: user.regionId });
  const outcome = await startWordImport(context.db, user, request);
  if ("id" in outcome) return redirect(`/modellen/nieuw/${outcome.id}`);
  return data(outcome, { status: 400 });
}

export default function NewModel() {
  const { regionName, maxMegabytes, trackedChanges, imports } = useLoaderData<typeof loader>();
  const open = imports.filter((i) => i.modelId === null);
  const made = imports.filter((i) => i.modelId !== null);
  const result = useActionData<typeof action>();
  const error = result?.errors.bestand;
  const chosen = result?.values.wijzigingen ?? "accept";
  return (
    <div className="mw-stack">
      <Heading level={1}>Nieuw model vanuit Word</Heading>
      <Paragraph>
        Begin een model van de regio {regionName} met een bestaande verordening in Word: een concept, of de verordening van een buurgemeente. Modelwerk
        herkent de titel, de aanhef, hoofdstukken, artikelen, leden, onderdelen, begripsbepalingen, de toelichting en verwijzingen. Daarna ziet u wat
        herkend is en wat uw besluit nodig heeft; pas als u bevestigt, ontstaat het model, of vervangt de tekst de werkversie van een model dat er al is.
      </Paragraph>
      <Form method="post" encType="multipart/form-data" className="mw-stack" noValidate>
        <FormField invalid={Boolean(error)} type="text">
          <div className="utrecht-form-field__label">
            <FormLabel htmlFor="bestand">Word-bestand (.docx)</FormLabel>
          </div>
          <FormFieldDescription id="bestand-uitleg">Hoogstens {maxMegabytes} MB. Bestanden met macro's (.docm) of een wachtwoord worden geweigerd.</FormFieldDescription>
          {error && <FormFieldErrorMessage id="bestand-fout">{error}</FormFieldErrorMessage>}
          <div className="utrecht-form-field__input">
            <input
              id="bestand"
              name="bestand"
              type="file"
              accept=".docx,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
              aria-describedby={error ? "bestand-uitleg bestand-fout" : "bestand-uitleg"}
              aria-invalid={error ? true : undefined}
            />
          </div>
        </FormField>
        <Fieldset>
          <FieldsetLegend>Bijgehouden wijzigingen in het bestand</FieldsetLegend>
          {trackedChanges.map(({ value, label }) => (
            <div key={value} className="mw-choice__option">
              <RadioButton id={`wijzigingen-${value}`} name="wijzigingen" value={value} defaultChecked={chosen === value} />
              <FormLabel htmlFor={`wijzigingen-${value}`} type="radio">
                {label}
              </FormLabel>
            </div>
          ))}
        </Fieldset>
        <Button type="submit" purpose="primary">
          Inlezen en verslag tonen
        </Button>
      </Form>
      {open.length > 0 && (
        <section aria-labelledby="lopend" className="mw-stack">
          <Heading level={2} id="lopend">
            Nog niet bevestigd
          </Heading>
          <UnorderedList>
            {open.map((i) => (
              <UnorderedListItem key={i.id}>
                <Link href={`/modellen/nieuw/${i.id}`}>{i.title || i.fileName}</Link> ({i.fileName})
              </UnorderedListItem>
            ))}
          </UnorderedList>
        </section>
      )}
      {made.length > 0 && (
        <section aria-labelledby="gemaakt" className="mw-stack">
          <Heading level={2} id="gemaakt">
            Eerder uit Word gemaakt
          </Heading>
          <UnorderedList>
            {made.map((i) => (
              <UnorderedListItem key={i.id}>
                <Link href={`/modellen/${i.modelId}`}>{i.title}</Link>{i.replacedDraft && " (als nieuwe werkversie van een bestaand model)"} uit {i.fileName} (<Link href={`/modellen/nieuw/${i.id}`}>verslag van de import, met de opmerkingen uit Word</Link>)
              </UnorderedListItem>
            ))}
          </UnorderedList>
        </section>
      )}
    </div>
  );
}
