import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { Heading } from "@nl-design-system-candidate/heading-react";
import { Paragraph } from "@nl-design-system-candidate/paragraph-react";
import { Button } from "@nl-design-system-candidate/button-react";
import { Link } from "@nl-design-system-candidate/link-react";
import { Fieldset, FieldsetLegend, FormFieldTextarea, FormFieldTextbox } from "@utrecht/component-library-react";
import { decisionData, proposalSectionTexts } from "../../db/queries/decisions";
import { getRegion } from "../../db/queries/regions";
import { getStatus } from "../../db/queries/choices";
import { PROPOSAL_SECTIONS } from "../../db/seed/proposal-sections";
import { requireUser } from "../session.server";
import { requireAccess } from "../access.server";
import { requireModel, requireMunicipality } from "../models.server";
import { ResultMessage } from "../components/result-message";
import { AdviceLettersFieldset } from "../components/advice-letters-fieldset";
import { DECISION_FIELDS, storedValues } from "../decisions/fields";
import { letterSources } from "../decisions/letter-sources.server";
import { letterField, saveDecisions, saveSectionAdaptations } from "../decisions/save.server";
import { LETTER_TOO_LARGE, MAX_LETTER_BYTES } from "../decisions/advice-letters";
import { readUploadForm } from "../uploads.server";
import { documentBasis } from "../documents/basis.server";

// Besluitvorming: the facts a municipality's council documents need, and its adaptations of the raadsvoorstel's
// section texts beside the regional text. For the municipality's own staff and the redactie (decisions.edit).
// An advice that came in is recorded as its text, or as the letter itself (PDF or Word), or both.

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `Besluitvorming ${data?.municipality.name ?? ""} · Modelwerk` }];

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const user = await requireUser(request, context);
  const { row, model } = await requireModel(context, user, params.modelId);
  const municipality = requireMunicipality(context, row.regionId, params.slug);
  requireAccess(user, "decisions.edit", { regionId: row.regionId, municipalityId: municipality.id });
  const regional = documentBasis(context.db, row, model, municipality).sections;
  const own = proposalSectionTexts(context.db, row.id, municipality.id);
  const values = storedValues(decisionData(context.db, row.id, municipality.id)) as Record<string, string>;
  const sources = letterSources(context.db, row.id, municipality.id, values, getRegion(context.db, row.regionId)!.province);
  return {
    modelId: row.id,
    municipality: { name: municipality.name, slug: municipality.slug },
    values,
    sources,
    sections: PROPOSAL_SECTIONS.map((s) => ({ key: s.key, heading: s.heading, regional: regional[s.key] ?? s.text, own: own[s.key] ?? "" })),
    sectionsLocked: getStatus(context.db, row.id, municipality.id)?.status === "gereed",
  };
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const user = await requireUser(request, context);
  const { row } = await requireModel(context, user, params.modelId);
  const municipality = requireMunicipality(context, row.regionId, params.slug);
  requireAccess(user, "decisions.edit", { regionId: row.regionId, municipalityId: municipality.id });
  const { values: typed, files, tooLarge } = await readUploadForm(request, MAX_LETTER_BYTES);
  if (typed.intent === "sections") {
    const texts = Object.fromEntries(PROPOSAL_SECTIONS.map((s) => [s.key, typed[`section-${s.key}`] ?? ""]));
    const errors = saveSectionAdaptations(context.db, row.id, municipality.id, texts, user.id);
    if (Object.keys(errors).length) return data({ intent: "sections" as const, ok: false, errors, values: typed, message: "De teksten zijn niet opgeslagen." }, { status: 400 });
    return { intent: "sections" as const, ok: true, errors: {}, values: {}, message: "Teksten voor het raadsvoorstel opgeslagen." };
  }
  const refused = (errors: Record<string, string>) => data({ intent: "data" as const, ok: false, errors, values: typed, message: "Niet opgeslagen: verbeter wat bij de velden staat." }, { status: 400 });
  // A letter above the limit was dropped while reading: nothing is stored, and the form comes back as typed.
  if (tooLarge.length) return refused(Object.fromEntries(tooLarge.map((field) => [field, LETTER_TOO_LARGE])));
  const input = Object.fromEntries(DECISION_FIELDS.map((f) => [f.key, typed[f.key] ?? ""]));
  const letters = {
    attach: files.filter((f) => f.field.startsWith(LETTER)).map((f) => ({ source: f.field.slice(LETTER.length), fileName: f.fileName, data: f.data })),
    remove: Object.keys(typed)
      .filter((k) => k.startsWith(REMOVE))
      .map((k) => k.slice(REMOVE.length)),
  };
  const result = saveDecisions(context.db, row.id, municipality.id, input, user.id, "replace", letters);
  if (!result.ok) return refused(result.errors as Record<string, string>);
  return { intent: "data" as const, ok: true, errors: {}, values: {}, message: "Gegevens voor de besluitvorming opgeslagen." };
}

