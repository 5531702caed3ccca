import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { Heading } from "@nl-design-system-candidate/heading-react";
import { Paragraph } from "@nl-design-system-candidate/paragraph-react";
import { Link } from "@nl-design-system-candidate/link-react";
import { requireUser } from "../session.server";
import { requireAccess } from "../access.server";
import { can } from "../policy.server";
import { requireModel, requireMunicipality } from "../models.server";
import { choicesPage } from "../choices/page.server";
import { handleChoicesAction } from "../choices/actions.server";
import { ChoiceSlot } from "../components/choice-slot";
import { ChoicesStatus } from "../components/choices-status";
import { ModelChanges } from "../components/model-changes";
import { PinNotice } from "../components/pin-notice";
import { LintReport } from "../components/lint-report";
import { OrdinanceHtml } from "../components/ordinance-html";
import { unsavedText, useUnsavedChoices } from "../components/unsaved-choices";
import { markupOnly } from "../markup-only.server";
import { InTurns } from "../components/in-turns";

/** About 10 ms of rendering per turn of the server's event loop. */
const SLOTS_PER_TURN = 20;

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `Lokale keuzes ${data?.municipality.name ?? ""} · Modelwerk` }];

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const user = await requireUser(request, context);
  const { row, model } = await requireModel(context, user, params.modelId);
  const municipality = requireMunicipality(context, row.regionId, params.slug);
  const resource = { regionId: row.regionId, municipalityId: municipality.id };
  requireAccess(user, "choices.read", resource);
  const page = await choicesPage(context.db, row, model, municipality);
  return {
    modelId: row.id,
    modelTitle: row.title,
    municipality: { name: municipality.name, slug: municipality.slug },
    mayEdit: can(user, "choices.edit", resource),
    mayViewMatrix: can(user, "matrix.view", resource),
    ...page,
    html: markupOnly(context, page.html),
  };
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const user = await requireUser(request, context);
  const { row, model } = await requireModel(context, user, params.modelId);
  const municipality = requireMunicipality(context, row.regionId, params.slug);
  requireAccess(user, "choices.edit", {
    regionId: row.regionId,
    municipalityId: municipality.id,
  });
  return handleChoicesAction(context.db, { row, model, municipality, userId: user.id }, await request.formData());
}

export default function MunicipalChoices() {
  const { modelId, modelTitle, municipality, mayEdit, mayViewMatrix, slots, progress, impacts, archived, status, pin, html, errors } =
    useLoaderData<typeof loader>();
  const posted = useActionData<typeof action>();
  const editable = mayEdit && status.value === "concept";
  const unsaved = useUnsavedChoices("keuzes");
  return (
    <div className="mw-stack">
      <Heading level={1}>Lokale keuzes van {municipality.name}</Heading>
      <Paragraph>
        Per keuzemogelijkheid van de {modelTitle}: de tekst eromheen, het advies van de werkgroep, de regionale standaard en de keuze van {municipality.name}.
        Elke keuze wordt apart opgeslagen. <Link href={`/modellen/${modelId}/gemeenten/${municipality.slug}/voorbeeld`}>Hele verordening lezen</Link>
        {mayViewMatrix && (
          <>
            {" · "}
            <Link href={`/modellen/${modelId}/overzicht`}>Overzicht van alle gemeenten</Link>
          </>
        )}
      </Paragraph>
      {!mayEdit && <Paragraph>U kunt deze keuzes lezen; wijzigen kan alleen de gemeente zelf of de redactie.</Paragraph>}
      <ModelChanges impacts={impacts} />
      <ChoicesStatus status={status} progress={progress} editable={mayEdit} posted={posted} />
      <PinNotice pin={pin} editable={mayEdit} />
      <div className="mw-split mw-choices">
        <section aria-labelledby="keuzes-kop" className="mw-choices__form" id="keuzes">
          <Heading level={2} id="keuzes-kop">
            Keuzes in de volgorde van de verordening
          </Heading>
          <p role="status" className="mw-unsaved" data-testid="niet-opgeslagen">
            {unsaved.length > 0 && `${unsavedText(unsaved.length)} Sla elke keuze op met de knop eronder.`}
          </p>
          <InTurns items={slots} size={SLOTS_PER_TURN}>
            {(slot) => <ChoiceSlot key={slot.key} slot={slot} editable={editable} posted={posted} />}
          </InTurns>
          {archived.length > 0 && (
            <section aria-labelledby="archief-kop">
              <Heading level={3} id="archief-kop">
                Archief: keuzes voor vervallen keuzemogelijkheden
              </Heading>
              <ul>
                {archived.map((a) => (
                  <li key={a.key}>
                    {a.label}: {a.value} (gekozen {a.when})
                  </li>
                ))}
              </ul>
            </section>
          )}
        </section>
        <section aria-labelledby="voorbeeld-kop" className="mw-choices__preview" data-testid="voorbeeld">
          <Heading level={2} id="voorbeeld-kop">
            Voorbeeld van de verordening van {municipality.name}
          </Heading>
          <LintReport errors={errors} />
          <OrdinanceHtml html={html} label={`Voorbeeld van de verordening van ${municipality.name}`} />
        </section>
      </div>
    </div>
  );
}