const GROUPS = [...new Set(DECISION_FIELDS.map((f) => f.group))];
const LETTER = letterField("");
const REMOVE = "verwijder-adviesbrief:";

export default function Besluitvorming() {
  const { modelId, municipality, values, sources, sections, sectionsLocked } = useLoaderData<typeof loader>();
  const posted = useActionData<typeof action>();
  const state = (intent: string): { errors: Record<string, string>; values: Record<string, string> } | undefined =>
    posted?.intent === intent && !posted.ok ? { errors: posted.errors, values: posted.values } : undefined;
  const shown: Record<string, string> = state("data")?.values ?? values;
  const errors = state("data")?.errors ?? {};
  const sectionState = state("sections");
  return (
    <div className="mw-stack">
      <Heading level={1}>Besluitvorming in {municipality.name}</Heading>
      <Paragraph>
        De gegevens die het raadsbesluit, het raadsvoorstel en de adviesaanvragen nodig hebben. Een document waarvoor iets ontbreekt, wordt niet gemaakt; op de{" "}
        <Link href={`/modellen/${modelId}/documenten`}>documentenpagina</Link> staat per document wat er nog ontbreekt.
      </Paragraph>
      <ResultMessage result={posted} />
      <Form method="post" encType="multipart/form-data" className="mw-stack mw-form" noValidate>
        <input type="hidden" name="intent" value="data" />
        {GROUPS.map((group) => (
          <Fieldset key={group}>
            <FieldsetLegend>{group}</FieldsetLegend>
            {DECISION_FIELDS.filter((f) => f.group === group).map((f) => {
              const common = { name: f.key, label: f.label, description: f.description, invalid: Boolean(errors[f.key]), errorMessage: errors[f.key], defaultValue: shown[f.key] ?? "" };
              if (f.kind === "longText" || f.kind === "organisations") return <FormFieldTextarea key={f.key} rows={f.kind === "organisations" ? 3 : 5} {...common} />;
              const type = f.kind === "date" ? "date" : f.kind === "email" ? "email" : f.kind === "phone" ? "tel" : "text";
              return <FormFieldTextbox key={f.key} type={type} {...common} />;
            })}
          </Fieldset>
        ))}
        <AdviceLettersFieldset sources={sources} downloadBase={`/modellen/${modelId}/gemeenten/${municipality.slug}/besluitvorming/adviesbrief`} errors={errors} />
        <Button type="submit" purpose="primary">
          Gegevens opslaan
        </Button>
      </Form>
      <section aria-labelledby="teksten-kop" className="mw-stack">
        <Heading level={2} id="teksten-kop">
          Teksten van het raadsvoorstel
        </Heading>
        <Paragraph>
          Per onderdeel de regionale tekst van de redactie. Laat het veld leeg om die te volgen, of schrijf de tekst zoals {municipality.name} hem wil.
          {sectionsLocked && " De gemeente is gereed voor besluitvorming: de teksten zijn vastgezet met de keuzes."}
        </Paragraph>
        <Form method="post" className="mw-stack mw-form" noValidate>
          <input type="hidden" name="intent" value="sections" />
          {sections.map((s) => (
            <div key={s.key} className="mw-stack">
              <Heading level={3}>{s.heading}</Heading>
              <details>
                <summary>Regionale tekst</summary>
                {s.regional.split(/\n\s*\n/).map((p, i) => (
                  <p key={i}>{p}</p>
                ))}
              </details>
              <FormFieldTextarea
                name={`section-${s.key}`}
                label={`Eigen tekst voor “${s.heading}”`}
                rows={4}
                disabled={sectionsLocked}
                invalid={Boolean(sectionState?.errors[`section-${s.key}`])}
                errorMessage={sectionState?.errors[`section-${s.key}`]}
                defaultValue={sectionState?.values[`section-${s.key}`] ?? s.own}
              />
            </div>
          ))}
          {!sectionsLocked && (
            <Button type="submit" purpose="secondary">
              Teksten opslaan
            </Button>
          )}
        </Form>
      </section>
    </div>
  );
}
